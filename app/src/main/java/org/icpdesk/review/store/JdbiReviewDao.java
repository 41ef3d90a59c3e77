package org.icpdesk.review.store;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.icpdesk.order.domain.OrderStatus;
import org.icpdesk.order.domain.StoredBlob;
import org.icpdesk.review.domain.AssistedEdit;
import org.icpdesk.review.domain.Decision;
import org.icpdesk.review.domain.DecisionReason;
import org.icpdesk.review.domain.DecisionState;
import org.icpdesk.review.domain.Outcome;
import org.icpdesk.store.JdbiTx;
import org.icpdesk.store.Tx;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/** {@link ReviewDao} on the H2 schema of {@code db/migration}. */
public final class JdbiReviewDao implements ReviewDao {
    private static final String COLUMNS = "id, order_id, order_version, outcome, actor, actor_role, decided_at, internal_note, "
            + "state, exported_at, audit_hash FROM decision ";
    private static final char FIELD_SEPARATOR = '\n';

    @Override
    public long insert(Tx tx, Decision d) {
        Handle h = JdbiTx.handle(tx);
        long id = h.createUpdate("INSERT INTO decision (order_id, order_version, outcome, actor, actor_role, decided_at, internal_note, "
                        + "state) VALUES (:order, :version, :outcome, :actor, :role, :at, :note, :state)")
                .bind("order", d.orderId()).bind("version", d.orderVersion()).bind("outcome", d.outcome().name())
                .bind("actor", d.actor()).bind("role", d.actorRole()).bind("at", d.decidedAt()).bind("note", d.internalNote())
                .bind("state", d.state().name())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        if (!d.reasons().isEmpty()) {
            PreparedBatch reasons = h.prepareBatch("INSERT INTO decision_reason (decision_id, pos, code, fields, note) "
                    + "VALUES (:id, :pos, :code, :fields, :note)");
            for (int i = 0; i < d.reasons().size(); i++) {
                DecisionReason r = d.reasons().get(i);
                reasons.bind("id", id).bind("pos", i).bind("code", r.code())
                        .bind("fields", String.join(String.valueOf(FIELD_SEPARATOR), r.fields())).bind("note", r.note()).add();
            }
            reasons.execute();
        }
        if (!d.edits().isEmpty()) {
            PreparedBatch edits = h.prepareBatch("INSERT INTO decision_edit (decision_id, pos, field, before_value, after_value, basis, "
                    + "material_id, consent) VALUES (:id, :pos, :field, :before, :after, :basis, :material, :consent)");
            for (int i = 0; i < d.edits().size(); i++) {
                AssistedEdit e = d.edits().get(i);
                edits.bind("id", id).bind("pos", i).bind("field", e.field()).bind("before", e.before()).bind("after", e.after())
                        .bind("basis", e.basis()).bind("material", e.materialId()).bind("consent", e.consent()).add();
            }
            edits.execute();
        }
        return id;
    }

    @Override
    public void setAuditHash(Tx tx, long decisionId, String hash) {
        JdbiTx.handle(tx).createUpdate("UPDATE decision SET audit_hash = :hash WHERE id = :id")
                .bind("hash", hash).bind("id", decisionId).execute();
    }

    @Override
    public Optional<Decision> find(Tx tx, long decisionId) {
        return first(tx, JdbiTx.handle(tx).createQuery("SELECT " + COLUMNS + "WHERE id = :id").bind("id", decisionId)
                .map((rs, ctx) -> head(rs)).list());
    }

    @Override
    public List<Decision> forOrder(Tx tx, String orderId) {
        return complete(tx, JdbiTx.handle(tx).createQuery("SELECT " + COLUMNS + "WHERE order_id = :id ORDER BY id")
                .bind("id", orderId).map((rs, ctx) -> head(rs)).list());
    }

    @Override
    public Optional<Decision> lastActive(Tx tx, String orderId) {
        return first(tx, JdbiTx.handle(tx).createQuery("SELECT " + COLUMNS + "WHERE order_id = :id AND state = 'ACTIVE' "
                + "ORDER BY id DESC LIMIT 1").bind("id", orderId).map((rs, ctx) -> head(rs)).list());
    }

    @Override
    public Optional<Decision> lastActiveBy(Tx tx, String actor) {
        return first(tx, JdbiTx.handle(tx).createQuery("SELECT " + COLUMNS + "WHERE actor = :actor AND state = 'ACTIVE' "
                + "ORDER BY id DESC LIMIT 1").bind("actor", actor).map((rs, ctx) -> head(rs)).list());
    }

    @Override
    public void setState(Tx tx, long decisionId, DecisionState state) {
        JdbiTx.handle(tx).createUpdate("UPDATE decision SET state = :state WHERE id = :id")
                .bind("state", state.name()).bind("id", decisionId).execute();
    }

    @Override
    public boolean moveOrder(Tx tx, String orderId, int version, OrderStatus from, OrderStatus to) {
        return JdbiTx.handle(tx).createUpdate("UPDATE orders SET status = :to, row_version = row_version + 1 "
                        + "WHERE id = :id AND version = :version AND status = :from")
                .bind("to", to.name()).bind("id", orderId).bind("version", version).bind("from", from.name())
                .execute() == 1;
    }

    @Override
    public List<Decision> forExport(Tx tx, OffsetDateTime since) {
        var query = since == null
                ? JdbiTx.handle(tx).createQuery("SELECT " + COLUMNS + "WHERE state = 'ACTIVE' AND exported_at IS NULL ORDER BY id")
                : JdbiTx.handle(tx).createQuery("SELECT " + COLUMNS + "WHERE state = 'ACTIVE' AND decided_at >= :since ORDER BY id")
                        .bind("since", since);
        return complete(tx, query.map((rs, ctx) -> head(rs)).list());
    }

