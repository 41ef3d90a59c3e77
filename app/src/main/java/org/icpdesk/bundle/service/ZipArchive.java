package org.icpdesk.bundle.service;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipException;

/**
 * A ZIP file read through a central directory parsed here, not by {@link java.util.zip.ZipFile} (which silently
 * keeps one of two same-named entries). Opening checks the whole structure: every name, no duplicates, every
 * local header equal to its directory record, entries back to back with no byte the directory does not account
 * for (no hidden or overlapping entries). Reading never trusts a size a header claims: bytes are counted while
 * inflating and reading stops as soon as a cap is passed. Positional reads only, so reads may run concurrently.
 */
final class ZipArchive implements Closeable {
    /** Most bytes of central directory accepted (about 700,000 entries). */
    static final int MAX_CENTRAL_DIRECTORY = 64 << 20;

    private static final int LOC_SIG = 0x04034b50;
    private static final int CEN_SIG = 0x02014b50;
    private static final int END_SIG = 0x06054b50;
    private static final int ZIP64_END_SIG = 0x06064b50;
    private static final int ZIP64_LOCATOR_SIG = 0x07064b50;
    private static final int DESCRIPTOR_SIG = 0x08074b50;
    private static final int END_LEN = 22;
    private static final int CEN_LEN = 46;
    private static final int LOC_LEN = 30;
    private static final long MAGIC32 = 0xFFFFFFFFL;
    private static final int STORED = 0;
    private static final int DEFLATED = 8;
    private static final int FLAG_ENCRYPTED = 0x0001;
    private static final int FLAG_DESCRIPTOR = 0x0008;
    private static final int FLAG_STRONG_ENCRYPTION = 0x0040;
    private static final int FLAG_MASKED_HEADERS = 0x2000;
    private static final int CHUNK = 64 * 1024;

    /** One record of the central directory, checked against its local header. */
    record Item(String name, byte[] nameBytes, boolean directory, int flags, int method, long crc,
                long compressedSize, long size, long localOffset, long dataOffset, long end) {
    }

    /** Reading stops once more than {@code max} bytes came out; {@code error} says which limit. */
    record Cap(long max, Supplier<BundleRejected> error) {
    }

    /** What came out of an entry: its bytes when asked to keep them, its size and its SHA-256 (lower-case hex). */
    record Content(byte[] bytes, long size, String sha256) {
    }

    private final String bundle;
    private final FileChannel channel;
    private final long fileSize;
    private final int maxRatio;
    private final long ratioMinBytes;
    private final Map<String, Item> files;

    private ZipArchive(String bundle, FileChannel channel, long fileSize, int maxRatio, long ratioMinBytes,
                       Map<String, Item> files) {
        this.bundle = bundle;
        this.channel = channel;
        this.fileSize = fileSize;
        this.maxRatio = maxRatio;
        this.ratioMinBytes = ratioMinBytes;
        this.files = files;
    }

