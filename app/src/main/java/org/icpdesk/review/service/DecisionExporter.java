package org.icpdesk.review.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.icpdesk.audit.service.AuditLog;
import org.icpdesk.audit.store.AuditDao;
import org.icpdesk.bundle.domain.Manifest;
import org.icpdesk.bundle.service.BundleWriter;
import org.icpdesk.review.domain.AssistedEdit;
import org.icpdesk.review.domain.Decision;
import org.icpdesk.review.domain.DecisionReason;
import org.icpdesk.review.store.ReviewDao;
import org.icpdesk.security.domain.Actor;
import org.icpdesk.store.Store;

/**
 * Writes the decisions bundle of spec/bundle-format.md ({@code decisions/<orderId>.json} per decision) and marks the
 * decisions exported together with their audit records, in one transaction. Without {@code since}: every active
 * decision not yet exported; with it: every active decision made since then, exported or not (re-export).
 */
public final class DecisionExporter {
    /** What an export wrote. */
    public record ExportResult(Path file, String bundleId, List<String> orderIds) {
        public ExportResult {
            orderIds = List.copyOf(orderIds);
        }

        public int decisions() {
            return orderIds.size();
        }
    }

    /** bundle-format.md: instants carry an offset ({@code +00:00} rather than {@code Z}), to the second. */
    private static final DateTimeFormatter INSTANT_WITH_OFFSET = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

    private final Store store;
    private final ReviewDao reviews;
    private final AuditDao auditDao;
    private final AuditLog audit;
    private final Clock clock;

    public DecisionExporter(Store store, ReviewDao reviews, AuditDao auditDao, AuditLog audit, Clock clock) {
        this.store = store;
        this.reviews = reviews;
        this.auditDao = auditDao;
        this.audit = audit;
        this.clock = clock;
    }

    public ExportResult export(Actor actor, Path out, Instant since) {
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        String bundleId = UUID.randomUUID().toString();
        return store.inTransaction(tx -> {
            List<Decision> decisions = reviews.forExport(tx, since == null ? null : since.atOffset(now.getOffset()));
            List<String> ids = new ArrayList<>();
            try (BundleWriter writer = new BundleWriter(out, Manifest.KIND_DECISIONS, bundleId, now, "icpdesk " + actor.login())) {
                for (Decision d : decisions) {
                    String auditHash = auditDao.lastHashForOrder(tx, d.orderId()).orElse(d.auditHash());
                    writer.addJson("decisions/" + d.orderId() + ".json", json(d, auditHash));
                    ids.add(d.orderId());
                }
                // The file is complete before the decisions count as exported; a failed commit leaves them to export again.
                writer.finish();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (Decision d : decisions) {
                if (!d.exported()) {
                    reviews.markExported(tx, d.id(), now, bundleId);
                }
                audit.append(tx, actor, d.exported() ? "decision.reexported" : "decision.exported", "decision", String.valueOf(d.id()),
                        d.orderId(), Map.of("bundleId", bundleId, "version", d.orderVersion()));
            }
            return new ExportResult(out, bundleId, ids);
        });
    }

    private Map<String, Object> json(Decision d, String auditHash) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("orderId", d.orderId());
        o.put("orderVersion", d.orderVersion());
        o.put("outcome", d.outcome().json());
        List<Map<String, Object>> reasons = new ArrayList<>();
        for (DecisionReason r : d.reasons()) {
            Map<String, Object> reason = new LinkedHashMap<>();
            reason.put("code", r.code());
            reason.put("fields", r.fields());
            reason.put("note", r.note());
            reasons.add(reason);
        }
        o.put("reasons", reasons);
        List<Map<String, Object>> edits = new ArrayList<>();
        for (AssistedEdit e : d.edits()) {
            Map<String, Object> edit = new LinkedHashMap<>();
            edit.put("field", e.field());
            edit.put("before", e.before());
            edit.put("after", e.after());
            edit.put("basis", e.basis());
            edit.put("consent", e.consent());
            edits.add(edit);
        }
        o.put("edits", edits);
        o.put("reviewer", d.actor());
        o.put("decidedAt", INSTANT_WITH_OFFSET.format(
                d.decidedAt().atZoneSameInstant(clock.getZone()).toOffsetDateTime().truncatedTo(ChronoUnit.SECONDS)));
        o.put("auditHash", auditHash);
        return o;
    }
}
