package org.icpdesk.order.domain;

import java.time.OffsetDateTime;

/**
 * When the initial review of an order is due: the end of the last working day the configured time limits allow
 * (the rules feature answers; the order store only asks, so orders stay free of rules).
 */
@FunctionalInterface
public interface ReviewDueRule {
    /** No rule: deadlines stay unknown (null). */
    ReviewDueRule NONE = (provider, province, submittedAt) -> null;

    /** The instant the initial review is due, or null when unknown. */
    OffsetDateTime dueAt(String provider, String province, OffsetDateTime submittedAt);
}