    /**
     * Opens and checks the structure of {@code file}. {@code bundle} is the name used in messages.
     * Entries over {@code ratioMinBytes} uncompressed may be at most {@code maxRatio} times their compressed size.
     */
    static ZipArchive open(Path file, String bundle, int maxRatio, long ratioMinBytes) {
        if (Files.isDirectory(file)) {
            throw BundleError.IO.rejected(bundle, "is a directory");
        }
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.READ);
        } catch (NoSuchFileException e) {
            throw BundleError.NOT_FOUND.rejected(e, bundle);
        } catch (AccessDeniedException e) {
            throw BundleError.IO.rejected(e, bundle, "access denied");
        } catch (IOException e) {
            throw BundleError.IO.rejected(e, bundle, String.valueOf(e.getMessage()));
        }
        try {
            long size = channel.size();
            Reader reader = new Reader(bundle, channel, size);
            Map<String, Item> files = reader.readStructure();
            return new ZipArchive(bundle, channel, size, maxRatio, ratioMinBytes, files);
        } catch (IOException | RuntimeException e) {
            try {
                channel.close();
            } catch (IOException closing) {
                e.addSuppressed(closing);
            }
            if (e instanceof BundleRejected) {
                throw (BundleRejected) e;
            }
            if (e instanceof ClosedByInterruptException) {
                throw interrupted((IOException) e);
            }
            if (e instanceof EOFException) {
                throw BundleError.ZIP_CORRUPT.rejected(e, bundle);
            }
            if (e instanceof IOException) {
                throw BundleError.IO.rejected(e, bundle, String.valueOf(e.getMessage()));
            }
            throw (RuntimeException) e;
        }
    }

    /**
     * Opens a file whose structure was checked before, trusting the entry locations found then. Each
     * {@link #read} after {@link #checkLocalHeader} then re-verifies what it needs: nothing is re-scanned.
     */
    static ZipArchive reopen(Path file, String bundle, Map<String, Item> files, int maxRatio, long ratioMinBytes) {
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
            return new ZipArchive(bundle, channel, channel.size(), maxRatio, ratioMinBytes, files);
        } catch (NoSuchFileException e) {
            throw BundleError.NOT_FOUND.rejected(e, bundle);
        } catch (IOException e) {
            throw BundleError.IO.rejected(e, bundle, String.valueOf(e.getMessage()));
        }
    }

    /** The file entries by name, as checked when the archive was opened. */
    Map<String, Item> items() {
        return java.util.Collections.unmodifiableMap(files);
    }

    /** The entry's local header is still where it was, for the same name and method. */
    void checkLocalHeader(Item item) {
        String shown = EntryNames.display(item.name());
        try {
            if (item.localOffset() + LOC_LEN + item.nameBytes().length > fileSize || item.end() > fileSize) {
                throw new EOFException("file shorter than before");
            }
            ByteBuffer local = ByteBuffer.allocate(LOC_LEN + item.nameBytes().length).order(ByteOrder.LITTLE_ENDIAN);
            while (local.hasRemaining()) {
                if (channel.read(local, item.localOffset() + local.position()) < 0) {
                    throw new EOFException("file shrank");
                }
            }
            byte[] name = new byte[item.nameBytes().length];
            local.get(LOC_LEN, name);
            if (local.getInt(0) != LOC_SIG || u16(local, 8) != item.method() || !Arrays.equals(name, item.nameBytes())
                    || item.localOffset() + LOC_LEN + u16(local, 26) + u16(local, 28) != item.dataOffset()) {
                throw BundleError.LOCAL_HEADER_MISMATCH.rejected(bundle, shown, shown);
            }
        } catch (ClosedByInterruptException e) {
            throw interrupted(e);
        } catch (IOException e) {
            throw BundleError.ENTRY_CORRUPT.rejected(e, bundle, shown);
        }
    }

    /** File entries (directories left out) in central-directory order. */
    List<Item> files() {
        return List.copyOf(files.values());
    }

    Optional<Item> file(String name) {
        return Optional.ofNullable(files.get(name));
    }

    long fileSize() {
        return fileSize;
    }

    /**
     * Reads an entry, hashing it and checking its CRC and size against the directory. Stops with the cap's error
     * as soon as more bytes came out than a cap allows, and with {@link BundleError#LIMIT_RATIO} when an entry
     * over the ratio threshold expands beyond the allowed ratio.
     */
    Content read(Item item, List<Cap> caps, boolean keep) {
        long capMax = caps.stream().mapToLong(Cap::max).min().orElse(Long.MAX_VALUE - 1);
        Output out = new Output(item, caps, keep, capMax);
        try {
            if (item.method() == STORED) {
                readStored(item, out);
            } else {
                readDeflated(item, out);
            }
        } catch (ClosedByInterruptException e) {
            throw interrupted(e);
        } catch (IOException | DataFormatException e) {
            throw BundleError.ENTRY_CORRUPT.rejected(e, bundle, EntryNames.display(item.name()));
        }
        if (out.count != item.size() || out.crc.getValue() != item.crc()) {
            throw BundleError.ENTRY_CORRUPT.rejected(new ZipException("size or CRC differ from the central directory"),
                    bundle, EntryNames.display(item.name()));
        }
        return new Content(out.bytes(), out.count, HexFormat.of().formatHex(out.sha.digest()));
    }

    private void readStored(Item item, Output out) throws IOException {
        long pos = item.dataOffset();
        long remaining = item.compressedSize();
        byte[] buf = new byte[(int) Math.max(1, Math.min(CHUNK, remaining))];
        while (remaining > 0) {
            int want = (int) Math.min(Math.min(buf.length, remaining), out.room());
            readFully(pos, buf, want);
            pos += want;
            remaining -= want;
            out.accept(buf, want);
        }
    }

    private void readDeflated(Item item, Output out) throws IOException, DataFormatException {
        Inflater inflater = new Inflater(true);
        try {
            long pos = item.dataOffset();
            long remaining = item.compressedSize();
            byte[] in = new byte[(int) Math.max(1, Math.min(CHUNK, remaining))];
            byte[] buf = new byte[CHUNK];
            boolean padded = false;
            while (!inflater.finished()) {
                if (inflater.needsInput()) {
                    if (remaining > 0) {
                        int n = (int) Math.min(in.length, remaining);
                        readFully(pos, in, n);
                        pos += n;
                        remaining -= n;
                        inflater.setInput(in, 0, n);
                    } else if (!padded) {
                        padded = true;                  // zlib may want one byte past a raw deflate stream
                        inflater.setInput(new byte[1]);
                    } else {
                        throw new ZipException("deflate stream ends early");
                    }
                }
                long readBefore = inflater.getBytesRead();
                int n = inflater.inflate(buf, 0, (int) Math.min(buf.length, out.room()));
                if (n > 0) {
                    out.accept(buf, n);
                } else if (inflater.needsDictionary()
                        || !inflater.needsInput() && !inflater.finished() && inflater.getBytesRead() == readBefore) {
                    throw new ZipException("deflate stream makes no progress");
                }
            }
            if (remaining > 0 || inflater.getRemaining() > (padded ? 1 : 0)) {
                throw new ZipException("compressed data goes on after the deflate stream ends");
            }
        } finally {
            inflater.end();
        }
    }

    /** SHA-256 of the whole file, lower-case hex. */
    String sha256OfFile() {
        MessageDigest sha = sha256();
        ByteBuffer buf = ByteBuffer.allocate(1 << 20);
        try {
            long pos = 0;
            while (pos < fileSize) {
                buf.clear();
                int n = channel.read(buf, pos);
                if (n < 0) {
                    throw new EOFException("file shrank while it was read");
                }
                buf.flip();
                sha.update(buf);
                pos += n;
            }
        } catch (ClosedByInterruptException e) {
            throw interrupted(e);
        } catch (IOException e) {
            throw BundleError.IO.rejected(e, bundle, String.valueOf(e.getMessage()));
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private void readFully(long pos, byte[] buf, int len) throws IOException {
        ByteBuffer target = ByteBuffer.wrap(buf, 0, len);
        while (target.hasRemaining()) {
            if (channel.read(target, pos + target.position()) < 0) {
                throw new EOFException("file ends inside entry data");
            }
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    /** An interrupt closed the channel: the work was cancelled, the file is not to blame. */
    private static CancellationException interrupted(IOException cause) {
        Thread.currentThread().interrupt();
        CancellationException cancelled = new CancellationException("Interrupted while reading a bundle");
        cancelled.initCause(cause);
        return cancelled;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Counts, hashes and (when asked) keeps what comes out of one entry; enforces the caps and the ratio. */
    private final class Output {
        final CRC32 crc = new CRC32();
        final MessageDigest sha = sha256();
        final Item item;
        final List<Cap> caps;
        final long capMax;
        byte[] kept;
        long count;

        Output(Item item, List<Cap> caps, boolean keep, long capMax) {
            this.item = item;
            this.caps = caps;
            this.capMax = capMax;
            if (keep) {
                long guess = Math.min(Math.min(item.size(), capMax), Integer.MAX_VALUE - 16);
                kept = new byte[(int) Math.max(guess, 16)];
            }
        }

        /** How many more bytes may be produced before a cap is known to be passed. */
        long room() {
            return Math.max(1, capMax - count + 1);
        }

        void accept(byte[] buf, int len) {
            count += len;
            for (Cap cap : caps) {
                if (count > cap.max()) {
                    throw cap.error().get();
                }
            }
            if (count > ratioMinBytes && count > maxRatio * item.compressedSize()) {
                throw BundleError.LIMIT_RATIO.rejected(bundle, EntryNames.display(item.name()), maxRatio);
            }
            crc.update(buf, 0, len);
            sha.update(buf, 0, len);
            if (kept != null) {
                if (count > kept.length) {
                    kept = Arrays.copyOf(kept, (int) Math.min(Math.max(count, 2L * kept.length), Integer.MAX_VALUE - 16));
                }
                System.arraycopy(buf, 0, kept, (int) (count - len), len);
            }
        }

        byte[] bytes() {
            if (kept == null) {
                return null;
            }
            return kept.length == count ? kept : Arrays.copyOf(kept, (int) count);
        }
    }

    /** Parses and checks the end records, the central directory and every local header. */
    private static final class Reader {
        private final String bundle;
        private final FileChannel channel;
        private final long size;

        Reader(String bundle, FileChannel channel, long size) {
            this.bundle = bundle;
            this.channel = channel;
            this.size = size;
        }

        Map<String, Item> readStructure() throws IOException {
            if (size == 0) {
                throw BundleError.EMPTY.rejected(bundle);
            }
            int tailLength = (int) Math.min(size, END_LEN + 0xFFFF);
            ByteBuffer tail = read(size - tailLength, tailLength);
            int at = -1;
            for (int i = tailLength - END_LEN; i >= 0; i--) {
                if (tail.getInt(i) == END_SIG && u16(tail, i + 20) == tailLength - i - END_LEN) {
                    at = i;
                    break;
                }
            }
            if (at < 0) {
                boolean startsLikeZip = size >= 4 && read(0, 4).getInt(0) == LOC_SIG;
                throw (startsLikeZip ? BundleError.TRUNCATED : BundleError.NOT_ZIP).rejected(bundle);
            }
            long endPos = size - tailLength + at;
            long disk = u16(tail, at + 4);
            long directoryDisk = u16(tail, at + 6);
            long entriesHere = u16(tail, at + 8);
            long entries = u16(tail, at + 10);
            long directorySize = u32(tail, at + 12);
            long directoryOffset = u32(tail, at + 16);
            long directoryEnd = endPos;
            if (endPos >= 20) {
                ByteBuffer locator = read(endPos - 20, 20);
                if (locator.getInt(0) == ZIP64_LOCATOR_SIG) {
                    long zip64End = locator.getLong(8);
                    if (locator.getInt(4) != 0 || locator.getInt(16) != 1) {
                        throw BundleError.ZIP_MULTI_DISK.rejected(bundle);
                    }
                    if (zip64End < 0 || zip64End + 56 > endPos - 20) {
                        throw corrupt("ZIP64 end record outside the file");
                    }
                    ByteBuffer z = read(zip64End, 56);
                    if (z.getInt(0) != ZIP64_END_SIG || zip64End + 12 + z.getLong(4) != endPos - 20) {
                        throw corrupt("bad ZIP64 end record");
                    }
                    disk = z.getInt(16) & MAGIC32;
                    directoryDisk = z.getInt(20) & MAGIC32;
                    entriesHere = z.getLong(24);
                    entries = z.getLong(32);
                    directorySize = z.getLong(40);
                    directoryOffset = z.getLong(48);
                    directoryEnd = zip64End;
                }
            }
            if (disk != 0 || directoryDisk != 0 || entriesHere != entries) {
                throw BundleError.ZIP_MULTI_DISK.rejected(bundle);
            }
            if (directoryOffset < 0 || directorySize < 0 || directoryOffset + directorySize > directoryEnd) {
                throw corrupt("central directory outside the file");
            }
            if (directoryOffset + directorySize < directoryEnd) {
                throw BundleError.ZIP_HIDDEN_DATA.rejected(bundle, directoryOffset + directorySize);
            }
            if (directorySize > MAX_CENTRAL_DIRECTORY || entries > directorySize / CEN_LEN) {
                throw corrupt("central directory too large for its entry count");
            }
            List<Item> items = readDirectory(read(directoryOffset, (int) directorySize), entries);
            checkDuplicates(items);
            return checkLocalHeaders(items, directoryOffset);
        }

        private List<Item> readDirectory(ByteBuffer cd, long expected) {
            List<Item> items = new ArrayList<>();
            int p = 0;
            while (p < cd.limit()) {
                if (p + CEN_LEN > cd.limit() || cd.getInt(p) != CEN_SIG) {
                    throw corrupt("bad central directory record at " + p);
                }
                int flags = u16(cd, p + 8);
                int method = u16(cd, p + 10);
                long crc = u32(cd, p + 16);
                long compressed = u32(cd, p + 20);
                long uncompressed = u32(cd, p + 24);
                int nameLength = u16(cd, p + 28);
                int extraLength = u16(cd, p + 30);
                int commentLength = u16(cd, p + 32);
                long diskStart = u16(cd, p + 34);
                long offset = u32(cd, p + 42);
                int next = p + CEN_LEN + nameLength + extraLength + commentLength;
                if (next > cd.limit()) {
                    throw corrupt("central directory record overruns the directory");
                }
                byte[] nameBytes = new byte[nameLength];
                cd.get(p + CEN_LEN, nameBytes);
                // ZIP64 extended information: the values whose 32-bit fields hold the magic, in this order
                int e = p + CEN_LEN + nameLength;
                int extraEnd = e + extraLength;
                while (e + 4 <= extraEnd) {
                    int id = u16(cd, e);
                    int length = u16(cd, e + 2);
                    int q = e + 4;
                    if (q + length > extraEnd) {
                        throw corrupt("bad extra field");
                    }
                    if (id == 0x0001) {
                        if (uncompressed == MAGIC32 && q + 8 <= e + 4 + length) {
                            uncompressed = cd.getLong(q);
                            q += 8;
                        }
                        if (compressed == MAGIC32 && q + 8 <= e + 4 + length) {
                            compressed = cd.getLong(q);
                            q += 8;
                        }
                        if (offset == MAGIC32 && q + 8 <= e + 4 + length) {
                            offset = cd.getLong(q);
                            q += 8;
                        }
                        if (diskStart == 0xFFFF && q + 4 <= e + 4 + length) {
                            diskStart = cd.getInt(q) & MAGIC32;
                        }
                    }
                    e += 4 + length;
                }
                if (uncompressed < 0 || compressed < 0 || offset < 0) {
                    throw corrupt("negative size or offset");
                }
                String name = utf8(nameBytes).orElseThrow(() -> BundleError.ENTRY_NAME_INVALID.rejected(
                        bundle, EntryNames.display(new String(nameBytes, StandardCharsets.UTF_8))));
                EntryNames.check(bundle, name);
                String shown = EntryNames.display(name);
                if (diskStart != 0) {
                    throw BundleError.ZIP_MULTI_DISK.rejected(bundle);
                }
                if ((flags & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION | FLAG_MASKED_HEADERS)) != 0) {
                    throw BundleError.ENTRY_ENCRYPTED.rejected(bundle, shown);
                }
                if (method != STORED && method != DEFLATED) {
                    throw BundleError.ENTRY_METHOD.rejected(bundle, shown, method);
                }
                boolean directory = name.endsWith("/");
                if (directory && (uncompressed != 0 || compressed > 2)) {
                    throw BundleError.DIRECTORY_WITH_DATA.rejected(bundle, shown);
                }
                if (method == STORED && compressed != uncompressed) {
                    throw BundleError.ENTRY_CORRUPT.rejected(new ZipException("stored entry with two sizes"), bundle, shown);
                }
                items.add(new Item(name, nameBytes, directory, flags, method, crc, compressed, uncompressed, offset, -1, -1));
                p = next;
            }
            if (items.size() != expected) {
                throw corrupt("end record counts " + expected + " entries, directory has " + items.size());
            }
            return items;
        }

        private void checkDuplicates(List<Item> items) {
            Map<String, Integer> counts = new HashMap<>();
            for (Item item : items) {
                if (!item.directory()) {
                    counts.merge(item.name(), 1, Integer::sum);
                }
            }
            for (Item item : items) {
                int count = counts.getOrDefault(item.name(), 0);
                if (count > 1) {
                    throw BundleError.DUPLICATE_ENTRY.rejected(bundle, EntryNames.display(item.name()), count);
                }
            }
        }

        /** Every local header equals its directory record; entries lie back to back from byte 0 to the directory. */
        private Map<String, Item> checkLocalHeaders(List<Item> items, long directoryOffset) throws IOException {
            List<Item> byOffset = new ArrayList<>(items);
            byOffset.sort(Comparator.comparingLong(Item::localOffset));
            Map<String, Item> checked = new HashMap<>();
            long expected = 0;
            Item previous = null;
            for (Item item : byOffset) {
                String shown = EntryNames.display(item.name());
                if (item.localOffset() < expected) {
                    throw BundleError.ENTRIES_OVERLAP.rejected(bundle, shown, EntryNames.display(previous.name()));
                }
                if (item.localOffset() > expected) {
                    throw BundleError.ZIP_HIDDEN_DATA.rejected(bundle, expected);
                }
                if (item.localOffset() + LOC_LEN > directoryOffset) {
                    throw BundleError.ENTRY_CORRUPT.rejected(new ZipException("local header outside the data area"), bundle, shown);
                }
                ByteBuffer local = read(item.localOffset(), LOC_LEN);
                if (local.getInt(0) != LOC_SIG) {
                    throw BundleError.ENTRY_CORRUPT.rejected(new ZipException("no local header signature"), bundle, shown);
                }
                int flags = u16(local, 6);
                int method = u16(local, 8);
                long crc = u32(local, 14);
                long compressed = u32(local, 18);
                long uncompressed = u32(local, 22);
                int nameLength = u16(local, 26);
                int extraLength = u16(local, 28);
                long dataOffset = item.localOffset() + LOC_LEN + nameLength + extraLength;
                if (dataOffset > directoryOffset) {
                    throw BundleError.ENTRY_CORRUPT.rejected(new ZipException("local header overruns the data area"), bundle, shown);
                }
                byte[] localName = new byte[nameLength];
                read(item.localOffset() + LOC_LEN, nameLength).get(0, localName);
                if (!Arrays.equals(localName, item.nameBytes())) {
                    throw BundleError.LOCAL_HEADER_MISMATCH.rejected(bundle, shown,
                            EntryNames.display(new String(localName, StandardCharsets.UTF_8)));
                }
                boolean descriptor = (item.flags() & FLAG_DESCRIPTOR) != 0;
                if (method != item.method() || (flags & FLAG_ENCRYPTED) != 0 || ((flags & FLAG_DESCRIPTOR) != 0) != descriptor
                        || !descriptor && (crc != item.crc()
                                || compressed != MAGIC32 && compressed != item.compressedSize()
                                || uncompressed != MAGIC32 && uncompressed != item.size())) {
                    throw BundleError.LOCAL_HEADER_MISMATCH.rejected(bundle, shown, shown);
                }
                long dataEnd = dataOffset + item.compressedSize();
                if (dataEnd > directoryOffset) {
                    throw BundleError.ENTRY_CORRUPT.rejected(new ZipException("entry data overruns the data area"), bundle, shown);
                }
                long end = descriptor ? descriptorEnd(item, dataEnd, directoryOffset, shown) : dataEnd;
                Item full = new Item(item.name(), item.nameBytes(), item.directory(), item.flags(), item.method(), item.crc(),
                        item.compressedSize(), item.size(), item.localOffset(), dataOffset, end);
                if (!full.directory()) {
                    checked.put(full.name(), full);
                }
                expected = end;
                previous = item;
            }
            if (expected != directoryOffset) {
                throw BundleError.ZIP_HIDDEN_DATA.rejected(bundle, expected);
            }
            Map<String, Item> inDirectoryOrder = new LinkedHashMap<>();
            for (Item item : items) {
                if (!item.directory()) {
                    inDirectoryOrder.put(item.name(), checked.get(item.name()));
                }
            }
            return inDirectoryOrder;
        }

        /** The end of the data descriptor after an entry's data (with or without signature, 32- or 64-bit sizes). */
        private long descriptorEnd(Item item, long dataEnd, long directoryOffset, String shown) throws IOException {
            int length = (int) Math.min(24, directoryOffset - dataEnd);
            ByteBuffer d = read(dataEnd, length);
            int o = length >= 4 && d.getInt(0) == DESCRIPTOR_SIG ? 4 : 0;
            if (length >= o + 12 && u32(d, o) == item.crc() && u32(d, o + 4) == item.compressedSize()
                    && u32(d, o + 8) == item.size()) {
                return dataEnd + o + 12;
            }
            if (length >= o + 20 && u32(d, o) == item.crc() && d.getLong(o + 4) == item.compressedSize()
                    && d.getLong(o + 12) == item.size()) {
                return dataEnd + o + 20;
            }
            throw BundleError.LOCAL_HEADER_MISMATCH.rejected(bundle, shown, shown);
        }

        private ByteBuffer read(long pos, int length) throws IOException {
            if (pos < 0 || pos + length > size) {
                throw new EOFException("read outside the file");
            }
            ByteBuffer buf = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
            while (buf.hasRemaining()) {
                if (channel.read(buf, pos + buf.position()) < 0) {
                    throw new EOFException("file shrank while it was read");
                }
            }
            return buf.flip();
        }

        private BundleRejected corrupt(String detail) {
            return BundleError.ZIP_CORRUPT.rejected(new ZipException(detail), bundle);
        }
    }

    private static int u16(ByteBuffer b, int at) {
        return b.getShort(at) & 0xFFFF;
    }

    private static long u32(ByteBuffer b, int at) {
        return b.getInt(at) & MAGIC32;
    }

    /** Strict UTF-8 (no overlong forms, no surrogates), or empty. */
    static Optional<String> utf8(byte[] bytes) {
        return Utf8.firstError(bytes, 0, bytes.length) < 0
                ? Optional.of(new String(bytes, StandardCharsets.UTF_8)) : Optional.empty();
    }
}
