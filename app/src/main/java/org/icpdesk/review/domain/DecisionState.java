package org.icpdesk.review.domain;

/** Where a decision stands (the {@code decision.state} column). */
public enum DecisionState {
    /** In force. */
    ACTIVE,
    /** The reviewer undid it before export. */
    UNDONE,
    /** A newer order version replaced the decided one (conflict reopened). */
    DISCARDED,
    /** A supervisor overturned it. */
    OVERTURNED
}
