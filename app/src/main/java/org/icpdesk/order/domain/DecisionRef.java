package org.icpdesk.order.domain;

/** A short reference to a decision: which order version it decided and how. */
public record DecisionRef(long id, String orderId, int orderVersion, String outcome) {
}
