package org.icpdesk.store;

import java.nio.file.Path;
import java.util.function.Function;

/**
 * The desk's persistent store. Services run every use case in one {@link #inTransaction} call, so that a
 * decision, the order's status and the audit record commit together or not at all. Today an H2 file store;
 * a shared PostgreSQL store for team mode implements the same interface.
 */
public interface Store extends AutoCloseable {

    /** Runs {@code work} in one read-write transaction; any exception rolls everything back. */
    <R> R inTransaction(Function<Tx, R> work);

    /** Runs read-only {@code work}. */
    <R> R read(Function<Tx, R> work);

    /** The directory that holds the store. */
    Path directory();

    /** True when the store file is encrypted. */
    boolean encrypted();

    @Override
    void close();
}