    @Override
    public void markExported(Tx tx, long decisionId, OffsetDateTime at, String bundleId) {
        JdbiTx.handle(tx).createUpdate("UPDATE decision SET exported_at = :at, export_bundle_id = :bundle WHERE id = :id")
                .bind("at", at).bind("bundle", bundleId).bind("id", decisionId).execute();
    }

    @Override
    public List<Conflict> openConflicts(Tx tx, String orderId) {
        return JdbiTx.handle(tx).createQuery("SELECT order_id, incoming_version, stored_version, decision_id FROM order_conflict "
                        + "WHERE order_id = :id AND resolution IS NULL ORDER BY incoming_version")
                .bind("id", orderId)
                .map((rs, ctx) -> new Conflict(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getLong(4)))
                .list();
    }

    @Override
    public List<String> ordersInConflict(Tx tx) {
        return JdbiTx.handle(tx).createQuery("SELECT DISTINCT order_id FROM order_conflict WHERE resolution IS NULL ORDER BY order_id")
                .mapTo(String.class).list();
    }

    @Override
    public void resolveConflicts(Tx tx, String orderId, String resolution, String actor, OffsetDateTime at) {
        JdbiTx.handle(tx).createUpdate("UPDATE order_conflict SET resolution = :r, resolved_by = :actor, resolved_at = :at "
                        + "WHERE order_id = :id AND resolution IS NULL")
                .bind("r", resolution).bind("actor", actor).bind("at", at).bind("id", orderId).execute();
    }

    @Override
    public Optional<VersionSource> versionSource(Tx tx, String orderId, int version) {
        Handle h = JdbiTx.handle(tx);
        Map<String, StoredBlob> blobs = new HashMap<>();
        h.createQuery("SELECT m.material_id, m.media_type, m.sha256, b.size FROM order_version_material m JOIN blob b "
                        + "ON b.sha256 = m.sha256 WHERE m.order_id = :id AND m.version = :v")
                .bind("id", orderId).bind("v", version)
                .map((rs, ctx) -> Map.entry(rs.getString(1), new StoredBlob(rs.getString(3), rs.getString(2), rs.getLong(4))))
                .forEach(e -> blobs.put(e.getKey(), e.getValue()));
        return h.createQuery("SELECT json, content_sha256, bundle_id FROM order_version WHERE order_id = :id AND version = :v")
                .bind("id", orderId).bind("v", version)
                .map((rs, ctx) -> new VersionSource(rs.getString(1).getBytes(StandardCharsets.UTF_8), rs.getString(2), rs.getString(3),
                        blobs))
                .findFirst();
    }

    @Override
    public Set<String> localReasonCodes(Tx tx) {
        return new HashSet<>(JdbiTx.handle(tx).createQuery("SELECT code FROM reason WHERE local_code").mapTo(String.class).list());
    }

    private Optional<Decision> first(Tx tx, List<Decision> heads) {
        return complete(tx, heads).stream().findFirst();
    }

    private static Decision head(ResultSet rs) throws SQLException {
        return new Decision(rs.getLong(1), rs.getString(2), rs.getInt(3), Outcome.valueOf(rs.getString(4)), rs.getString(5),
                rs.getString(6), rs.getObject(7, OffsetDateTime.class), rs.getString(8), DecisionState.valueOf(rs.getString(9)),
                rs.getObject(10, OffsetDateTime.class), rs.getString(11), List.of(), List.of());
    }

    /** Adds reasons and edits to decision heads. */
    private List<Decision> complete(Tx tx, List<Decision> heads) {
        if (heads.isEmpty()) {
            return heads;
        }
        Handle h = JdbiTx.handle(tx);
        List<Long> ids = heads.stream().map(Decision::id).toList();
        Map<Long, List<DecisionReason>> reasons = new HashMap<>();
        h.createQuery("SELECT decision_id, code, fields, note FROM decision_reason WHERE decision_id IN (<ids>) ORDER BY decision_id, pos")
                .bindList("ids", ids)
                .map((rs, ctx) -> Map.entry(rs.getLong(1), new DecisionReason(rs.getString(2), fields(rs.getString(3)), rs.getString(4))))
                .forEach(e -> reasons.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        Map<Long, List<AssistedEdit>> edits = new HashMap<>();
        h.createQuery("SELECT decision_id, field, before_value, after_value, basis, material_id, consent FROM decision_edit "
                        + "WHERE decision_id IN (<ids>) ORDER BY decision_id, pos")
                .bindList("ids", ids)
                .map((rs, ctx) -> Map.entry(rs.getLong(1), new AssistedEdit(rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getBoolean(7))))
                .forEach(e -> edits.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        List<Decision> out = new ArrayList<>(heads.size());
        for (Decision d : heads) {
            out.add(new Decision(d.id(), d.orderId(), d.orderVersion(), d.outcome(), d.actor(), d.actorRole(), d.decidedAt(),
                    d.internalNote(), d.state(), d.exportedAt(), d.auditHash(), reasons.getOrDefault(d.id(), List.of()),
                    edits.getOrDefault(d.id(), List.of())));
        }
        return out;
    }

    private static List<String> fields(String joined) {
        if (joined == null || joined.isEmpty()) {
            return List.of();
        }
        return List.of(joined.split(String.valueOf(FIELD_SEPARATOR)));
    }
}
