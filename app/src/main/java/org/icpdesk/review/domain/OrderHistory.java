package org.icpdesk.review.domain;

import java.util.List;
import org.icpdesk.order.domain.OrderVersionInfo;

/**
 * What the order view shows of an order's past: every received version, every decision (oldest first) and, for an
 * order resubmitted after a rejection, the fields changed since the rejected version ({@code rejectedVersion} is 0
 * when there is none).
 */
public record OrderHistory(List<OrderVersionInfo> versions, List<Decision> decisions, int rejectedVersion,
                           List<OrderDiff.Change> changedSinceRejection) {
    public OrderHistory {
        versions = List.copyOf(versions);
        decisions = List.copyOf(decisions);
        changedSinceRejection = List.copyOf(changedSinceRejection);
    }

    public static OrderHistory empty() {
        return new OrderHistory(List.of(), List.of(), 0, List.of());
    }
}
