package org.icpdesk.order.service;

import java.util.Set;
import org.icpdesk.order.domain.OrderStatus;

/**
 * A filter and sort of the review queue. Null or empty filter values mean "any".
 *
 * @param text matched against order id, subject name and domains (case-insensitive substring)
 */
public record QueueQuery(Set<OrderStatus> statuses, String province, String type, String subjectKind, String text,
                         QueueSort sort, boolean ascending) {

    public QueueQuery {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        sort = sort == null ? QueueSort.SUBMITTED : sort;
    }

    public static QueueQuery all() {
        return new QueueQuery(Set.of(), null, null, null, null, QueueSort.SUBMITTED, true);
    }
}
