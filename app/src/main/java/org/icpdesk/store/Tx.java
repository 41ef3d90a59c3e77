package org.icpdesk.store;

/**
 * An open transaction, opaque to services: they pass it to DAOs, which are the only code that sees Jdbi.
 * Everything done with one Tx commits or rolls back together.
 */
public interface Tx {
}
