package org.icpdesk.store;

import java.nio.file.Path;
import java.util.function.Function;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/** {@link Store} over Jdbi and an H2 connection pool. */
final class JdbiStore implements Store {
    private final Jdbi jdbi;
    private final JdbcConnectionPool pool;
    private final Path directory;
    private final boolean encrypted;

    JdbiStore(Jdbi jdbi, JdbcConnectionPool pool, Path directory, boolean encrypted) {
        this.jdbi = jdbi;
        this.pool = pool;
        this.directory = directory;
        this.encrypted = encrypted;
    }

    @Override
    public <R> R inTransaction(Function<Tx, R> work) {
        return jdbi.inTransaction(TransactionIsolationLevel.READ_COMMITTED, h -> work.apply(new JdbiTx(h)));
    }

    @Override
    public <R> R read(Function<Tx, R> work) {
        return jdbi.withHandle(h -> {
            h.setReadOnly(true);
            try {
                return work.apply(new JdbiTx(h));
            } finally {
                h.setReadOnly(false);
            }
        });
    }

    @Override
    public Path directory() {
        return directory;
    }

    @Override
    public boolean encrypted() {
        return encrypted;
    }

    @Override
    public void close() {
        pool.dispose();
    }
}
