package org.icpdesk.order.service;

import java.time.OffsetDateTime;
import java.util.Set;
import org.icpdesk.order.domain.OrderStatus;

/**
 * A filter and sort of the review queue. Null or empty filter values mean "any".
 *
 * @param text matched against order id, subject name and domains (case-insensitive substring)
 * @param due  the deadline filter; OVERDUE and DUE_TODAY mean pending orders only
 * @param now  the instant "overdue" and "today" are measured from (its offset tells where today ends); null with ANY
 */
public record QueueQuery(Set<OrderStatus> statuses, String province, String type, String subjectKind, String text,
                         QueueSort sort, boolean ascending, DueFilter due, OffsetDateTime now) {

    public QueueQuery {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        sort = sort == null ? QueueSort.SUBMITTED : sort;
        due = due == null ? DueFilter.ANY : due;
        if (due != DueFilter.ANY && now == null) {
            throw new IllegalArgumentException("A deadline filter needs the current time");
        }
    }

    /** Without a deadline filter. */
    public QueueQuery(Set<OrderStatus> statuses, String province, String type, String subjectKind, String text,
                      QueueSort sort, boolean ascending) {
        this(statuses, province, type, subjectKind, text, sort, ascending, DueFilter.ANY, null);
    }

    public static QueueQuery all() {
        return new QueueQuery(Set.of(), null, null, null, null, QueueSort.SUBMITTED, true);
    }
}
