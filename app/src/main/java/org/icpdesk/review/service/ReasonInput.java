package org.icpdesk.review.service;

import java.util.List;

/**
 * A reason the reviewer chose for a rejection.
 *
 * @param note what the applicant reads; null or blank takes the catalogue text in the applicant's language
 */
public record ReasonInput(String code, List<String> fields, String note) {
    public ReasonInput {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    public static ReasonInput of(String code) {
        return new ReasonInput(code, List.of(), null);
    }
}
