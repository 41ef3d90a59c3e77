package org.icpdesk.bundle.store;

import org.icpdesk.store.JdbiTx;
import org.icpdesk.store.Tx;

public final class JdbiBundleDao implements BundleDao {
    @Override
    public boolean exists(Tx tx, String bundleId) {
        return JdbiTx.handle(tx).createQuery("SELECT COUNT(*) FROM imported_bundle WHERE bundle_id = :id")
                .bind("id", bundleId).mapTo(Integer.class).one() > 0;
    }

    @Override
    public void insert(Tx tx, ImportedBundle b) {
        JdbiTx.handle(tx).createUpdate("INSERT INTO imported_bundle (bundle_id, kind, file_name, sha256, created_at, source, imported_at, "
                        + "actor, orders_added, orders_updated, orders_unchanged, orders_conflicts) VALUES (:id, :kind, :file, :sha, "
                        + ":created, :source, :imported, :actor, :added, :updated, :unchanged, :conflicts)")
                .bind("id", b.bundleId()).bind("kind", b.kind()).bind("file", b.fileName()).bind("sha", b.sha256())
                .bind("created", b.createdAt()).bind("source", b.source()).bind("imported", b.importedAt()).bind("actor", b.actor())
                .bind("added", b.added()).bind("updated", b.updated()).bind("unchanged", b.unchanged()).bind("conflicts", b.conflicts())
                .execute();
    }

    @Override
    public void updateCounts(Tx tx, String bundleId, int added, int updated, int unchanged, int conflicts) {
        JdbiTx.handle(tx).createUpdate("UPDATE imported_bundle SET orders_added = :added, orders_updated = :updated, "
                        + "orders_unchanged = :unchanged, orders_conflicts = :conflicts WHERE bundle_id = :id")
                .bind("id", bundleId).bind("added", added).bind("updated", updated).bind("unchanged", unchanged)
                .bind("conflicts", conflicts).execute();
    }

    @Override
    public long count(Tx tx) {
        return JdbiTx.handle(tx).createQuery("SELECT COUNT(*) FROM imported_bundle").mapTo(Long.class).one();
    }
}
