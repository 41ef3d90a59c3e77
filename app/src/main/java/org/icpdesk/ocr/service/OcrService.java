package org.icpdesk.ocr.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.icpdesk.common.Progress;
import org.icpdesk.i18n.UserMessage;
import org.icpdesk.ocr.domain.CertificateKind;
import org.icpdesk.ocr.domain.CertificateReading;
import org.icpdesk.ocr.store.OcrDao;
import org.icpdesk.ocr.store.OcrDao.ImageToRead;
import org.icpdesk.ocr.store.OcrDao.MaterialImage;
import org.icpdesk.ocr.store.OcrDao.StoredReading;
import org.icpdesk.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * OCR of stored certificate images with a cache in the store: readings are keyed by image hash, reader and kind, so an
 * image is read once per reader version however many orders carry it. {@link #readPending} reads everything not yet
 * read (after an import, in the background); {@link #readings} answers from the cache only and never waits for an
 * engine; {@link #readNow} reads one image on demand. Each reading is committed on its own: a kill loses at most the
 * readings in flight, which are read again next time.
 */
public final class OcrService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OcrService.class);
    private static final List<CertificateKind> KINDS = List.of(CertificateKind.values());
    private static final int BATCH = 32;

    private final Store store;
    private final OcrDao dao;
    private final String readerId;
    private final Supplier<CertificateReader> factory;
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();
    private CertificateReader reader;
    /** Images being read now: close() waits for them, as a native engine torn down mid-image aborts the process. */
    private final java.util.concurrent.Phaser inFlight = new java.util.concurrent.Phaser(1);
    private volatile boolean closed;
    private final java.util.concurrent.atomic.AtomicBoolean drained = new java.util.concurrent.atomic.AtomicBoolean();

    public OcrService(Store store, OcrDao dao, String readerId, Supplier<CertificateReader> factory) {
        this.store = store;
        this.dao = dao;
        this.readerId = readerId;
        this.factory = factory;
    }

    /** The reader of the default engine configuration ({@link Engines#DEFAULT}), created when first needed. */
    public static Supplier<CertificateReader> defaultReader(Engines engines, int threads) {
        return () -> {
            try {
                return CertificateReaders.create(engines, threads);
            } catch (org.icpdesk.ocr.engine.OcrException e) {
                throw new OcrUnavailable(e.getMessage(), e);
            }
        };
    }

    /** No engine could start (library or model missing): the message says which and how to install it. */
    public static final class OcrUnavailable extends RuntimeException {
        public OcrUnavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The cache key of the readings this service makes and answers with. */
    public String readerId() {
        return readerId;
    }

    /** Called with the image hash after each new reading is stored (from a worker thread). */
    public void addListener(Consumer<String> onRead) {
        listeners.add(onRead);
    }

    /** The cached readings of the order's certificate materials, by material id (materials not read yet are absent). */
    public Map<String, CertificateReading> readings(String orderId) {
        return readings(List.of(orderId)).getOrDefault(orderId, Map.of());
    }

    /** The cached readings of several orders in one query: order id to material id to reading. */
    public Map<String, Map<String, CertificateReading>> readings(java.util.Collection<String> orderIds) {
        Map<String, Map<String, CertificateReading>> out = new java.util.HashMap<>();
        for (OcrDao.MaterialReading r : store.read(tx -> dao.readingsOf(tx, readerId, orderIds))) {
            out.computeIfAbsent(r.orderId(), k -> new java.util.TreeMap<>()).put(r.materialId(), decode(r.reading()));
        }
        return out;
    }

    /** The stored orders that carry the image (their findings change with its reading). */
    public List<String> ordersWithImage(String sha256) {
        return store.read(tx -> dao.ordersWithImage(tx, sha256));
    }

    /** The order's certificate materials that have no cached reading yet. */
    public List<ImageToRead> unreadOf(String orderId) {
        return store.read(tx -> {
            // One query for the order's readings instead of one per material.
            java.util.Set<String> read = new java.util.HashSet<>();
            dao.readingsOf(tx, readerId, List.of(orderId)).forEach(r -> read.add(r.materialId()));
            List<ImageToRead> out = new ArrayList<>();
            for (MaterialImage m : dao.materials(tx, orderId)) {
                if (!read.contains(m.materialId())) {
                    CertificateKind.ofMaterialKind(m.kind()).ifPresent(k -> out.add(new ImageToRead(m.sha256(), k)));
                }
            }
            return out;
        });
    }

    public Optional<CertificateReading> cached(String sha256, CertificateKind kind) {
        return store.read(tx -> dao.find(tx, sha256, readerId, kind)).map(OcrService::decode);
    }

    /** How many stored certificate images wait for a reading. */
    public long countUnread() {
        return store.read(tx -> dao.countUnread(tx, readerId, KINDS));
    }

    /** Reads one stored image now (or answers from the cache) and stores the reading. */
    public CertificateReading readNow(ImageToRead image) {
        Optional<CertificateReading> hit = cached(image.sha256(), image.kind());
        if (hit.isPresent()) {
            return hit.get();
        }
        if (closed) {
            throw new IllegalStateException("OCR service closed");
        }
        inFlight.register();
        try {
            return read(image);
        } finally {
            inFlight.arriveAndDeregister();
        }
    }

    private CertificateReading read(ImageToRead image) {
        byte[] bytes = store.read(tx -> dao.image(tx, image.sha256())).orElse(null);
        long t0 = System.nanoTime();
        CertificateReading reading;
        if (bytes == null) {
            reading = CertificateReading.failed(image.kind(), readerId, "image missing from the store");
        } else {
            try {
                reading = reader().read(bytes, image.kind());
            } catch (OcrUnavailable e) {
                throw e; // not this image's fault: nothing is cached, the caller says what to install
            } catch (RuntimeException e) {
                // Stored as failed so that the background run does not retry it forever; a new reader version retries.
                LOG.warn("OCR failed on a stored image: {}", e.toString());
                reading = CertificateReading.failed(image.kind(), readerId, "OCR failed: " + e.getClass().getSimpleName());
            }
        }
        long millis = (System.nanoTime() - t0) / 1_000_000;
        StoredReading stored = encode(image.sha256(), reading, millis);
        store.inTransaction(tx -> {
            dao.insert(tx, stored);
            return null;
        });
        listeners.forEach(l -> l.accept(image.sha256()));
        return reading;
    }

    /**
     * Reads every stored certificate image without a reading, newest orders first, with {@code threads} workers,
     * until done or {@code cancelled}. Returns how many images were read.
     */
    public long readPending(int threads, Progress progress, BooleanSupplier cancelled) {
        long total = countUnread();
        if (total == 0) {
            return 0;
        }
        AtomicLong done = new AtomicLong();
        UserMessage phase = UserMessage.of("ocr.progress.reading");
        progress.report(phase, 0, total);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "ocr-worker");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
        });
        try {
            while (!cancelled.getAsBoolean() && !closed) {
                List<ImageToRead> batch = store.read(tx -> dao.unread(tx, readerId, KINDS, BATCH));
                if (batch.isEmpty()) {
                    break;
                }
                List<Future<?>> futures = new ArrayList<>();
                for (ImageToRead image : batch) {
                    futures.add(pool.submit(() -> {
                        if (!cancelled.getAsBoolean() && !closed) {
                            readNow(image);
                            progress.report(phase, done.incrementAndGet(), total);
                        }
                    }));
                }
                for (Future<?> f : futures) {
                    try {
                        f.get();
                    } catch (java.util.concurrent.ExecutionException e) {
                        if (e.getCause() instanceof OcrUnavailable unavailable) {
                            throw unavailable;
                        }
                        LOG.warn("OCR of a stored image failed: {}", e.getCause().toString());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            pool.shutdownNow();
        }
        return done.get();
    }

    private synchronized CertificateReader reader() {
        if (reader == null) {
            reader = factory.get();
            // On SIGTERM or System.exit the native runtime's static state is torn down; an image still in the engine
            // then aborts the process. Let the images in flight finish first (each reading commits on its own).
            Runtime.getRuntime().addShutdownHook(new Thread(this::drain, "ocr-shutdown"));
        }
        return reader;
    }

    /** Stops taking new images and waits (at most 30 s) for the ones being read. */
    private void drain() {
        closed = true;
        if (!drained.compareAndSet(false, true)) {
            return;
        }
        try {
            int phase = inFlight.arrive();
            inFlight.awaitAdvanceInterruptibly(phase, 30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.TimeoutException e) {
            LOG.warn("OCR still running at exit");
        }
    }

    private StoredReading encode(String sha256, CertificateReading r, long millis) {
        return new StoredReading(sha256, readerId, r.kind(), ReadingJson.problems(r.quality()), ReadingJson.fields(r).toString(),
                r.error(), millis);
    }

    private static CertificateReading decode(StoredReading s) {
        return ReadingJson.reading(s.kind(), s.problems(), s.fields(), s.reader(), s.error());
    }

    @Override
    public void close() {
        drain();
        if (inFlight.getRegisteredParties() <= 1) {
            closeReader(); // else an image is still in the engine: the process end takes it down
        }
    }

    private synchronized void closeReader() {
        if (reader != null) {
            reader.close();
            reader = null;
        }
    }
}
