package org.icpdesk.bundle.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Builds an orders bundle entry by entry for tests: every entry is listed in the manifest with its real size
 * and hash unless a test says otherwise; the manifest is written last, as {@link BundleWriter} does.
 */
final class TestBundle {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final Object DEFAULT_ENTRIES = new Object();

    private final Map<String, Object> manifest = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> lines = new LinkedHashMap<>();
    private final List<RawZip.Entry> entries = new ArrayList<>();
    private byte[] rawManifest;
    private java.util.function.Consumer<RawZip> zipTricks = zip -> { };
    private boolean withManifest = true;

    private TestBundle() {
        manifest.put("format", "icp-review-bundle");
        manifest.put("formatVersion", 1);
        manifest.put("kind", "orders");
        manifest.put("bundleId", "9b0d6c1e-3f0e-4a63-9a52-0c9e1c7d2f10");
        manifest.put("createdAt", "2026-11-22T09:30:00+08:00");
        manifest.put("source", "test");
        manifest.put("entries", DEFAULT_ENTRIES);
    }

    /** A manifest and nothing else. */
    static TestBundle empty() {
        return new TestBundle();
    }

    /** One valid order with its PNG licence and JPEG ID card. */
    static TestBundle withOrder(String id) {
        return withOrder(id, order -> { });
    }

    /** One valid order, changed by {@code edit} before it is written. */
    static TestBundle withOrder(String id, Consumer<Map<String, Object>> edit) {
        Map<String, Object> order = TestOrders.valid(id);
        edit.accept(order);
        return empty().put("orders/" + id + ".json", json(order)).put(TestOrders.license(id), TestImages.PNG).put(TestOrders.idFront(id), TestImages.JPEG);
    }

    TestBundle order(Map<String, Object> order) {
        return put("orders/" + order.get("id") + ".json", json(order));
    }

    /** An entry, listed in the manifest with its size and hash. */
    TestBundle put(String path, byte[] data) {
        entry(path, data);
        return listed(path, data);
    }

    TestBundle put(String path, String text) {
        return put(path, text.getBytes(StandardCharsets.UTF_8));
    }

    /** An entry in the ZIP only (not listed); returned for raw tricks. */
    RawZip.Entry entry(String path, byte[] data) {
        RawZip.Entry entry = new RawZip.Entry(path, data);
        entries.add(entry);
        return entry;
    }

    /** A manifest line only (no entry in the ZIP). */
    TestBundle listed(String path, byte[] data) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("path", path);
        line.put("size", data.length);
        line.put("sha256", BundleWriter.sha256(data));
        lines.put(path, line);
        return this;
    }

    /** Changes one field of the manifest line of {@code path}. */
    TestBundle line(String path, String field, Object value) {
        lines.get(path).put(field, value);
        return this;
    }

    /** Replaces the entry bytes of {@code path} in the ZIP, keeping its manifest line. */
    TestBundle replace(String path, byte[] data) {
        int at = -1;
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).name.equals(path)) {
                at = i;
            }
        }
        entries.set(at, new RawZip.Entry(path, data));
        return this;
    }

    /** Replaces the entry bytes of {@code path} and lists the new size and hash (a consistent but bad file). */
    TestBundle replaceAndRelist(String path, byte[] data) {
        replace(path, data);
        return listed(path, data);
    }

    TestBundle manifest(String field, Object value) {
        manifest.put(field, value);
        return this;
    }

    TestBundle manifestWithout(String field) {
        manifest.remove(field);
        return this;
    }

    /** Sets ZIP-wide tricks ({@link RawZip#zip64End}). */
    TestBundle zip(java.util.function.Consumer<RawZip> tricks) {
        zipTricks = tricks;
        return this;
    }

    TestBundle rawManifest(byte[] bytes) {
        rawManifest = bytes;
        return this;
    }

    TestBundle withoutManifest() {
        withManifest = false;
        return this;
    }

    /** All entries so far stored, not deflated. */
    TestBundle stored() {
        entries.forEach(e -> e.deflate = false);
        return this;
    }

    byte[] bytes() {
        RawZip zip = new RawZip();
        zipTricks.accept(zip);
        entries.forEach(zip::add);
        if (withManifest) {
            Map<String, Object> content = new LinkedHashMap<>(manifest);
            if (content.get("entries") == DEFAULT_ENTRIES) {
                content.put("entries", new ArrayList<>(lines.values()));
            }
            zip.add("manifest.json", rawManifest != null ? rawManifest : json(content));
        }
        return zip.bytes();
    }

    Path write(Path file) {
        try {
            Files.write(file, bytes());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return file;
    }

    static byte[] json(Object value) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
