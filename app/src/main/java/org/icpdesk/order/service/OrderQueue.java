package org.icpdesk.order.service;

import java.util.List;

/** The review queue as the window reads it: counted and paged in the store, never loaded whole. */
public interface OrderQueue {
    /** A filter matching more orders is counted only this far before the window shows its rows; the exact count follows. */
    int COUNT_CAP = 2_000;

    long count(QueueQuery query);

    /** The count, but no higher than {@code limit}: a large match is counted no further (fast; the exact count may follow). */
    default long countUpTo(QueueQuery query, long limit) {
        return Math.min(limit, count(query));
    }

    List<QueueRow> page(QueueQuery query, int offset, int limit);
}
