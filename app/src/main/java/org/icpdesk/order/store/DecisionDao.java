package org.icpdesk.order.store;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.icpdesk.order.domain.DecisionRef;
import org.icpdesk.store.Tx;

/** Decisions and the conflicts they cause with newer order versions. */
public interface DecisionDao {
    /** The active decision on an order that has not been exported yet, if any. */
    Optional<DecisionRef> unexportedActive(Tx tx, String orderId);

    boolean conflictExists(Tx tx, String orderId, int incomingVersion);

    void insertConflict(Tx tx, DecisionRef decision, int incomingVersion, String bundleId, OffsetDateTime at);
}
