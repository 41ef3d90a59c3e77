package org.icpdesk.order.domain;

/**
 * Summarises the rules' findings on an order version (the rules feature answers, with the OCR readings it has; the
 * order store only asks, so orders stay free of rules).
 */
public interface FindingsRule {
    /** No rules: nothing is summarised, the store keeps the summary unknown (null). */
    FindingsRule NONE = new FindingsRule() {
        @Override
        public FindingsSummary summarize(Order order) {
            return null;
        }

        @Override
        public String version() {
            return null;
        }
    };

    /** The summary of {@code order}, or null when it cannot be known. */
    FindingsSummary summarize(Order order);

    /** The version of the rule data the summaries come from; stored summaries of another version are recomputed. */
    String version();
}
