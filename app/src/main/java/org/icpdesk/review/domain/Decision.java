package org.icpdesk.review.domain;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A reviewer's decision on one version of an order, with who made it in which role.
 *
 * @param auditHash hash of the audit record written with the decision
 */
public record Decision(
        long id,
        String orderId,
        int orderVersion,
        Outcome outcome,
        String actor,
        String actorRole,
        OffsetDateTime decidedAt,
        String internalNote,
        DecisionState state,
        OffsetDateTime exportedAt,
        String auditHash,
        List<DecisionReason> reasons,
        List<AssistedEdit> edits) {

    public Decision {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        edits = edits == null ? List.of() : List.copyOf(edits);
    }

    public boolean exported() {
        return exportedAt != null;
    }

    @Override
    public String toString() {
        return "Decision[" + id + ", " + orderId + " v" + orderVersion + ", " + outcome + ", " + state + "]";
    }
}
