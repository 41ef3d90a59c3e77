package org.icpdesk.review.service;

import org.icpdesk.i18n.UserFacingException;
import org.icpdesk.i18n.UserMessage;

/** An expected refusal of a review use case, with a message for the reviewer. Nothing was changed. */
public final class ReviewException extends UserFacingException {
    private static final long serialVersionUID = 1L;

    /** Why the use case was refused. */
    public enum Kind {
        ORDER_NOT_FOUND, NOT_ALLOWED, NOT_PENDING, UNKNOWN_REASON, NO_REASON, NO_CONSENT, FIELD_NOT_EDITABLE, BASIS_NOT_BACKING,
        NO_EDIT, NOTHING_TO_UNDO, ALREADY_EXPORTED, NO_CONFLICT, VERSION_MISSING,
        /** The order changed since the reviewer opened it. */
        STALE,
        /** A newer version arrived: the order waits for the conflict to be resolved. */
        IN_CONFLICT;

        /** Needs a person to look again (exit 3 on the command line) rather than better input. */
        public boolean isConflict() {
            return this == STALE || this == IN_CONFLICT;
        }
    }

    private final Kind kind;

    ReviewException(Kind kind, String key, Object... args) {
        super(UserMessage.of(key, args));
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
