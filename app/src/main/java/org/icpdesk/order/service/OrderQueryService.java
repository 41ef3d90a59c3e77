package org.icpdesk.order.service;

import java.util.List;
import java.util.Optional;
import org.icpdesk.order.domain.Order;
import org.icpdesk.order.store.OrderDao;
import org.icpdesk.store.Store;

/** Read side of orders: the paged queue and single orders. */
public final class OrderQueryService implements OrderQueue {
    private final Store store;
    private final OrderDao orders;

    public OrderQueryService(Store store, OrderDao orders) {
        this.store = store;
        this.orders = orders;
    }

    @Override
    public long count(QueueQuery query) {
        return store.read(tx -> orders.count(tx, query));
    }

    @Override
    public long countUpTo(QueueQuery query, long limit) {
        return store.read(tx -> orders.countUpTo(tx, query, limit));
    }

    @Override
    public List<QueueRow> page(QueueQuery query, int offset, int limit) {
        return store.read(tx -> orders.page(tx, query, offset, limit));
    }

    /** Sets the initial-review deadline of orders stored without one (before V5); returns how many. */
    public int fillReviewDue() {
        return store.inTransaction(orders::fillReviewDue);
    }

    /**
     * Gives orders stored before V8 their text-search pairs, a batch per transaction (at 100,000 orders about a minute,
     * once); returns how many orders.
     */
    public int fillSearchGrams() {
        int total = 0;
        int done;
        do {
            done = store.inTransaction(tx -> orders.fillSearchGrams(tx, 2000));
            total += done;
        } while (done > 0);
        return total;
    }

    public long countAll() {
        return store.read(orders::countAll);
    }

    /** The ids of all orders in the store, in id order. */
    public List<String> allIds() {
        return store.read(orders::ids);
    }

    public boolean isEmpty() {
        return countAll() == 0;
    }

    public Optional<Order> find(String orderId) {
        return store.read(tx -> orders.find(tx, orderId));
    }

    /** The image or letter bytes of a material of the order's current version. */
    public Optional<byte[]> materialBytes(String orderId, String materialId) {
        return store.read(tx -> orders.materialBytes(tx, orderId, materialId));
    }

    /** The order's status on this desk. */
    public Optional<org.icpdesk.order.domain.OrderStatus> status(String orderId) {
        return store.read(tx -> orders.head(tx, orderId)).map(org.icpdesk.order.domain.OrderHead::status);
    }
}
