package org.icpdesk.order.domain;

/** Where an order stands on this desk. */
public enum OrderStatus {
    /** Waiting for first-pass review. */
    PENDING,
    /** Approved by a reviewer (possibly with assisted edits). */
    APPROVED,
    /** Returned to the applicant with reasons. */
    REJECTED,
    /** A newer version arrived while a decision on the older one was not yet exported. */
    CONFLICT;

    public String key() {
        return "order.status." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
