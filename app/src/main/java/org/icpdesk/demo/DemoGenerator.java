package org.icpdesk.demo;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.icpdesk.bundle.domain.Manifest;
import org.icpdesk.bundle.service.BundleJson;
import org.icpdesk.bundle.service.BundleWriter;
import org.icpdesk.common.Progress;
import org.icpdesk.demo.PlannedOrder.PlannedMaterial;
import org.icpdesk.i18n.UserFacingException;
import org.icpdesk.i18n.UserMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a synthetic orders bundle (bundle format v1) for demos, tests and benchmarks: realistic orders from all
 * 31 provinces with generated certificate images, about 40% clean and the rest with one or two planted defects,
 * and a root entry {@code truth.json} ({@link DemoTruth}) listing the defects and the text printed on every
 * certificate image.
 *
 * <p>Deterministic: the same seed and count give the same order JSON, the same image bytes, the same
 * {@code bundleId} and {@code createdAt}, so importing the bundle twice changes nothing. The first {@code n}
 * orders of a bundle do not depend on how many follow. Images are drawn by a fixed pool of two threads and
 * written in order.
 */
public final class DemoGenerator {
    /** Most orders a bundle may hold (bundle format limit). */
    public static final int MAX_ORDERS = 10_000;
    /** {@code createdAt} of the reproducible demo bundles ({@code demo}); submissions fall before it. */
    public static final OffsetDateTime CREATED_AT = OrderPlanner.CREATED_AT;
    static final String ORDER_COUNT_KEY = "demo.error.order-count";
    static final String PROGRESS_KEY = "demo.progress.orders";

    private static final Logger LOG = LoggerFactory.getLogger(DemoGenerator.class);
    private static final int THREADS = 2;
    private static final int WINDOW = 8;
    /** Bundle JSON, pretty printed, without derived getters such as {@code Subject.isUnit()}. */
    private static final ObjectWriter ORDER_JSON = BundleJson.mapper()
            .setVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
            .writerWithDefaultPrettyPrinter();

    private final long seed;
    private final OffsetDateTime createdAt;

    /** The reproducible demo: made at {@link #CREATED_AT}. */
    public DemoGenerator(long seed) {
        this(seed, CREATED_AT);
    }

    /**
     * A demo made at {@code createdAt}: the submissions fall in the hours and working days before it and the certificate
     * dates count from its day, so that a demo made now looks like today's queue (the first start's demo store).
     */
    public DemoGenerator(long seed, OffsetDateTime createdAt) {
        this.seed = seed;
        this.createdAt = createdAt;
    }

    public long seed() {
        return seed;
    }

    /** The {@code bundleId} of the bundle with this seed and count (a name-based UUID). */
    public static String bundleId(long seed, int orders) {
        return bundleId(seed, orders, CREATED_AT);
    }

    /** The {@code bundleId} of the bundle with this seed and count made at {@code createdAt}. */
    public static String bundleId(long seed, int orders, OffsetDateTime createdAt) {
        String name = "icpdesk-demo:" + seed + ":" + orders + (createdAt.isEqual(CREATED_AT) ? "" : ":" + createdAt.toInstant());
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    public DemoSummary write(Path out, int orders) throws IOException {
        return write(out, orders, Progress.NONE);
    }

    /**
     * Writes the bundle to {@code out} (replacing it; a failed run leaves no partial file).
     *
     * @throws UserFacingException when {@code orders} is outside 1..{@value #MAX_ORDERS}, or no Chinese font is
     *                             installed to draw the certificates (the message names the font package)
     * @throws IOException         when the file cannot be written
     */
    public DemoSummary write(Path out, int orders, Progress progress) throws IOException {
        if (orders < 1 || orders > MAX_ORDERS) {
            throw new UserFacingException(UserMessage.of(ORDER_COUNT_KEY, 1, MAX_ORDERS, orders));
        }
        long started = System.nanoTime();
        CertificateRenderer renderer = new CertificateRenderer(CjkFonts.find());
        OrderPlanner planner = new OrderPlanner(seed, DemoData.load(), createdAt);
        String bundleId = bundleId(seed, orders, createdAt);
        UserMessage phase = UserMessage.of(PROGRESS_KEY);
        List<DemoTruth.TruthOrder> truths = new ArrayList<>(orders);
        int materials = 0;
        int defects = 0;
        ExecutorService pool = Executors.newFixedThreadPool(THREADS, new RenderThreads());
        try (BundleWriter writer = new BundleWriter(out, Manifest.KIND_ORDERS, bundleId, createdAt,
                "demo generator, seed " + seed)) {
            ArrayDeque<Pending> pending = new ArrayDeque<>();
            for (int i = 0; i < orders; i++) {
                PlannedOrder plan = planner.plan(i);
                pending.add(new Pending(plan, pool.submit(() -> renderAll(renderer, plan))));
                if (pending.size() >= WINDOW) {
                    materials += writeOrder(writer, pending.removeFirst());
                    progress.report(phase, i + 1 - pending.size(), orders);
                }
                truths.add(plan.truth());
                defects += plan.truth().defects().size();
            }
            while (!pending.isEmpty()) {
                materials += writeOrder(writer, pending.removeFirst());
                progress.report(phase, orders - pending.size(), orders);
            }
            writer.addJson(DemoTruth.ENTRY, new DemoTruth(DemoTruth.FORMAT, DemoTruth.FORMAT_VERSION, seed, bundleId,
                    createdAt, truths));
            writer.finish();
        } finally {
            pool.shutdownNow();
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        int clean = (int) truths.stream().filter(DemoTruth.TruthOrder::clean).count();
        DemoSummary summary = new DemoSummary(out, bundleId, createdAt, seed, orders, clean, defects, materials,
                Files.size(out), millis);
        LOG.info("Demo bundle written: {} orders ({} clean), {} materials, {} bytes in {} ms",
                orders, clean, materials, summary.bytes(), millis);
        return summary;
    }

    private static int writeOrder(BundleWriter writer, Pending p) throws IOException {
        List<byte[]> images;
        try {
            images = p.images.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while drawing demo images");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IOException("Cannot draw demo images", cause);
        }
        PlannedOrder plan = p.plan;
        writer.add("orders/" + plan.order().id() + ".json", ORDER_JSON.writeValueAsBytes(plan.order()));
        for (int m = 0; m < images.size(); m++) {
            writer.add(plan.materials().get(m).material().file(), images.get(m));
        }
        return images.size();
    }

    /** Draws every material of one order; equal specs (the same ID card uploaded twice) are drawn once. */
    private static List<byte[]> renderAll(CertificateRenderer renderer, PlannedOrder plan) {
        Map<ImageSpec, byte[]> drawn = new HashMap<>();
        List<byte[]> out = new ArrayList<>();
        for (PlannedMaterial m : plan.materials()) {
            out.add(drawn.computeIfAbsent(m.spec(), renderer::render));
        }
        return out;
    }

    private record Pending(PlannedOrder plan, Future<List<byte[]>> images) {
    }

    private static final class RenderThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "icpdesk-demo-render-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }
}
