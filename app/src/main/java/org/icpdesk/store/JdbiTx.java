package org.icpdesk.store;

import org.jdbi.v3.core.Handle;

/** The Jdbi side of {@link Tx}, for DAO implementations only. */
public final class JdbiTx implements Tx {
    private final Handle handle;

    JdbiTx(Handle handle) {
        this.handle = handle;
    }

    public static Handle handle(Tx tx) {
        return ((JdbiTx) tx).handle;
    }
}
