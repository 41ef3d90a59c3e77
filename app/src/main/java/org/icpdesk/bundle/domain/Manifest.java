package org.icpdesk.bundle.domain;

import java.time.OffsetDateTime;
import java.util.List;

/** {@code manifest.json} of a bundle (bundle format v1). */
public record Manifest(
        String format,
        int formatVersion,
        String kind,
        String bundleId,
        OffsetDateTime createdAt,
        String source,
        List<ManifestEntry> entries) {

    public static final String FORMAT = "icp-review-bundle";
    public static final int FORMAT_VERSION = 1;
    public static final String KIND_ORDERS = "orders";
    public static final String KIND_DECISIONS = "decisions";

    public Manifest {
        entries = entries == null ? List.of() : List.copyOf(entries);
    }
}
