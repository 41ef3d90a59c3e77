package org.icpdesk.order.service;

import java.util.List;

/** The review queue as the window reads it: counted and paged in the store, never loaded whole. */
public interface OrderQueue {
    long count(QueueQuery query);

    List<QueueRow> page(QueueQuery query, int offset, int limit);
}
