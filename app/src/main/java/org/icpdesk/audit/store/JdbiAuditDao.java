package org.icpdesk.audit.store;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.function.Consumer;
import org.icpdesk.audit.domain.AuditEvent;
import org.icpdesk.store.JdbiTx;
import org.icpdesk.store.Tx;
import org.jdbi.v3.core.mapper.RowMapper;

public final class JdbiAuditDao implements AuditDao {
    private static final String COLUMNS = "seq, at, actor, actor_role, action, entity_type, entity_id, order_id, payload, prev_hash, hash";
    private static final RowMapper<AuditEvent> MAPPER = (rs, ctx) -> new AuditEvent(
            rs.getLong("seq"), rs.getObject("at", OffsetDateTime.class), rs.getString("actor"), rs.getString("actor_role"),
            rs.getString("action"), rs.getString("entity_type"), rs.getString("entity_id"), rs.getString("order_id"),
            rs.getString("payload"), rs.getString("prev_hash"), rs.getString("hash"));

    @Override
    public Optional<AuditEvent> last(Tx tx) {
        return JdbiTx.handle(tx).createQuery("SELECT " + COLUMNS + " FROM audit_event ORDER BY seq DESC LIMIT 1")
                .map(MAPPER).findFirst();
    }

    @Override
    public void insert(Tx tx, AuditEvent e) {
        JdbiTx.handle(tx).createUpdate("INSERT INTO audit_event (" + COLUMNS + ") VALUES "
                        + "(:seq, :at, :actor, :role, :action, :entityType, :entityId, :orderId, :payload, :prevHash, :hash)")
                .bind("seq", e.seq()).bind("at", e.at()).bind("actor", e.actor()).bind("role", e.actorRole())
                .bind("action", e.action()).bind("entityType", e.entityType()).bind("entityId", e.entityId())
                .bind("orderId", e.orderId()).bind("payload", e.payload()).bind("prevHash", e.prevHash()).bind("hash", e.hash())
                .execute();
    }

    @Override
    public void forEach(Tx tx, Consumer<AuditEvent> consumer) {
        try (var stream = JdbiTx.handle(tx).createQuery("SELECT " + COLUMNS + " FROM audit_event ORDER BY seq")
                .setFetchSize(1000).map(MAPPER).stream()) {
            stream.forEach(consumer);
        }
    }

    @Override
    public Optional<String> lastHashForOrder(Tx tx, String orderId) {
        return JdbiTx.handle(tx).createQuery("SELECT hash FROM audit_event WHERE order_id = :id ORDER BY seq DESC LIMIT 1")
                .bind("id", orderId).mapTo(String.class).findFirst();
    }

    @Override
    public long count(Tx tx) {
        return JdbiTx.handle(tx).createQuery("SELECT COUNT(*) FROM audit_event").mapTo(Long.class).one();
    }
}
