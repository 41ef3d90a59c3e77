package org.icpdesk.order.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.icpdesk.order.domain.FindingsRule;
import org.icpdesk.order.domain.FindingsSummary;
import org.icpdesk.order.domain.Order;
import org.icpdesk.order.store.OrderDao;
import org.icpdesk.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stored findings summary of each order (errors and warnings of its current version), which the queue filters and
 * sorts on. The order store writes it with every order version; {@link #fillMissing} computes it for rows that lack
 * it (stores from before V9, rule data changed); {@link #refresh} recomputes one order, e.g. when the OCR readings of
 * its materials change.
 */
public final class FindingsIndex {
    private static final Logger LOG = LoggerFactory.getLogger(FindingsIndex.class);
    private static final int BATCH = 200;

    private final Store store;
    private final OrderDao orders;
    private final FindingsRule rule;

    public FindingsIndex(Store store, OrderDao orders, FindingsRule rule) {
        this.store = store;
        this.orders = orders;
        this.rule = rule;
    }

    /** Recomputes the summary of the order's current version; empty when there is no such order or no rules. */
    public Optional<FindingsSummary> refresh(String orderId) {
        Optional<Order> order = store.read(tx -> orders.find(tx, orderId));
        if (order.isEmpty()) {
            return Optional.empty();
        }
        FindingsSummary summary = rule.summarize(order.get());
        if (summary == null) {
            return Optional.empty();
        }
        boolean written = store.inTransaction(tx -> orders.setFindings(tx, orderId, order.get().version(), summary));
        // A newer version arrived meanwhile: the store wrote its summary with it.
        return written ? Optional.of(summary) : store.read(tx -> orders.findings(tx, orderId));
    }

    /** The stored summary, if computed. */
    public Optional<FindingsSummary> summary(String orderId) {
        return store.read(tx -> orders.findings(tx, orderId));
    }

    /**
     * Computes the summary of every order that lacks one (or has one of other rule data), a batch per transaction, until
     * none is left or {@code stop} says so; returns how many were written. Safe beside imports and decisions: a row
     * whose version changed meanwhile is skipped (its new version carries its own summary).
     */
    public int fillMissing(BooleanSupplier stop) {
        String version = rule.version();
        if (version == null || !store.read(tx -> orders.anyWithoutFindings(tx, version))) {
            return 0;
        }
        int written = 0;
        String after = null;
        long started = System.nanoTime();
        while (!stop.getAsBoolean()) {
            String from = after;
            List<String> ids = store.read(tx -> orders.idsWithoutFindings(tx, version, from, BATCH));
            if (ids.isEmpty()) {
                break;
            }
            List<Order> batch = store.read(tx -> {
                List<Order> found = new ArrayList<>();
                for (String id : ids) {
                    orders.find(tx, id).ifPresent(found::add);
                }
                return found;
            });
            List<FindingsSummary> summaries = new ArrayList<>();
            for (Order o : batch) {
                summaries.add(rule.summarize(o));
            }
            written += store.inTransaction(tx -> {
                int n = 0;
                for (int i = 0; i < batch.size(); i++) {
                    if (summaries.get(i) != null && orders.setFindings(tx, batch.get(i).id(), batch.get(i).version(), summaries.get(i))) {
                        n++;
                    }
                }
                return n;
            });
            after = ids.get(ids.size() - 1);
        }
        if (written > 0) {
            LOG.info("Findings summary computed for {} orders in {} ms", written, (System.nanoTime() - started) / 1_000_000);
        }
        return written;
    }
}
