package org.icpdesk.bundle.store;

import java.time.OffsetDateTime;
import org.icpdesk.store.Tx;

/** The bundles imported into or exported from this store. */
public interface BundleDao {
    record ImportedBundle(String bundleId, String kind, String fileName, String sha256, OffsetDateTime createdAt, String source,
                          OffsetDateTime importedAt, String actor, int added, int updated, int unchanged, int conflicts) {
    }

    boolean exists(Tx tx, String bundleId);

    void insert(Tx tx, ImportedBundle bundle);

    void updateCounts(Tx tx, String bundleId, int added, int updated, int unchanged, int conflicts);

    long count(Tx tx);
}
