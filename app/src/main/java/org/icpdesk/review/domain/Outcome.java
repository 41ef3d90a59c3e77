package org.icpdesk.review.domain;

import java.util.Locale;

/** What a first-pass decision says about an order. */
public enum Outcome {
    APPROVED, REJECTED;

    /** {@code approved} or {@code rejected}, as in the decisions bundle. */
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
