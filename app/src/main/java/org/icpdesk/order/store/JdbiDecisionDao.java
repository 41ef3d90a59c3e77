package org.icpdesk.order.store;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.icpdesk.order.domain.DecisionRef;
import org.icpdesk.store.JdbiTx;
import org.icpdesk.store.Tx;

public final class JdbiDecisionDao implements DecisionDao {
    @Override
    public Optional<DecisionRef> unexportedActive(Tx tx, String orderId) {
        return JdbiTx.handle(tx).createQuery("SELECT id, order_id, order_version, outcome FROM decision "
                        + "WHERE order_id = :id AND state = 'ACTIVE' AND exported_at IS NULL ORDER BY id DESC LIMIT 1")
                .bind("id", orderId)
                .map((rs, ctx) -> new DecisionRef(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4)))
                .findFirst();
    }

    @Override
    public boolean conflictExists(Tx tx, String orderId, int incomingVersion) {
        return JdbiTx.handle(tx).createQuery("SELECT COUNT(*) FROM order_conflict WHERE order_id = :id AND incoming_version = :v")
                .bind("id", orderId).bind("v", incomingVersion).mapTo(Integer.class).one() > 0;
    }

    @Override
    public void insertConflict(Tx tx, DecisionRef decision, int incomingVersion, String bundleId, OffsetDateTime at) {
        JdbiTx.handle(tx).createUpdate("INSERT INTO order_conflict (order_id, incoming_version, stored_version, decision_id, bundle_id, "
                        + "detected_at) VALUES (:id, :incoming, :stored, :decision, :bundle, :at)")
                .bind("id", decision.orderId()).bind("incoming", incomingVersion).bind("stored", decision.orderVersion())
                .bind("decision", decision.id()).bind("bundle", bundleId).bind("at", at)
                .execute();
    }
}
