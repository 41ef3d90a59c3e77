package org.icpdesk.order.domain;

/**
 * How many errors and warnings the rules found on one order version, and with which rule data (a summary kept in the
 * store so that the queue can filter and sort on it; the order view computes the findings themselves).
 */
public record FindingsSummary(int errors, int warnings, String rulesVersion) {
    public FindingsSummary {
        if (errors < 0 || warnings < 0) {
            throw new IllegalArgumentException("negative count");
        }
    }

    /** Errors and warnings together. */
    public int count() {
        return errors + warnings;
    }

    /** True when the rules found no error and no warning. */
    public boolean clean() {
        return count() == 0;
    }
}
