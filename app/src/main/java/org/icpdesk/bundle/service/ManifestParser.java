package org.icpdesk.bundle.service;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.icpdesk.bundle.domain.Manifest;
import org.icpdesk.bundle.domain.ManifestEntry;

/**
 * Reads {@code manifest.json}: the format and its version first (a newer version may mean anything after), then
 * the kind, the bundle id and the list of entries, each with a size and a SHA-256.
 */
final class ManifestParser {
    static final String ENTRY = "manifest.json";
    private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");

    private ManifestParser() {
    }

    static Manifest parse(String bundle, byte[] bytes, StrictJson json, String expectedKind) {
        JsonFields root = JsonFields.root(json.parse(bundle, ENTRY, bytes), bundle, ENTRY);
        String format = root.requiredString("format");
        if (!Manifest.FORMAT.equals(format)) {
            throw root.reject(BundleError.MANIFEST_FORMAT, EntryNames.display(format), Manifest.FORMAT);
        }
        int formatVersion = formatVersion(root);
        String kind = root.requiredString("kind");
        if (!expectedKind.equals(kind)) {
            throw root.reject(BundleError.MANIFEST_KIND, EntryNames.display(kind), expectedKind);
        }
        String bundleId = root.requiredString("bundleId");
        var createdAt = root.optionalInstant("createdAt");
        String source = root.optionalString("source");
        List<ManifestEntry> entries = new ArrayList<>();
        Set<String> paths = new HashSet<>();
        if (!root.isPresent("entries")) {
            throw root.reject(BundleError.FIELD_MISSING, root.path("entries").toString());
        }
        for (JsonFields item : root.objects("entries")) {
            String path = item.requiredString("path");
            long size = item.requiredInteger("size", 0, Long.MAX_VALUE);
            String sha = item.requiredString("sha256");
            if (!SHA256.matcher(sha).matches()) {
                throw root.reject(BundleError.MANIFEST_SHA256, item.path("sha256").toString());
            }
            if (ENTRY.equals(path)) {
                throw root.reject(BundleError.MANIFEST_LISTS_ITSELF);
            }
            if (!paths.add(path)) {
                throw root.reject(BundleError.MANIFEST_PATH_DUPLICATE, EntryNames.display(path));
            }
            entries.add(new ManifestEntry(path, size, sha.toLowerCase(Locale.ROOT)));
        }
        return new Manifest(format, formatVersion, kind, bundleId, createdAt, source, entries);
    }

    private static int formatVersion(JsonFields root) {
        JsonNode value = root.raw("formatVersion");
        if (value == null || value.isNull()) {
            throw root.reject(BundleError.FORMAT_VERSION_MISSING);
        }
        if (!value.isIntegralNumber()) {
            throw root.reject(BundleError.JSON_TYPE_INTEGER, root.path("formatVersion").toString(), JsonFields.found(value, true));
        }
        BigInteger version = value.bigIntegerValue();
        if (version.signum() <= 0) {
            throw root.reject(BundleError.FORMAT_VERSION_INVALID, version);
        }
        if (version.compareTo(BigInteger.valueOf(Manifest.FORMAT_VERSION)) > 0) {
            throw root.reject(BundleError.FORMAT_VERSION_NEWER, version, Manifest.FORMAT_VERSION);
        }
        return version.intValue();
    }
}
