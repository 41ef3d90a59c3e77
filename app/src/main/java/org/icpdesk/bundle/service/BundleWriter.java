package org.icpdesk.bundle.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.icpdesk.bundle.domain.Manifest;
import org.icpdesk.bundle.domain.ManifestEntry;

/**
 * Writes a bundle: entries first, {@code manifest.json} last, into a temporary file that replaces the target
 * only when complete (a crash never leaves a half bundle under the final name).
 */
public final class BundleWriter implements AutoCloseable {
    private final Path target;
    private final Path temp;
    private final ZipOutputStream zip;
    private final String kind;
    private final String bundleId;
    private final OffsetDateTime createdAt;
    private final String source;
    private final List<ManifestEntry> entries = new ArrayList<>();
    private final Set<String> names = new LinkedHashSet<>();
    private final ObjectMapper json = BundleJson.mapper();
    private boolean finished;

    public BundleWriter(Path target, String kind, String bundleId, OffsetDateTime createdAt, String source) throws IOException {
        this.target = target.toAbsolutePath();
        Path dir = this.target.getParent();
        Files.createDirectories(dir);
        this.temp = Files.createTempFile(dir, ".bundle-", ".part");
        this.zip = new ZipOutputStream(Files.newOutputStream(temp));
        this.kind = kind;
        this.bundleId = bundleId;
        this.createdAt = createdAt;
        this.source = source;
    }

    /** Adds an entry; the path is relative with {@code /} separators. */
    public void add(String path, byte[] data) throws IOException {
        if (!names.add(path)) {
            throw new IllegalArgumentException("Duplicate bundle entry " + path);
        }
        ZipEntry entry = new ZipEntry(path);
        entry.setTime(createdAt.toInstant().toEpochMilli()); // same content, same bytes
        if (isCompressed(path)) {
            // JPEG and PNG do not deflate further: store them, which is faster to write and to read.
            CRC32 crc = new CRC32();
            crc.update(data);
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(data.length);
            entry.setCompressedSize(data.length);
            entry.setCrc(crc.getValue());
        }
        zip.putNextEntry(entry);
        zip.write(data);
        zip.closeEntry();
        entries.add(new ManifestEntry(path, data.length, sha256(data)));
    }

    /** Adds an entry holding {@code value} as UTF-8 JSON. */
    public void addJson(String path, Object value) throws IOException {
        add(path, json.writerWithDefaultPrettyPrinter().writeValueAsBytes(value));
    }

    /** Writes the manifest and moves the finished bundle to its target. */
    public Manifest finish() throws IOException {
        Manifest manifest = new Manifest(Manifest.FORMAT, Manifest.FORMAT_VERSION, kind, bundleId, createdAt, source, entries);
        ZipEntry manifestEntry = new ZipEntry("manifest.json");
        manifestEntry.setTime(createdAt.toInstant().toEpochMilli());
        zip.putNextEntry(manifestEntry);
        zip.write(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
        zip.closeEntry();
        zip.close();
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        finished = true;
        return manifest;
    }

    @Override
    public void close() throws IOException {
        if (!finished) {
            zip.close();
            Files.deleteIfExists(temp);
        }
    }

    private static boolean isCompressed(String path) {
        String p = path.toLowerCase(java.util.Locale.ROOT);
        return p.endsWith(".jpg") || p.endsWith(".jpeg") || p.endsWith(".png");
    }

    public static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
