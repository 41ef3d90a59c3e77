package org.icpdesk.demo;

import java.nio.file.Path;
import java.time.OffsetDateTime;

/**
 * What {@link DemoGenerator#write} produced: the bundle file and id, counts, the bundle size in bytes and the
 * time it took. No personal data.
 */
public record DemoSummary(Path bundle, String bundleId, OffsetDateTime createdAt, long seed, int orders,
                          int cleanOrders, int defects, int materials, long bytes, long millis) {

    /** Milliseconds per order, for benchmarks. */
    public double millisPerOrder() {
        return orders == 0 ? 0 : (double) millis / orders;
    }
}
