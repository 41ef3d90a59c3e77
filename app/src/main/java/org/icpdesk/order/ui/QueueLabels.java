package org.icpdesk.order.ui;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.icpdesk.i18n.Messages;
import org.icpdesk.order.domain.OrderStatus;
import org.icpdesk.order.domain.WorkingDays;
import org.icpdesk.order.service.QueueRow;

/**
 * How queue values read in the user's language: province names of the 31 GB/T 2260 codes, order types of
 * bundle-format.md, subject kinds, statuses and the local submission time. Unknown codes show as they are.
 */
public final class QueueLabels {
    /** The 31 provincial divisions of the mainland, GB/T 2260 codes, in code order. */
    public static final List<String> PROVINCES = List.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34",
            "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65");
    /** The order types of bundle-format.md. */
    public static final List<String> TYPES = List.of("new-filing", "new-access", "add-site", "change-subject", "change-site",
            "change-access", "change-filing", "cancel-subject", "cancel-site", "cancel-access");
    public static final List<String> SUBJECT_KINDS = List.of("unit", "individual");
    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    /** Where a pending order stands against its initial-review deadline. */
    public enum DueState { NONE, LATER, TODAY, OVERDUE }

    private final Messages messages;
    private final ResourceBundle bundle;
    private final ZoneId zone;
    private final WorkingDays workingDays;

    public QueueLabels(Messages messages, ZoneId zone) {
        this(messages, zone, WorkingDays.WEEKDAYS);
    }

    public QueueLabels(Messages messages, ZoneId zone, WorkingDays workingDays) {
        this.messages = messages;
        this.bundle = messages.bundle();
        this.zone = zone;
        this.workingDays = workingDays;
    }

    /** NONE for decided orders and unknown deadlines; TODAY when the deadline ends today (in {@code now}'s offset). */
    public static DueState dueState(QueueRow row, OffsetDateTime now) {
        if (row == null || row.reviewDueAt() == null || row.status() != OrderStatus.PENDING) {
            return DueState.NONE;
        }
        if (!row.reviewDueAt().isAfter(now)) {
            return DueState.OVERDUE;
        }
        LocalDate dueDay = lastDueDay(row.reviewDueAt(), now);
        return dueDay.isAfter(now.toLocalDate()) ? DueState.LATER : DueState.TODAY;
    }

    /**
     * The time left before the initial-review deadline: working days, hours on the last day, or how long overdue
     * (working days); empty for decided orders and unknown deadlines.
     */
    public String timeLeft(QueueRow row, OffsetDateTime now) {
        DueState state = dueState(row, now);
        if (state == DueState.NONE) {
            return "";
        }
        LocalDate dueDay = lastDueDay(row.reviewDueAt(), now);
        LocalDate today = now.toLocalDate();
        if (state == DueState.OVERDUE) {
            int days = workingDays.between(dueDay, today);
            return days == 0 ? messages.get("ui.queue.due.overdue") : messages.get("ui.queue.due.overdue-days", days);
        }
        if (state == DueState.TODAY) {
            long hours = Math.max(1, (Duration.between(now, row.reviewDueAt()).toMinutes() + 59) / 60);
            return messages.get("ui.queue.due.hours", hours);
        }
        return messages.get("ui.queue.due.days", workingDays.between(today, dueDay));
    }

    /** The deadline instant is the midnight ending the last day: that day, seen from {@code now}'s offset. */
    private static LocalDate lastDueDay(OffsetDateTime dueAt, OffsetDateTime now) {
        return dueAt.withOffsetSameInstant(now.getOffset()).minusNanos(1).toLocalDate();
    }

    /** {@code 44} reads Guangdong (the short Chinese name in Chinese). */
    public String province(String code) {
        return code == null ? "" : lookup("order.province." + code, code);
    }

    /** {@code new-filing} reads New filing, in Chinese as in bundle-format.md. */
    public String type(String type) {
        return type == null ? "" : lookup("order.type." + type, type);
    }

    /** {@code unit} reads Organization; {@code individual} Individual. */
    public String subjectKind(String kind) {
        return kind == null ? "" : lookup("order.subject-kind." + kind, kind);
    }

    public String status(OrderStatus status) {
        return status == null ? "" : messages.get(status.key());
    }

    /** The submission instant as a local date and time, e.g. {@code 2026-11-22 08:12}. */
    public String submitted(OffsetDateTime at) {
        return at == null ? "" : LOCAL_TIME.format(at.atZoneSameInstant(zone));
    }

    private String lookup(String key, String fallback) {
        return bundle.containsKey(key) ? bundle.getString(key) : fallback;
    }

    /** The findings column: "clean", "2 E / 1 W", or "..." while the summary is not computed. */
    public String findings(QueueRow row) {
        if (row == null || row.findingsErrors() == null || row.findingsWarnings() == null) {
            return messages.get("ui.queue.findings.unknown");
        }
        if (row.findingsErrors() == 0 && row.findingsWarnings() == 0) {
            return messages.get("ui.queue.findings.none");
        }
        return messages.get("ui.queue.findings.counts", row.findingsErrors(), row.findingsWarnings());
    }

    /** The age column: working days since submission. */
    public String age(int workingDaysOld) {
        return messages.get("ui.queue.age.days", workingDaysOld);
    }
}
