package org.icpdesk.review.store;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.icpdesk.order.domain.OrderStatus;
import org.icpdesk.order.domain.StoredBlob;
import org.icpdesk.review.domain.Decision;
import org.icpdesk.review.domain.DecisionState;
import org.icpdesk.store.Tx;

/** Decisions with their reasons and edits, their export, and the conflicts they are part of. The only place their SQL lives. */
public interface ReviewDao {

    /** An unresolved conflict: a newer version that arrived while a decision on the stored one was not exported. */
    record Conflict(String orderId, int incomingVersion, int storedVersion, long decisionId) {
    }

    /** What is needed to make a received version current again: its JSON as received and its material bytes. */
    record VersionSource(byte[] json, String contentSha256, String bundleId, Map<String, StoredBlob> materialBlobs) {
    }

    /** Inserts the decision with its reasons and edits (its id, audit hash and export fields are ignored); returns the id. */
    long insert(Tx tx, Decision decision);

    void setAuditHash(Tx tx, long decisionId, String hash);

    Optional<Decision> find(Tx tx, long decisionId);

    /** Every decision on an order, oldest first. */
    List<Decision> forOrder(Tx tx, String orderId);

    /** The newest active decision on an order. */
    Optional<Decision> lastActive(Tx tx, String orderId);

    /** The newest active decision made by {@code actor}. */
    Optional<Decision> lastActiveBy(Tx tx, String actor);

    void setState(Tx tx, long decisionId, DecisionState state);

    /**
     * Sets the order's status when it still is at {@code version} with status {@code from}; false when someone or
     * something changed it in between (optimistic check).
     */
    boolean moveOrder(Tx tx, String orderId, int version, OrderStatus from, OrderStatus to);

    /** Active decisions not yet exported, or with {@code since}, every active decision made at or after it; by id. */
    List<Decision> forExport(Tx tx, OffsetDateTime since);

    void markExported(Tx tx, long decisionId, OffsetDateTime at, String bundleId);

    List<Conflict> openConflicts(Tx tx, String orderId);

    /** Orders with an unresolved conflict, by id. */
    List<String> ordersInConflict(Tx tx);

    void resolveConflicts(Tx tx, String orderId, String resolution, String actor, OffsetDateTime at);

    Optional<VersionSource> versionSource(Tx tx, String orderId, int version);

    /** Codes added locally to the reason catalogue. */
    Set<String> localReasonCodes(Tx tx);
}
