package org.icpdesk.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.icpdesk.AppContext;
import org.icpdesk.bundle.domain.ImportSummary;
import org.icpdesk.bundle.service.BundleReader;
import org.icpdesk.common.Json;
import org.icpdesk.common.Progress;
import org.icpdesk.demo.DemoGenerator;
import org.icpdesk.demo.DemoSummary;
import org.icpdesk.demo.LoadBundles;
import org.icpdesk.demo.OcrBenchmark;
import org.icpdesk.demo.OcrTestSet;
import org.icpdesk.ocr.engine.RapidOcrEngine;
import org.icpdesk.ocr.engine.TesseractEngine;
import org.icpdesk.ocr.service.CertificateReaders;
import org.icpdesk.ocr.service.Engines;
import org.icpdesk.order.domain.OrderStatus;
import org.icpdesk.order.service.QueueQuery;
import org.icpdesk.order.service.QueueSort;
import org.icpdesk.security.domain.Actor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bench import [--orders N] [--runs R]}: the import path's figures for the README, measured on the real
 * code in a temporary directory: demo generation, validation, first import into a new store, re-import, first
 * queue page. Prints one JSON line. {@code bench queue} and {@code bench ocr}: see their methods.
 */
@Command(name = "bench")
final class BenchCommand extends StoreCommand {
    @Parameters(index = "0", paramLabel = "import", descriptionKey = "cli.bench.what")
    String what;

    @Option(names = "--orders", defaultValue = "200", paramLabel = "N", descriptionKey = "cli.demo.orders")
    int orders;

    @Option(names = "--runs", defaultValue = "3", paramLabel = "R", descriptionKey = "cli.bench.runs")
    int runs;

    @Option(names = "--per-kind", defaultValue = "5", paramLabel = "N", descriptionKey = "cli.bench.per-kind")
    int perKind;

    @Option(names = "--seed", defaultValue = "20261123", paramLabel = "S", descriptionKey = "cli.bench.seed")
    long seed;

    @Option(names = "--engines", defaultValue = "RAPIDOCR,TESSERACT,COMBINED", split = ",", paramLabel = "E",
            descriptionKey = "cli.bench.engines")
    List<Engines> engines;

    @Option(names = "--threads", defaultValue = "0", paramLabel = "T", descriptionKey = "cli.bench.threads")
    int threads;

    @Option(names = "--raw", descriptionKey = "cli.bench.raw")
    boolean raw;

    @Option(names = "--tesseract", defaultValue = "tesseract", paramLabel = "PROGRAM", descriptionKey = "cli.bench.tesseract")
    String tesseract;

    BenchCommand(CliEnvironment cli) {
        super(cli);
    }

