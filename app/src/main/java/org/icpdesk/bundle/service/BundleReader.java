package org.icpdesk.bundle.service;

import java.io.IOException;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.icpdesk.bundle.domain.IncomingOrder;
import org.icpdesk.bundle.domain.Manifest;
import org.icpdesk.bundle.domain.ManifestEntry;
import org.icpdesk.bundle.domain.MediaType;
import org.icpdesk.bundle.domain.ValidatedBundle;
import org.icpdesk.common.Progress;
import org.icpdesk.i18n.UserMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and validates an orders bundle completely (spec/bundle-format.md) before anything touches the store.
 * Either returns a {@link ValidatedBundle} or throws {@link BundleRejected} whose message names the bundle file
 * as given, the entry where there is one, and what is wrong.
 *
 * <p>Order of work, cheap checks first: the ZIP structure (names, duplicates, local headers, hidden data), the
 * manifest, the manifest against the ZIP (missing, unlisted, limits by the listed sizes), the order JSON entries,
 * other entries, then the material files in file order, decoded on a small fixed pool. Every entry's bytes are
 * counted while inflating, hashed and compared with the manifest; image bytes are dropped once checked.
 *
 * <p>The importer re-reads material bytes through {@link #openEntries} or {@link #readEntry}, which re-verify
 * size and hash. Thread-safe: every call works on its own file handle and pool.
 */
public final class BundleReader {
    static final String ORDERS = "orders/";
    static final String MATERIALS = "materials/";
    private static final Logger LOG = LoggerFactory.getLogger(BundleReader.class);
    private static final String PROGRESS_KEY = "bundle.progress.check";

    /**
     * The limits a reader enforces. {@link #SPEC} holds the numbers of the bundle format; tests use small ones.
     *
     * @param maxTotalBytes            uncompressed bytes of all entries together (2 GiB)
     * @param maxMaterialBytes         bytes of one file under {@code materials/} (20 MiB)
     * @param maxOrders                orders in one bundle (10,000)
     * @param maxCompressionRatio      uncompressed to compressed size of one entry (100)
     * @param compressionRatioMinBytes the ratio applies to entries over this size uncompressed (1 MiB)
     * @param maxOrderJsonBytes        bytes of one order JSON (1 MiB)
     * @param maxJsonStringBytes       UTF-8 bytes of any JSON string or property name (64 KiB)
     * @param maxJsonDepth             JSON nesting levels, the root object being level 1 (32)
     * @param maxManifestBytes         bytes of {@code manifest.json} (not in the spec: 64 MiB, room for 300,000 entries)
     * @param maxImagePixels           width times height of one image (not in the spec: 50 megapixels, so that a
     *                                 small file cannot make the decoder allocate gigabytes)
     */
    public record Limits(long maxTotalBytes, long maxMaterialBytes, int maxOrders, int maxCompressionRatio,
                         long compressionRatioMinBytes, long maxOrderJsonBytes, int maxJsonStringBytes, int maxJsonDepth,
                         long maxManifestBytes, long maxImagePixels) {
        public static final Limits SPEC = new Limits(2L << 30, 20L << 20, 10_000, 100, 1L << 20, 1L << 20,
                BundleJson.MAX_STRING, BundleJson.MAX_DEPTH, 64L << 20, 50_000_000L);

        public Limits {
            if (maxTotalBytes <= 0 || maxMaterialBytes <= 0 || maxOrders <= 0 || maxCompressionRatio <= 0
                    || compressionRatioMinBytes < 0 || maxOrderJsonBytes <= 0 || maxJsonStringBytes <= 0
                    || maxJsonDepth <= 0 || maxManifestBytes <= 0 || maxImagePixels <= 0) {
                throw new IllegalArgumentException("Limits must be positive: " + this);
            }
            if (maxManifestBytes > Integer.MAX_VALUE - 16 || maxOrderJsonBytes > Integer.MAX_VALUE - 16
                    || maxMaterialBytes > Integer.MAX_VALUE - 16) {
                throw new IllegalArgumentException("Entries read into memory must fit an array: " + this);
            }
        }

        public Limits withMaxTotalBytes(long value) {
            return new Limits(value, maxMaterialBytes, maxOrders, maxCompressionRatio, compressionRatioMinBytes,
                    maxOrderJsonBytes, maxJsonStringBytes, maxJsonDepth, maxManifestBytes, maxImagePixels);
        }

        public Limits withMaxMaterialBytes(long value) {
            return new Limits(maxTotalBytes, value, maxOrders, maxCompressionRatio, compressionRatioMinBytes,
                    maxOrderJsonBytes, maxJsonStringBytes, maxJsonDepth, maxManifestBytes, maxImagePixels);
        }

        public Limits withMaxOrders(int value) {
            return new Limits(maxTotalBytes, maxMaterialBytes, value, maxCompressionRatio, compressionRatioMinBytes,
                    maxOrderJsonBytes, maxJsonStringBytes, maxJsonDepth, maxManifestBytes, maxImagePixels);
        }

        public Limits withMaxImagePixels(long value) {
            return new Limits(maxTotalBytes, maxMaterialBytes, maxOrders, maxCompressionRatio, compressionRatioMinBytes,
                    maxOrderJsonBytes, maxJsonStringBytes, maxJsonDepth, maxManifestBytes, value);
        }
    }

    private final Limits limits;
    private final int decodeThreads;
    private final StrictJson json;
    /** Where the entries of the last bundle validated by this reader lie, so that re-reading needs no re-scan. */
    private volatile Located lastValidated;

    private record Located(WeakReference<ValidatedBundle> bundle, Map<String, ZipArchive.Item> items) {
    }

    /** A reader with the limits of the bundle format and 2 decoding threads. */
    public BundleReader() {
        this(Limits.SPEC);
    }

    public BundleReader(Limits limits) {
        this(limits, 2);
    }

    public BundleReader(Limits limits, int decodeThreads) {
        if (decodeThreads < 1) {
            throw new IllegalArgumentException("decodeThreads must be at least 1");
        }
        this.limits = limits;
        this.decodeThreads = decodeThreads;
        this.json = new StrictJson(limits.maxJsonDepth(), limits.maxJsonStringBytes());
    }

    public Limits limits() {
        return limits;
    }

    /** Validates an orders bundle; see {@link #read(Path, Progress)}. */
    public ValidatedBundle read(Path bundle) {
        return read(bundle, Progress.NONE);
    }

    /**
     * Validates an orders bundle completely.
     *
     * @param bundle   the file as the user gave it (messages name it so)
     * @param progress told after each entry, from the calling thread
     * @throws BundleRejected        the bundle breaks the format, or cannot be read
     * @throws CancellationException the calling thread was interrupted (its interrupt flag is set again)
     */
    public ValidatedBundle read(Path bundle, Progress progress) {
        long started = System.nanoTime();
        String shown = bundle.toString();
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(decodeThreads, task -> {
            Thread thread = new Thread(task, "icpdesk-bundle-decode-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try (ZipArchive zip = ZipArchive.open(bundle, shown, limits.maxCompressionRatio(), limits.compressionRatioMinBytes())) {
            ValidatedBundle result = new Run(bundle, shown, zip, pool, progress).validate();
            lastValidated = new Located(new WeakReference<>(result), zip.items());
            LOG.info("Bundle {} valid: {} orders, {} material files, {} ms", result.manifest().bundleId(),
                    result.orders().size(), result.mediaTypes().size(), (System.nanoTime() - started) / 1_000_000);
            return result;
        } catch (IOException e) {
            throw BundleError.IO.rejected(e, shown, String.valueOf(e.getMessage()));
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Reads one entry of a validated bundle again, verifying its size and SHA-256 against the manifest. Cheap for
     * the bundle this reader validated last (its entry locations are remembered); for another bundle the ZIP
     * structure is checked again on every call, so prefer {@link #openEntries} there.
     *
     * @throws BundleRejected {@link BundleError#ENTRY_CHANGED} when the file changed since it was validated
     */
    public byte[] readEntry(ValidatedBundle bundle, ManifestEntry entry) {
        try (EntryReader reader = openEntries(bundle)) {
            return reader.read(entry);
        }
    }

    /** Opens a validated bundle again for reading many entries; close it when done. */
    public EntryReader openEntries(ValidatedBundle bundle) {
        String shown = bundle.file().toString();
        Located located = lastValidated;
        Map<String, ZipArchive.Item> items;
        if (located != null && located.bundle().get() == bundle) {
            items = located.items();
        } else {
            try (ZipArchive zip = ZipArchive.open(bundle.file(), shown, limits.maxCompressionRatio(), limits.compressionRatioMinBytes())) {
                items = zip.items();
            } catch (IOException e) {
                throw BundleError.IO.rejected(e, shown, String.valueOf(e.getMessage()));
            }
        }
        return new EntryReader(bundle, ZipArchive.reopen(bundle.file(), shown, items, limits.maxCompressionRatio(),
                limits.compressionRatioMinBytes()));
    }

    /** Entries of a validated bundle, read again and verified against its manifest. Reads may run concurrently. */
    public final class EntryReader implements AutoCloseable {
        private final ValidatedBundle bundle;
        private final String shown;
        private final ZipArchive zip;
        private final Map<String, ManifestEntry> listed = new HashMap<>();

        private EntryReader(ValidatedBundle bundle, ZipArchive zip) {
            this.bundle = bundle;
            this.shown = bundle.file().toString();
            this.zip = zip;
            bundle.manifest().entries().forEach(e -> listed.put(e.path(), e));
        }

        /** The entry's bytes, exactly as validated (entries up to 2 GiB; materials and orders are far smaller). */
        public byte[] read(ManifestEntry entry) {
            if (!entry.equals(listed.get(entry.path()))) {
                throw new IllegalArgumentException("Not an entry of bundle " + bundle.manifest().bundleId() + ": " + entry.path());
            }
            if (entry.size() > Integer.MAX_VALUE - 16) {
                throw new IllegalArgumentException("Entry too large for one array: " + entry.path());
            }
            String name = EntryNames.display(entry.path());
            ZipArchive.Item item = zip.file(entry.path()).orElseThrow(() -> BundleError.ENTRY_CHANGED.rejected(shown, name));
            ZipArchive.Content content;
            try {
                zip.checkLocalHeader(item);
                content = zip.read(item, List.of(
                        new ZipArchive.Cap(entry.size(), () -> BundleError.ENTRY_CHANGED.rejected(shown, name))), true);
            } catch (BundleRejected e) {
                if (BundleError.ENTRY_CHANGED.key().equals(e.userMessage().key())) {
                    throw e;
                }
                throw BundleError.ENTRY_CHANGED.rejected(e, shown, name);
            }
            if (content.size() != entry.size() || !content.sha256().equals(entry.sha256())) {
                throw BundleError.ENTRY_CHANGED.rejected(shown, name);
            }
            return content.bytes();
        }

        /** The media type of a material entry, as validated. */
        public MediaType mediaType(ManifestEntry entry) {
            return bundle.mediaType(entry);
        }

        @Override
        public void close() {
            try {
                zip.close();
            } catch (IOException e) {
                LOG.warn("Cannot close bundle {}", shown, e);
            }
        }
    }

    /** The content hash of an order: SHA-256 over the hex SHA-256 of its JSON and of each material, joined by newlines. */
    static String contentHash(String orderSha256, List<ManifestEntry> materials) {
        MessageDigest sha = ZipArchive.sha256();
        sha.update(orderSha256.getBytes(StandardCharsets.US_ASCII));
        for (ManifestEntry material : materials) {
            sha.update((byte) '\n');
            sha.update(material.sha256().getBytes(StandardCharsets.US_ASCII));
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The state of one validation. */
    private final class Run {
        private final Path file;
        private final String bundle;
        private final ZipArchive zip;
        private final ExecutorService pool;
        private final Progress progress;
        private final UserMessage phase;
        private long total;
        private long done;
        private long steps;

        Run(Path file, String bundle, ZipArchive zip, ExecutorService pool, Progress progress) {
            this.file = file;
            this.bundle = bundle;
            this.zip = zip;
            this.pool = pool;
            this.progress = progress;
            this.phase = UserMessage.of(PROGRESS_KEY, bundle);
        }

        ValidatedBundle validate() {
            progress.report(phase, 0, -1);
            ZipArchive.Item manifestItem = zip.file(ManifestParser.ENTRY)
                    .orElseThrow(() -> BundleError.MANIFEST_MISSING.rejected(bundle));
            ZipArchive.Content manifestBytes = zip.read(manifestItem, List.of(totalCap(ManifestParser.ENTRY),
                    new ZipArchive.Cap(limits.maxManifestBytes(), () -> BundleError.LIMIT_MANIFEST.rejected(
                            bundle, ManifestParser.ENTRY, limits.maxManifestBytes()))), true);
            total += manifestBytes.size();
            Manifest manifest = ManifestParser.parse(bundle, manifestBytes.bytes(), json, Manifest.KIND_ORDERS);
            Map<String, ManifestEntry> listed = new LinkedHashMap<>();
            manifest.entries().forEach(e -> listed.put(e.path(), e));
            steps = listed.size() + 1L;
            step();

            for (ZipArchive.Item item : zip.files()) {
                if (!item.name().equals(ManifestParser.ENTRY) && !listed.containsKey(item.name())) {
                    throw BundleError.ENTRY_UNLISTED.rejected(bundle, EntryNames.display(item.name()));
                }
            }
            for (ManifestEntry entry : listed.values()) {
                if (zip.file(entry.path()).isEmpty()) {
                    throw BundleError.ENTRY_MISSING.rejected(bundle, EntryNames.display(entry.path()));
                }
            }

            List<ManifestEntry> orderEntries = new ArrayList<>();
            List<ManifestEntry> materialEntries = new ArrayList<>();
            List<ManifestEntry> otherEntries = new ArrayList<>();
            Map<String, MediaType> mediaTypes = new HashMap<>();
            long listedTotal = total;
            for (ManifestEntry entry : listed.values()) {
                String name = EntryNames.display(entry.path());
                listedTotal += entry.size();
                if (listedTotal > limits.maxTotalBytes()) {
                    throw BundleError.LIMIT_TOTAL.rejected(bundle, name, limits.maxTotalBytes());
                }
                if (entry.path().startsWith(ORDERS)) {
                    if (OrderParser.idFromEntryName(entry.path()).filter(id -> OrderParser.ORDER_ID.matcher(id).matches()).isEmpty()) {
                        throw BundleError.ORDER_ENTRY_NAME.rejected(bundle, name);
                    }
                    if (entry.size() > limits.maxOrderJsonBytes()) {
                        throw BundleError.LIMIT_ORDER_JSON.rejected(bundle, name, limits.maxOrderJsonBytes());
                    }
                    orderEntries.add(entry);
                } else if (entry.path().startsWith(MATERIALS)) {
                    MediaType type = MediaType.forFileName(entry.path())
                            .orElseThrow(() -> BundleError.MATERIAL_EXTENSION.rejected(bundle, name));
                    if (entry.size() > limits.maxMaterialBytes()) {
                        throw BundleError.LIMIT_MATERIAL.rejected(bundle, name, limits.maxMaterialBytes());
                    }
                    mediaTypes.put(entry.path(), type);
                    materialEntries.add(entry);
                } else {
                    otherEntries.add(entry);
                }
            }
            if (orderEntries.size() > limits.maxOrders()) {
                throw BundleError.LIMIT_ORDERS.rejected(bundle, orderEntries.size(), limits.maxOrders());
            }

            Future<String> fileHash = pool.submit(zip::sha256OfFile);
            List<IncomingOrder> orders = readOrders(orderEntries, listed);
            for (ManifestEntry entry : inFileOrder(otherEntries)) {
                verify(entry, read(entry, null, false));
                step();
            }
            checkMaterials(inFileOrder(materialEntries), mediaTypes);
            String sha256 = await(fileHash);
            return new ValidatedBundle(file, sha256, manifest, orders, mediaTypes);
        }

        private List<IncomingOrder> readOrders(List<ManifestEntry> entries, Map<String, ManifestEntry> listed) {
            Map<String, IncomingOrder> byEntry = new HashMap<>();
            Map<String, String> entryById = new HashMap<>();
            for (ManifestEntry entry : inFileOrder(entries)) {
                String name = EntryNames.display(entry.path());
                ZipArchive.Content content = read(entry, new ZipArchive.Cap(limits.maxOrderJsonBytes(),
                        () -> BundleError.LIMIT_ORDER_JSON.rejected(bundle, name, limits.maxOrderJsonBytes())), true);
                verify(entry, content);
                String idFromName = OrderParser.idFromEntryName(entry.path()).orElseThrow();
                OrderParser.Parsed parsed = OrderParser.parse(bundle, entry.path(), idFromName, content.bytes(), json, listed);
                String other = entryById.putIfAbsent(parsed.order().id().toLowerCase(Locale.ROOT), entry.path());
                if (other != null) {
                    throw BundleError.ORDER_DUPLICATE.rejected(bundle, name, parsed.order().id(), EntryNames.display(other));
                }
                byEntry.put(entry.path(), new IncomingOrder(parsed.order(), entry.path(), content.bytes(),
                        contentHash(entry.sha256(), parsed.materials()), parsed.materials()));
                step();
            }
            List<IncomingOrder> inManifestOrder = new ArrayList<>();
            entries.forEach(e -> inManifestOrder.add(byEntry.get(e.path())));
            return inManifestOrder;
        }

        /**
         * Reads material files one after the other and decodes them on the pool, at most two per thread in
         * flight. When several fail, the first in file order is reported.
         */
        private void checkMaterials(List<ManifestEntry> entries, Map<String, MediaType> mediaTypes) {
            Semaphore inFlight = new Semaphore(decodeThreads * 2);
            AtomicBoolean failed = new AtomicBoolean();
            List<Future<?>> decodes = new ArrayList<>();
            try {
                for (ManifestEntry entry : entries) {
                    if (failed.get()) {
                        break;
                    }
                    String name = EntryNames.display(entry.path());
                    MediaType type = mediaTypes.get(entry.path());
                    ZipArchive.Content content = read(entry, new ZipArchive.Cap(limits.maxMaterialBytes(),
                            () -> BundleError.LIMIT_MATERIAL.rejected(bundle, name, limits.maxMaterialBytes())), true);
                    verify(entry, content);
                    MaterialCheck.checkType(bundle, name, type, content.bytes());
                    inFlight.acquire();
                    byte[] data = content.bytes();
                    decodes.add(pool.submit(() -> {
                        try {
                            MaterialCheck.decode(bundle, name, type, data, limits.maxImagePixels());
                        } catch (RuntimeException e) {
                            failed.set(true);
                            throw e;
                        } finally {
                            inFlight.release();
                        }
                    }));
                    step();
                }
            } catch (BundleRejected e) {
                awaitAll(decodes);      // an earlier file's decoding failure comes first
                throw e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("Interrupted while checking bundle " + bundle);
            }
            awaitAll(decodes);
        }

        private void awaitAll(List<Future<?>> decodes) {
            for (Future<?> decode : decodes) {
                await(decode);
            }
        }

        private <T> T await(Future<T> future) {
            try {
                return future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("Interrupted while checking bundle " + bundle);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException) {
                    throw (RuntimeException) cause;
                }
                if (cause instanceof Error) {
                    throw (Error) cause;
                }
                throw new IllegalStateException(cause);
            }
        }

        private ZipArchive.Content read(ManifestEntry entry, ZipArchive.Cap typeCap, boolean keep) {
            String name = EntryNames.display(entry.path());
            ZipArchive.Item item = zip.file(entry.path()).orElseThrow();
            List<ZipArchive.Cap> caps = new ArrayList<>(3);
            caps.add(totalCap(name));
            if (typeCap != null) {
                caps.add(typeCap);
            }
            caps.add(new ZipArchive.Cap(entry.size(), () -> BundleError.ENTRY_SIZE_EXCEEDS.rejected(bundle, name, entry.size())));
            ZipArchive.Content content = zip.read(item, caps, keep);
            total += content.size();
            return content;
        }

        private ZipArchive.Cap totalCap(String name) {
            return new ZipArchive.Cap(limits.maxTotalBytes() - total,
                    () -> BundleError.LIMIT_TOTAL.rejected(bundle, name, limits.maxTotalBytes()));
        }

        private void verify(ManifestEntry entry, ZipArchive.Content content) {
            String name = EntryNames.display(entry.path());
            if (content.size() != entry.size()) {
                throw BundleError.ENTRY_SIZE.rejected(bundle, name, content.size(), entry.size());
            }
            if (!content.sha256().equals(entry.sha256())) {
                throw BundleError.ENTRY_HASH.rejected(bundle, name, content.sha256(), entry.sha256());
            }
        }

        private List<ManifestEntry> inFileOrder(List<ManifestEntry> entries) {
            List<ManifestEntry> sorted = new ArrayList<>(entries);
            sorted.sort(Comparator.comparingLong(e -> zip.file(e.path()).orElseThrow().localOffset()));
            return sorted;
        }

        private void step() {
            progress.report(phase, ++done, steps);
        }
    }
}
