package org.icpdesk.bundle.service;

import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.icpdesk.audit.service.AuditLog;
import org.icpdesk.bundle.domain.ImportSummary;
import org.icpdesk.bundle.domain.IncomingOrder;
import org.icpdesk.bundle.domain.ManifestEntry;
import org.icpdesk.bundle.domain.ValidatedBundle;
import org.icpdesk.bundle.store.BundleDao;
import org.icpdesk.common.Progress;
import org.icpdesk.i18n.UserMessage;
import org.icpdesk.order.domain.DecisionRef;
import org.icpdesk.order.domain.Material;
import org.icpdesk.order.domain.OrderHead;
import org.icpdesk.order.domain.OrderStatus;
import org.icpdesk.order.domain.StoredBlob;
import org.icpdesk.order.store.DecisionDao;
import org.icpdesk.order.store.OrderDao;
import org.icpdesk.security.domain.Actor;
import org.icpdesk.store.Store;
import org.icpdesk.store.Tx;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports orders bundles. The whole bundle is validated first without touching the store; then every order is
 * written in one transaction with its audit records, so the store holds all of the bundle or none of it.
 * Per order: new id → added; same version and content → unchanged; same version, other content → bad input;
 * newer version → replaces the stored one, unless a decision on the stored one is not yet exported: then the
 * newer version is kept aside as a conflict for the reviewer (never silently lost on either side).
 */
public final class ImportService implements BundleImporter {
    private static final Logger LOG = LoggerFactory.getLogger(ImportService.class);

    private final Store store;
    private final BundleReader reader;
    private final OrderDao orders;
    private final DecisionDao decisions;
    private final BundleDao bundles;
    private final AuditLog audit;
    private final Clock clock;

    public ImportService(Store store, BundleReader reader, OrderDao orders, DecisionDao decisions, BundleDao bundles, AuditLog audit,
                         Clock clock) {
        this.store = store;
        this.reader = reader;
        this.orders = orders;
        this.decisions = decisions;
        this.bundles = bundles;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public ImportSummary importBundle(Path bundle, Actor actor, Progress progress) {
        progress.report(UserMessage.of("import.progress.validating", bundle.getFileName()), 0, -1);
        ValidatedBundle valid = reader.read(bundle);
        ImportSummary summary = store.inTransaction(tx -> write(tx, valid, bundle, actor, progress));
        LOG.info("Imported bundle {}: {} added, {} updated, {} unchanged, {} conflicts", valid.manifest().bundleId(),
                summary.added(), summary.updated(), summary.unchanged(), summary.conflicts().size());
        return summary;
    }

    private ImportSummary write(Tx tx, ValidatedBundle valid, Path file, Actor actor, Progress progress) {
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        String bundleId = valid.manifest().bundleId();
        boolean newBundle = !bundles.exists(tx, bundleId);
        if (newBundle) {
            bundles.insert(tx, new BundleDao.ImportedBundle(bundleId, valid.manifest().kind(), file.toString(), valid.sha256(),
                    valid.manifest().createdAt(), valid.manifest().source(), now, actor.login(), 0, 0, 0, 0));
        }
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        List<ImportSummary.Conflict> conflicts = new ArrayList<>();
        int newConflicts = 0;
        int done = 0;
        int total = valid.orders().size();
        for (IncomingOrder incoming : valid.orders()) {
            progress.report(UserMessage.of("import.progress.writing", incoming.order().id()), done++, total);
            String id = incoming.order().id();
            int version = incoming.order().version();
            Optional<OrderHead> head = orders.head(tx, id);
            Optional<String> knownHash = orders.versionHash(tx, id, version);
            if (knownHash.isPresent()) {
                if (!knownHash.get().equals(incoming.contentHash())) {
                    throw new BundleRejected(UserMessage.of("bundle.error.version-content-changed", file, incoming.entryPath(), id, version));
                }
                if (head.isEmpty() || head.get().version() >= version) {
                    unchanged++;
                    continue;
                }
                // This newer version arrived before and waits while a decision on the stored one is unexported.
                Optional<DecisionRef> open = decisions.unexportedActive(tx, id);
                if (open.isPresent()) {
                    conflicts.add(new ImportSummary.Conflict(id, head.get().version(), version, open.get().outcome()));
                    continue;
                }
            }
            OrderDao.NewVersion v = new OrderDao.NewVersion(incoming.order(), incoming.contentHash(), incoming.json(), bundleId, now,
                    storeMaterials(tx, valid, incoming));
            if (knownHash.isEmpty()) {
                orders.insertVersion(tx, v);
            }
            if (head.isEmpty()) {
                orders.insertCurrent(tx, v, OrderStatus.PENDING);
                audit.append(tx, actor, "order.added", "order", id, id, Map.of("version", version, "bundleId", bundleId));
                added++;
            } else if (version < head.get().version()) {
                unchanged++; // an older version arriving late goes into the history only
            } else {
                Optional<DecisionRef> open = decisions.unexportedActive(tx, id);
                if (open.isPresent()) {
                    DecisionRef d = open.get();
                    if (!decisions.conflictExists(tx, id, version)) {
                        decisions.insertConflict(tx, d, version, bundleId, now);
                        orders.setStatus(tx, id, OrderStatus.CONFLICT);
                        audit.append(tx, actor, "order.conflict", "order", id, id, Map.of("storedVersion", head.get().version(),
                                "incomingVersion", version, "decisionId", d.id(), "bundleId", bundleId));
                        newConflicts++;
                    }
                    conflicts.add(new ImportSummary.Conflict(id, head.get().version(), version, d.outcome()));
                } else {
                    orders.replaceCurrent(tx, v, OrderStatus.PENDING);
                    audit.append(tx, actor, "order.updated", "order", id, id, Map.of("fromVersion", head.get().version(),
                            "version", version, "bundleId", bundleId));
                    updated++;
                }
            }
        }
        progress.report(UserMessage.of("import.progress.committing", file.getFileName()), total, total);
        if (newBundle) {
            bundles.updateCounts(tx, bundleId, added, updated, unchanged, conflicts.size());
        }
        if (newBundle || added + updated + newConflicts > 0) {
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("bundleId", bundleId);
            payload.put("sha256", valid.sha256());
            payload.put("added", added);
            payload.put("updated", updated);
            payload.put("unchanged", unchanged);
            payload.put("conflicts", conflicts.size());
            audit.append(tx, actor, "bundle.imported", "bundle", bundleId, null, payload);
        }
        return new ImportSummary(file.toString(), bundleId, added, updated, unchanged, conflicts);
    }

    /** Writes each material's bytes once (content-addressed) and returns where every material id points. */
    private Map<String, StoredBlob> storeMaterials(Tx tx, ValidatedBundle valid, IncomingOrder incoming) {
        Map<String, ManifestEntry> byPath = new LinkedHashMap<>();
        incoming.materials().forEach(e -> byPath.put(e.path(), e));
        Map<String, StoredBlob> result = new LinkedHashMap<>();
        for (Material m : incoming.order().materials()) {
            ManifestEntry entry = byPath.get(m.file());
            if (entry == null) {
                throw new IllegalStateException("Validated order " + incoming.order().id() + " lacks material entry " + m.file());
            }
            StoredBlob blob = new StoredBlob(entry.sha256(), valid.mediaType(entry).value(), entry.size());
            if (!orders.blobExists(tx, entry.sha256())) {
                orders.insertBlob(tx, blob, reader.readEntry(valid, entry));
            }
            result.put(m.id(), blob);
        }
        return result;
    }
}