    @Override
    int execute() throws Exception {
        if ("queue".equals(what)) {
            return benchQueue();
        }
        if ("open".equals(what)) {
            return benchOpen();
        }
        if ("startup".equals(what)) {
            return benchStartup();
        }
        if ("ocr".equals(what)) {
            return benchOcr();
        }
        if (!"import".equals(what)) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "import | queue | open | startup | ocr");
        }
        Path dir = Files.createTempDirectory("icpdesk-bench");
        try {
            ObjectNode line = Json.mapper().createObjectNode().put("bench", "import").put("orders", orders)
                    .put("cores", Runtime.getRuntime().availableProcessors());
            Path bundle = dir.resolve("bench.zip");
            long t = System.nanoTime();
            DemoSummary demo = new DemoGenerator(7).write(bundle, orders);
            line.put("demoMillis", millisSince(t)).put("bundleBytes", demo.bytes()).put("materials", demo.materials());

            BundleReader reader = new BundleReader();
            long[] validate = new long[runs];
            for (int i = 0; i < runs; i++) {
                t = System.nanoTime();
                reader.read(bundle);
                validate[i] = millisSince(t);
            }
            line.put("validateMedianMillis", median(validate));

            try (AppContext app = AppContext.open(dir.resolve("store"), null, cli.clock())) {
                t = System.nanoTime();
                ImportSummary first = app.imports().importBundle(bundle, Actor.system(), Progress.NONE);
                line.put("importMillis", millisSince(t)).put("added", first.added());
                t = System.nanoTime();
                ImportSummary again = app.imports().importBundle(bundle, Actor.system(), Progress.NONE);
                line.put("reimportMillis", millisSince(t)).put("unchanged", again.unchanged());
                t = System.nanoTime();
                app.orders().count(QueueQuery.all());
                app.orders().page(QueueQuery.all(), 0, 200);
                line.put("queuePageMillis", millisSince(t));
            }
            cli.out().println(line);
            return ExitCode.OK;
        } finally {
            deleteTree(dir);
        }
    }

    /**
     * {@code bench queue --orders 100000 [--store dir]}: fills a store (kept when --store is given, so a second run
     * measures at once) with load-test orders, then times the queue's count + first page for each sort and filter.
     */
    private int benchQueue() throws Exception {
        Path dir = common.store != null ? common.store : Files.createTempDirectory("icpdesk-bench-queue");
        try (AppContext app = AppContext.open(dir, null, cli.clock())) {
            ObjectNode line = Json.mapper().createObjectNode().put("bench", "queue");
            long have = app.orders().countAll();
            long t = System.nanoTime();
            int chunk = 10_000;
            for (int first = (int) have; first < orders; first += chunk) {
                Path bundle = dir.resolve("load-" + first + ".zip");
                LoadBundles.write(bundle, 7, first, Math.min(chunk, orders - first));
                app.imports().importBundle(bundle, Actor.system(), Progress.NONE);
                Files.delete(bundle);
            }
            line.put("orders", app.orders().countAll()).put("fillMillis", millisSince(t));
            t = System.nanoTime();
            line.put("findingsFilled", app.findings().fillMissing(() -> false)).put("findingsFillMillis", millisSince(t));
            // What the window waits for before it shows rows: the count up to the cap and the first page. The exact count
            // of a larger match follows in the background (exactCountMillis).
            ObjectNode queries = line.putObject("firstPageMillis");
            ObjectNode exact = line.putObject("exactCountMillis");
            long worst = 0;
            for (var entry : benchQueries().entrySet()) {
                long[] runs = new long[5];
                long[] counts = new long[5];
                long matching = 0;
                for (int i = 0; i < runs.length; i++) {
                    t = System.nanoTime();
                    matching = app.orders().countUpTo(entry.getValue(), org.icpdesk.order.service.OrderQueue.COUNT_CAP + 1L);
                    app.orders().page(entry.getValue(), 0, 200);
                    runs[i] = (System.nanoTime() - t) / 1_000;
                    if (matching > org.icpdesk.order.service.OrderQueue.COUNT_CAP) {
                        t = System.nanoTime();
                        app.orders().count(entry.getValue());
                        counts[i] = (System.nanoTime() - t) / 1_000;
                    }
                }
                queries.put(entry.getKey(), median(runs) / 1000.0);
                worst = Math.max(worst, median(runs));
                if (matching > org.icpdesk.order.service.OrderQueue.COUNT_CAP) {
                    exact.put(entry.getKey(), median(counts) / 1000.0);
                }
            }
            line.put("worstFirstPageMillis", worst / 1000.0);
            System.gc();
            Runtime rt = Runtime.getRuntime();
            line.put("heapUsedMb", (rt.totalMemory() - rt.freeMemory()) >> 20).put("maxHeapMb", rt.maxMemory() >> 20)
                    .put("load", loadAverage());
            cli.out().println(line);
            return ExitCode.OK;
        } finally {
            if (common.store == null) {
                deleteTree(dir);
            }
        }
    }

    /**
     * {@code bench open --store DIR [--runs R]}: what opening an order in the window costs, on the services the window
     * uses and with its decoding: the current version read, the rules' findings and prompts, the status; then, on a pool
     * of as many workers as the window's (three, {@code DeskServices}), the shown (first) image decoded at full
     * resolution and every material's thumbnail ({@link Thumbnails}, ImageIO standing in for JavaFX) until all are done. Times {@code R * 10} orders
     * spread over the store; median and 95th percentile, and the first order alone (a cold JVM). {@code allFull*}: the
     * same orders with every image decoded at full resolution one after the other, as this bench measured before.
     * Images decode with ImageIO here (the window decodes the shown image with JavaFX, which the CLI does not load).
     */
    private int benchOpen() throws Exception {
        if (common.store == null) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "bench open needs --store");
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(WINDOW_WORKERS);
        try (AppContext app = AppContext.open(common.store, null, cli.clock())) {
            ObjectNode line = Json.mapper().createObjectNode().put("bench", "open");
            java.util.List<String> ids = app.orders().allIds();
            int n = Math.max(10, runs * 10);
            app.rules();   // loaded once per window, before the first order
            long[] millis = new long[n];
            long[] allFull = new long[n];
            long[] cpu = new long[n];
            long[] allFullCpu = new long[n];
            long pixels = 0;
            for (int i = 0; i < n; i++) {
                String id = ids.get((int) ((long) i * (ids.size() - 1) / Math.max(1, n - 1)));
                long t = System.nanoTime();
                long c = processCpuNanos();
                org.icpdesk.order.domain.Order o = load(app, id);
                java.util.List<java.util.concurrent.Future<?>> decoding = new java.util.ArrayList<>();
                boolean first = true;
                for (org.icpdesk.order.domain.Material m : o.materials()) {
                    if (m.file().endsWith(".pdf")) {
                        continue;
                    }
                    boolean shown = first;
                    first = false;
                    decoding.add(pool.submit(() -> {
                        byte[] bytes = app.orders().materialBytes(id, m.id()).orElseThrow();
                        Thumbnails.read(bytes, THUMBNAIL);
                        if (shown) {
                            javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(bytes));
                        }
                        return null;
                    }));
                }
                for (java.util.concurrent.Future<?> f : decoding) {
                    f.get();
                }
                millis[i] = (System.nanoTime() - t) / 1_000;
                cpu[i] = (processCpuNanos() - c) / 1_000;
                t = System.nanoTime();
                c = processCpuNanos();
                load(app, id);
                for (org.icpdesk.order.domain.Material m : o.materials()) {
                    byte[] bytes = app.orders().materialBytes(id, m.id()).orElseThrow();
                    if (!m.file().endsWith(".pdf")) {
                        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(bytes));
                        pixels += image == null ? 0 : (long) image.getWidth() * image.getHeight();
                    }
                }
                allFull[i] = (System.nanoTime() - t) / 1_000;
                allFullCpu[i] = (processCpuNanos() - c) / 1_000;
            }
            long[] sorted = millis.clone();
            Arrays.sort(sorted);
            long[] sortedFull = allFull.clone();
            Arrays.sort(sortedFull);
            line.put("orders", ids.size()).put("opened", n).put("workers", WINDOW_WORKERS)
                    .put("medianMillis", sorted[n / 2] / 1000.0)
                    .put("p95Millis", sorted[(int) Math.ceil(n * 0.95) - 1] / 1000.0).put("maxMillis", sorted[n - 1] / 1000.0)
                    .put("firstMillis", millis[0] / 1000.0)
                    .put("cpuMedianMillis", median(cpu) / 1000.0).put("cpuP95Millis", percentile95(cpu) / 1000.0)
                    .put("allFullMedianMillis", sortedFull[n / 2] / 1000.0)
                    .put("allFullP95Millis", sortedFull[(int) Math.ceil(n * 0.95) - 1] / 1000.0)
                    .put("allFullCpuMedianMillis", median(allFullCpu) / 1000.0).put("allFullCpuP95Millis", percentile95(allFullCpu) / 1000.0)
                    .put("megapixelsPerOrder", Math.round(pixels / 1_000.0 / n) / 1000.0);
            Runtime rt = Runtime.getRuntime();
            line.put("heapUsedMb", (rt.totalMemory() - rt.freeMemory()) >> 20).put("maxHeapMb", rt.maxMemory() >> 20)
                    .put("load", loadAverage());
            cli.out().println(line);
            return ExitCode.OK;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The order, its findings and prompts, its status: what the window reads before it shows an order. */
    private org.icpdesk.order.domain.Order load(AppContext app, String id) {
        org.icpdesk.order.domain.Order o = app.orders().find(id).orElseThrow();
        app.rules().check(o, java.time.LocalDate.now(cli.clock()), org.icpdesk.rules.domain.OcrReadings.none());
        app.rules().checklist(o.province(), o.subject().kind(), o.provider());
        app.orders().status(id);
        return o;
    }

    /** The window's background workers ({@code DeskServices}). */
    private static final int WINDOW_WORKERS = 3;

    /** Thumbnails of the order view's material list: 96 pixels shown, decoded at twice that for sharp scaling. */
    private static final int THUMBNAIL = 192;

    /**
     * {@code bench startup --store DIR [--runs R]}: starts the window R times (this jar, {@code -Xmx512m}, needs a
     * display: run under xvfb-run on a server) with {@code --measure-startup FILE}; the window writes how long after
     * the JVM started its stage was shown and the queue's first rows arrived, then closes.
     */
    private int benchStartup() throws Exception {
        if (common.store == null) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "bench startup needs --store");
        }
        Path jar = Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        String javaCommand = ProcessHandle.current().info().command().orElse("java");
        long[] shown = new long[runs];
        long[] shownCpu = new long[runs];
        long[] rows = new long[runs];
        long heap = 0;
        for (int i = 0; i < runs; i++) {
            Path out = Files.createTempFile("icpdesk-startup", ".txt");
            try {
                Process p = new ProcessBuilder(javaCommand, "-Xmx512m", "-jar", jar.toString(), "--store", common.store.toString(),
                        "--measure-startup", out.toString()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (!p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new IllegalStateException("The window did not close within 120 s");
                }
                java.util.Properties measured = new java.util.Properties();
                try (var reader = Files.newBufferedReader(out)) {
                    measured.load(reader);
                }
                if (measured.getProperty("shownMillis") == null) {
                    throw new IllegalStateException("The window wrote no startup figure (exit " + p.exitValue() + ")");
                }
                shown[i] = Long.parseLong(measured.getProperty("shownMillis"));
                shownCpu[i] = Long.parseLong(measured.getProperty("shownCpuMillis", "-1"));
                rows[i] = Long.parseLong(measured.getProperty("firstRowsMillis", "-1"));
                heap = Math.max(heap, Long.parseLong(measured.getProperty("heapUsedMb", "0")));
            } finally {
                Files.deleteIfExists(out);
            }
        }
        ObjectNode line = Json.mapper().createObjectNode().put("bench", "startup").put("runs", runs)
                .put("shownMedianMillis", median(shown)).put("shownMaxMillis", Arrays.stream(shown).max().orElse(0))
                .put("shownCpuMedianMillis", median(shownCpu))
                .put("firstRowsMedianMillis", median(rows)).put("heapUsedMaxMb", heap).put("xmx", "512m").put("load", loadAverage());
        cli.out().println(line);
        return ExitCode.OK;
    }

    /**
     * {@code bench ocr [--per-kind N] [--engines RAPIDOCR,TESSERACT,COMBINED] [--threads T] [--raw] [--tesseract PROGRAM|none]}:
     * OCR speed on the labelled test set ({@link OcrTestSet}, N images per kind and tier, all tiers). Under
     * {@code readers}, per engine configuration the whole reading (decode, quality gate, orientation, crop, scale, engines,
     * fields) as {@code CertificateReaders} builds it: median and p95 ms per image on one thread, and images/s with T
     * workers (default: all cores). {@code --raw} adds {@code engines}: the engine alone on the decoded, unprocessed
     * image (COMBINED runs both). {@code baseline}: the {@code tesseract} program on the same files, {@code -l chi_sim},
     * {@code OMP_THREAD_LIMIT=1}. PP-OCR is one native engine per process whose calls are serialised, so its workers
     * queue. Prints one JSON line.
     */
    private int benchOcr() throws Exception {
        if (perKind < 1) {
            cli.err().println(cli.messages().get("cli.error.usage", "--per-kind < 1"));
            return ExitCode.BAD_INPUT;
        }
        int workers = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        long t = System.nanoTime();
        OcrTestSet set = OcrTestSet.create(seed, perKind);
        OcrBenchmark bench = OcrBenchmark.of(set);
        ObjectNode line = Json.mapper().createObjectNode().put("bench", "ocr").put("images", set.size()).put("perKind", perKind)
                .put("seed", seed).put("cores", Runtime.getRuntime().availableProcessors()).put("threads", workers)
                .put("ompThreadLimit", cli.env().getOrDefault("OMP_THREAD_LIMIT", "unset"))
                .put("renderMillis", millisSince(t)).put("load", loadAverage());
        ObjectNode readers = line.putObject("readers");
        for (Engines e : engines) {
            put(readers, bench.time(e.name(), OcrBenchmark.reader(() -> CertificateReaders.create(e, 1)), workers));
        }
        if (raw) {
            ObjectNode results = line.putObject("engines");
            for (Engines e : engines) {
                OcrBenchmark.WorkerFactory factory;
                if (e == Engines.RAPIDOCR) {
                    factory = OcrBenchmark.engine(() -> new RapidOcrEngine(1));
                } else if (e == Engines.TESSERACT) {
                    factory = OcrBenchmark.engine(TesseractEngine::new);
                } else {
                    factory = OcrBenchmark.both(() -> new RapidOcrEngine(1), TesseractEngine::new);
                }
                put(results, bench.time(e.name(), factory, workers));
            }
        }
        if (!"none".equals(tesseract)) {
            Path dir = Files.createTempDirectory("icpdesk-bench-ocr");
            try {
                bench.writeImages(dir);
                put(line.putObject("baseline"), bench.time("tesseractCli", OcrBenchmark.tesseractCli(tesseract, dir), workers));
            } finally {
                deleteTree(dir);
            }
        }
        cli.out().println(line);
        return ExitCode.OK;
    }

    private static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static void put(ObjectNode results, OcrBenchmark.Timing timing) {
        results.putObject(timing.name()).put("medianMillis", Math.round(timing.medianMillis()))
                .put("p95Millis", Math.round(timing.p95Millis())).put("cpuMedianMillis", Math.round(timing.cpuMedianMillis())).put("imagesPerSecond", Math.round(timing.imagesPerSecond() * 100) / 100.0)
                .put("threads", timing.threads()).put("failures", timing.failures());
    }

    private static java.util.Map<String, QueueQuery> benchQueries() {
        var q = new java.util.LinkedHashMap<String, QueueQuery>();
        q.put("submitted", QueueQuery.all());
        q.put("subjectDesc", new QueueQuery(java.util.Set.of(), null, null, null, null, QueueSort.SUBJECT, false));
        q.put("orderId", new QueueQuery(java.util.Set.of(), null, null, null, null, QueueSort.ORDER_ID, true));
        q.put("pendingInProvince44", new QueueQuery(java.util.Set.of(OrderStatus.PENDING), "44", null, null, null, QueueSort.SUBMITTED, true));
        q.put("typeAddSite", new QueueQuery(java.util.Set.of(), null, "add-site", null, null, QueueSort.PROVINCE, true));
        q.put("province44", new QueueQuery(java.util.Set.of(), "44", null, null, null, QueueSort.SUBMITTED, true));
        q.put("province44SubjectDesc", new QueueQuery(java.util.Set.of(), "44", null, null, null, QueueSort.SUBJECT, false));
        q.put("typeNewAccess", new QueueQuery(java.util.Set.of(), null, "new-access", null, null, QueueSort.SUBMITTED, true));
        q.put("kindIndividual", new QueueQuery(java.util.Set.of(), null, null, "individual", null, QueueSort.SUBMITTED, true));
        q.put("kindUnitByOrderId", new QueueQuery(java.util.Set.of(), null, null, "unit", null, QueueSort.ORDER_ID, false));
        q.put("pendingProvinceTypeKind", new QueueQuery(java.util.Set.of(OrderStatus.PENDING), "44", "new-filing", "unit", null,
                QueueSort.SUBMITTED, true));
        java.time.OffsetDateTime now = java.time.OffsetDateTime.now(java.time.ZoneOffset.ofHours(8));
        q.put("overdue", new QueueQuery(java.util.Set.of(), null, null, null, null, QueueSort.SUBMITTED, true,
                org.icpdesk.order.service.DueFilter.OVERDUE, now));
        q.put("overdueByDue", new QueueQuery(java.util.Set.of(), null, null, null, null, QueueSort.DUE, true,
                org.icpdesk.order.service.DueFilter.OVERDUE, now));
        q.put("dueToday", new QueueQuery(java.util.Set.of(), null, null, null, null, QueueSort.SUBMITTED, true,
                org.icpdesk.order.service.DueFilter.DUE_TODAY, now));
        q.put("sortByDueDesc", new QueueQuery(java.util.Set.of(), null, null, null, null, QueueSort.DUE, false));
        q.put("province44ByDue", new QueueQuery(java.util.Set.of(), "44", null, null, null, QueueSort.DUE, true));
        q.put("textSearch", new QueueQuery(java.util.Set.of(), null, null, null, "科技", QueueSort.SUBMITTED, true));
        q.put("textSearchRareName", QueueQuery.all().withText("数据服务"));
        q.put("textSearchOneChar", QueueQuery.all().withText("鑫"));
        q.put("textSearchDomain", QueueQuery.all().withText(".net.cn"));
        q.put("textSearchNoMatch", QueueQuery.all().withText("zzqx"));
        q.put("textSearchOrderIdPrefix", QueueQuery.all().withText("ICP20261"));
        q.put("textSearchSerialDigits", QueueQuery.all().withText("04217"));
        q.put("textSearchProvince44BySubject", new QueueQuery(java.util.Set.of(), "44", null, null, "科技", QueueSort.SUBJECT, true));
        q.put("textSearchMaskedIdNumber", QueueQuery.all().withText("4403**********1234"));
        q.put("textSearchWholeIdNumber", QueueQuery.all().withText("440304199001011234"));
        q.put("sortByKind", QueueQuery.all().sortedBy(QueueSort.KIND, true));
        q.put("sortByAgeOldestFirst", QueueQuery.all().sortedBy(QueueSort.AGE, false));
        q.put("hasFindings", QueueQuery.all().withFindings(org.icpdesk.order.service.FindingsFilter.WITH_FINDINGS));
        q.put("clean", QueueQuery.all().withFindings(org.icpdesk.order.service.FindingsFilter.CLEAN));
        q.put("sortByFindingsDesc", QueueQuery.all().sortedBy(QueueSort.FINDINGS, false));
        q.put("pendingWithFindingsByDue", new QueueQuery(java.util.Set.of(OrderStatus.PENDING), null, null, null, null, QueueSort.DUE, true)
                .withFindings(org.icpdesk.order.service.FindingsFilter.WITH_FINDINGS));
        q.put("age5WorkingDays", QueueQuery.all().withSubmittedBefore(now.minusDays(7)));
        q.put("age5Province44Clean", new QueueQuery(java.util.Set.of(), "44", null, null, null, QueueSort.SUBMITTED, true)
                .withSubmittedBefore(now.minusDays(7)).withFindings(org.icpdesk.order.service.FindingsFilter.CLEAN));
        return q;
    }

    private static long percentile95(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.ceil(sorted.length * 0.95) - 1];
    }

    /** CPU time of this process, every thread (the JIT's and the collector's too): a figure that a busy machine bends less. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
