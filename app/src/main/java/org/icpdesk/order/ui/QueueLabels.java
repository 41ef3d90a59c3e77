package org.icpdesk.order.ui;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.icpdesk.i18n.Messages;
import org.icpdesk.order.domain.OrderStatus;

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

    private final Messages messages;
    private final ResourceBundle bundle;
    private final ZoneId zone;

    public QueueLabels(Messages messages, ZoneId zone) {
        this.messages = messages;
        this.bundle = messages.bundle();
        this.zone = zone;
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
}
