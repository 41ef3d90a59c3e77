package org.icpdesk.order.service;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** Passes queries to another {@link OrderQueue} (fake or real store) and records them and the rows served. */
public final class RecordingOrderQueue implements OrderQueue {
    private final OrderQueue delegate;
    private final List<QueueQuery> queries = new CopyOnWriteArrayList<>();
    private final List<Integer> pageLimits = new CopyOnWriteArrayList<>();
    private final AtomicLong served = new AtomicLong();

    public RecordingOrderQueue(OrderQueue delegate) {
        this.delegate = delegate;
    }

    public OrderQueue delegate() {
        return delegate;
    }

    @Override
    public long count(QueueQuery query) {
        queries.add(query);
        return delegate.count(query);
    }

    @Override
    public List<QueueRow> page(QueueQuery query, int offset, int limit) {
        queries.add(query);
        pageLimits.add(limit);
        List<QueueRow> page = delegate.page(query, offset, limit);
        served.addAndGet(page.size());
        return page;
    }

    public List<QueueQuery> queries() {
        return List.copyOf(queries);
    }

    public QueueQuery lastQuery() {
        return queries.isEmpty() ? null : queries.get(queries.size() - 1);
    }

    /** Rows handed out by {@link #page} so far. */
    public long served() {
        return served.get();
    }

    /** The largest page asked for. */
    public int largestPage() {
        return pageLimits.stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    /** The first row the query gives, read straight from the delegate (not recorded). */
    public QueueRow firstRow(QueueQuery query) {
        List<QueueRow> rows = delegate.page(query, 0, 1);
        return rows.isEmpty() ? null : rows.get(0);
    }
}
