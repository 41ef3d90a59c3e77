package org.icpdesk.order.store;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.icpdesk.order.domain.Order;
import org.icpdesk.order.domain.OrderHead;
import org.icpdesk.order.domain.OrderStatus;
import org.icpdesk.order.domain.StoredBlob;
import org.icpdesk.order.service.QueueQuery;
import org.icpdesk.order.service.QueueRow;
import org.icpdesk.store.Tx;

/** Orders, their versions, parts and material bytes. The only place their SQL lives. */
public interface OrderDao {

    /** Everything needed to write one order version. */
    record NewVersion(Order order, String contentSha256, byte[] json, String bundleId, OffsetDateTime receivedAt,
                      Map<String, StoredBlob> materialBlobs) {
    }

    Optional<OrderHead> head(Tx tx, String orderId);

    Optional<String> versionHash(Tx tx, String orderId, int version);

    /** Keeps the version as received (history, conflicts). */
    void insertVersion(Tx tx, NewVersion v);

    /** Makes {@code v} the current version of a new order. */
    void insertCurrent(Tx tx, NewVersion v, OrderStatus status);

    /** Makes {@code v} the current version of an existing order, replacing its parts. */
    void replaceCurrent(Tx tx, NewVersion v, OrderStatus status);

    void setStatus(Tx tx, String orderId, OrderStatus status);

    boolean blobExists(Tx tx, String sha256);

    void insertBlob(Tx tx, StoredBlob blob, byte[] data);

    Optional<byte[]> blob(Tx tx, String sha256);

    /** The bytes of a material of the current version. */
    Optional<byte[]> materialBytes(Tx tx, String orderId, String materialId);

    /** The current version as the applicant sent it. */
    Optional<Order> find(Tx tx, String orderId);

    /** Every received version of an order, oldest first. */
    List<org.icpdesk.order.domain.OrderVersionInfo> versions(Tx tx, String orderId);

    /** A version as received, current or not. */
    Optional<Order> findVersion(Tx tx, String orderId, int version);

    long count(Tx tx, QueueQuery query);

    /** The number of orders matching {@code query}, counted up to {@code limit} at most (fast on large matches). */
    long countUpTo(Tx tx, QueueQuery query, long limit);

    /**
     * Stores the findings summary of the order's version {@code version}; false (nothing written) when that is no
     * longer the current version.
     */
    boolean setFindings(Tx tx, String orderId, int version, org.icpdesk.order.domain.FindingsSummary summary);

    /** The stored findings summary of the order's current version, if computed. */
    Optional<org.icpdesk.order.domain.FindingsSummary> findings(Tx tx, String orderId);

    /** True when some order has no findings summary, or one of other rule data (answered from indexes). */
    boolean anyWithoutFindings(Tx tx, String rulesVersion);

    /**
     * Up to {@code limit} orders after {@code afterId} (null: from the first) whose findings summary is missing, stale or
     * of other rule data, in id order.
     */
    List<String> idsWithoutFindings(Tx tx, String rulesVersion, String afterId, int limit);

    List<QueueRow> page(Tx tx, QueueQuery query, int offset, int limit);

    /** Sets the initial-review deadline of every order that has none yet (rows written before V5); returns how many. */
    int fillReviewDue(Tx tx);

    /**
     * Writes the text-search pairs of up to {@code batch} orders stored before V8 (they have none yet); returns how many
     * orders it did, 0 when every order has its pairs.
     */
    int fillSearchGrams(Tx tx, int batch);

    long countAll(Tx tx);

    /** The ids of all current orders, in id order. */
    List<String> ids(Tx tx);
}
