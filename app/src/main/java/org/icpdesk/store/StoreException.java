package org.icpdesk.store;

import org.icpdesk.i18n.UserFacingException;
import org.icpdesk.i18n.UserMessage;

/** The store cannot be opened or used: locked by another program, wrong password, corrupt, unwritable. */
public final class StoreException extends UserFacingException {
    private static final long serialVersionUID = 1L;

    /** Why the store failed; the CLI maps all of them to exit code 4. */
    public enum Kind { LOCKED, PASSWORD_REQUIRED, WRONG_PASSWORD, CORRUPT, IO, NEWER_SCHEMA }

    private final Kind kind;

    public StoreException(Kind kind, UserMessage message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
