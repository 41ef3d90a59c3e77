package org.icpdesk.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.icpdesk.bundle.domain.ImportSummary;
import org.icpdesk.bundle.service.BundleImporter;
import org.icpdesk.common.Progress;
import org.icpdesk.order.service.OrderQueryService;
import org.icpdesk.security.domain.Actor;

/** Fills an empty store with demo orders, so that a new user never faces an empty window. */
public final class DemoSeeding {
    /** Orders in the first-start demo bundle: enough to show every kind of defect, quick to generate. */
    public static final int ORDERS = 60;
    public static final long SEED = 2026;

    private final BundleImporter importer;
    private final OrderQueryService orders;
    private final Path workDir;
    private final Clock clock;

    /** {@code clock}: the demo is dated now, so that its queue looks like today's (time left, due today, overdue). */
    public DemoSeeding(BundleImporter importer, OrderQueryService orders, Path workDir, Clock clock) {
        this.importer = importer;
        this.orders = orders;
        this.workDir = workDir;
        this.clock = clock;
    }

    /** Generates and imports the demo bundle when the store holds no order; empty when it held some. */
    public Optional<ImportSummary> seedIfEmpty(Actor actor, Progress progress) {
        if (!orders.isEmpty()) {
            return Optional.empty();
        }
        Path bundle = workDir.resolve("demo-" + SEED + "-" + ORDERS + ".zip");
        try {
            new DemoGenerator(SEED, OffsetDateTime.now(clock)).write(bundle, ORDERS, progress);
            return Optional.of(importer.importBundle(bundle, actor, progress));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                Files.deleteIfExists(bundle);
            } catch (IOException e) {
                org.slf4j.LoggerFactory.getLogger(DemoSeeding.class).warn("Could not delete {}", bundle, e);
            }
        }
    }
}
