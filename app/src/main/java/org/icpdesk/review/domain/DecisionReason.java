package org.icpdesk.review.domain;

import java.util.List;

/**
 * One reason of a rejection.
 *
 * @param code   a code of the reason catalogue (or a locally added code)
 * @param fields bundle paths of the fields concerned, e.g. {@code principal.idNumber}
 * @param note   what the applicant reads
 */
public record DecisionReason(String code, List<String> fields, String note) {
    public DecisionReason {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }
}
