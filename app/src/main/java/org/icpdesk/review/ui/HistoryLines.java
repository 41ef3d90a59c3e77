package org.icpdesk.review.ui;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.icpdesk.i18n.Messages;
import org.icpdesk.order.domain.OrderVersionInfo;
import org.icpdesk.review.domain.Decision;
import org.icpdesk.review.domain.OrderDiff;
import org.icpdesk.review.domain.OrderHistory;

/** The order history panel's lines in the user's language: versions, decisions, changes since the last rejection. */
public final class HistoryLines {
    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final Messages messages;
    private final FieldLabels fields;
    private final ZoneId zone;

    public HistoryLines(Messages messages, ZoneId zone) {
        this.messages = messages;
        this.fields = new FieldLabels(messages);
        this.zone = zone;
    }

    public List<String> lines(OrderHistory history) {
        List<String> lines = new ArrayList<>();
        if (history.rejectedVersion() > 0) {
            lines.add(messages.get("ui.review.history.changed", history.rejectedVersion(), history.changedSinceRejection().size()));
            for (OrderDiff.Change c : history.changedSinceRejection()) {
                lines.add(messages.get("ui.review.history.change", fields.label(c.field()), value(c.before()), value(c.after())));
            }
        }
        for (OrderVersionInfo v : history.versions()) {
            lines.add(messages.get("ui.review.history.version", v.version(), time(v.receivedAt())));
        }
        for (Decision d : history.decisions()) {
            String outcome = messages.get("order.status." + d.outcome().json());
            String state = messages.get("ui.review.history.state." + d.state().name().toLowerCase(Locale.ROOT));
            lines.add(messages.get("ui.review.history.decision", d.orderVersion(), outcome, d.actor(), time(d.decidedAt()), state));
        }
        return lines;
    }

    private String value(String v) {
        return v == null || v.isEmpty() ? messages.get("ui.review.history.empty") : v;
    }

    private String time(OffsetDateTime at) {
        return at == null ? "" : LOCAL_TIME.format(at.atZoneSameInstant(zone));
    }
}
