package org.icpdesk.order.service;

import java.time.OffsetDateTime;
import java.util.Set;
import org.icpdesk.order.domain.OrderStatus;

/**
 * A filter and sort of the review queue. Null or empty filter values mean "any".
 *
 * @param text            matched against order id, subject name and domains (case-insensitive substring)
 * @param due             the deadline filter; OVERDUE and DUE_TODAY mean pending orders only
 * @param now             the instant "overdue" and "today" are measured from (its offset tells where today ends); null with ANY
 * @param findings        the findings filter (on the stored summary; orders not summarised yet match neither)
 * @param submittedBefore only orders submitted before this instant (the age filter in working days); null for any
 */
public record QueueQuery(Set<OrderStatus> statuses, String province, String type, String subjectKind, String text,
                         QueueSort sort, boolean ascending, DueFilter due, OffsetDateTime now,
                         FindingsFilter findings, OffsetDateTime submittedBefore) {

    public QueueQuery {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        sort = sort == null ? QueueSort.SUBMITTED : sort;
        if (sort == QueueSort.AGE) {        // the oldest first is the earliest submitted first
            sort = QueueSort.SUBMITTED;
            ascending = !ascending;
        }
        due = due == null ? DueFilter.ANY : due;
        findings = findings == null ? FindingsFilter.ANY : findings;
        if (due != DueFilter.ANY && now == null) {
            throw new IllegalArgumentException("A deadline filter needs the current time");
        }
    }

    /** Without findings or age filter. */
    public QueueQuery(Set<OrderStatus> statuses, String province, String type, String subjectKind, String text,
                      QueueSort sort, boolean ascending, DueFilter due, OffsetDateTime now) {
        this(statuses, province, type, subjectKind, text, sort, ascending, due, now, FindingsFilter.ANY, null);
    }

    /** Without a deadline, findings or age filter. */
    public QueueQuery(Set<OrderStatus> statuses, String province, String type, String subjectKind, String text,
                      QueueSort sort, boolean ascending) {
        this(statuses, province, type, subjectKind, text, sort, ascending, DueFilter.ANY, null);
    }

    public static QueueQuery all() {
        return new QueueQuery(Set.of(), null, null, null, null, QueueSort.SUBMITTED, true);
    }

    /** The same query with this findings filter. */
    public QueueQuery withFindings(FindingsFilter filter) {
        return new QueueQuery(statuses, province, type, subjectKind, text, sort, ascending, due, now, filter, submittedBefore);
    }

    /** The same query for orders submitted before {@code instant} (null: any age). */
    public QueueQuery withSubmittedBefore(OffsetDateTime instant) {
        return new QueueQuery(statuses, province, type, subjectKind, text, sort, ascending, due, now, findings, instant);
    }

    /** The same query with this text search. */
    public QueueQuery withText(String searched) {
        return new QueueQuery(statuses, province, type, subjectKind, searched, sort, ascending, due, now, findings, submittedBefore);
    }

    /** The same filter sorted by {@code column}. */
    public QueueQuery sortedBy(QueueSort column, boolean up) {
        return new QueueQuery(statuses, province, type, subjectKind, text, column, up, due, now, findings, submittedBefore);
    }

    /** True when any filter is set (not the whole queue). */
    public boolean filtered() {
        return !statuses.isEmpty() || text != null || province != null || type != null || subjectKind != null
                || due != DueFilter.ANY || findings != FindingsFilter.ANY || submittedBefore != null;
    }
}
