package org.icpdesk.order.service;

import java.time.OffsetDateTime;
import org.icpdesk.order.domain.OrderStatus;

/**
 * One line of the review queue; {@code reviewDueAt} is the initial-review deadline, null when unknown;
 * {@code findingsErrors} and {@code findingsWarnings} the stored findings summary, null while not computed. No personal
 * data: the subject name of an individual is shown as entered.
 */
public record QueueRow(
        String orderId,
        int version,
        String subjectName,
        String subjectKind,
        String province,
        String type,
        OffsetDateTime submittedAt,
        OrderStatus status,
        OffsetDateTime reviewDueAt,
        Integer findingsErrors,
        Integer findingsWarnings) {

    /** A row without a findings summary. */
    public QueueRow(String orderId, int version, String subjectName, String subjectKind, String province, String type,
                    OffsetDateTime submittedAt, OrderStatus status, OffsetDateTime reviewDueAt) {
        this(orderId, version, subjectName, subjectKind, province, type, submittedAt, status, reviewDueAt, null, null);
    }

    /** A row whose initial-review deadline is not known. */
    public QueueRow(String orderId, int version, String subjectName, String subjectKind, String province, String type,
                    OffsetDateTime submittedAt, OrderStatus status) {
        this(orderId, version, subjectName, subjectKind, province, type, submittedAt, status, null);
    }
}
