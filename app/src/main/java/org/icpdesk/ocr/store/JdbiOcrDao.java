package org.icpdesk.ocr.store;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.icpdesk.ocr.domain.CertificateKind;
import org.icpdesk.store.JdbiTx;
import org.icpdesk.store.Tx;

public final class JdbiOcrDao implements OcrDao {

    @Override
    public Optional<StoredReading> find(Tx tx, String sha256, String reader, CertificateKind kind) {
        return JdbiTx.handle(tx).createQuery("SELECT problems, fields, error, millis FROM ocr_reading WHERE sha256 = :sha AND reader = :reader AND kind = :kind")
                .bind("sha", sha256).bind("reader", reader).bind("kind", kind.name())
                .map((rs, ctx) -> new StoredReading(sha256, reader, kind, rs.getString("problems"), rs.getString("fields"),
                        rs.getString("error"), rs.getLong("millis")))
                .findFirst();
    }

    @Override
    public void insert(Tx tx, StoredReading r) {
        JdbiTx.handle(tx).createUpdate("MERGE INTO ocr_reading (sha256, reader, kind, problems, fields, error, millis, read_at) "
                        + "KEY (sha256, reader, kind) VALUES (:sha, :reader, :kind, :problems, :fields, :error, :millis, :at)")
                .bind("sha", r.sha256()).bind("reader", r.reader()).bind("kind", r.kind().name())
                .bind("problems", r.problems())
                .bind("fields", r.fields())
                .bind("error", r.error() == null ? null : truncate(r.error(), 1000))
                .bind("millis", (int) Math.min(Integer.MAX_VALUE, r.millis()))
                .bind("at", OffsetDateTime.now(ZoneOffset.UTC))
                .execute();
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    @Override
    public List<ImageToRead> unread(Tx tx, String reader, List<CertificateKind> kinds, int limit) {
        return JdbiTx.handle(tx).createQuery("SELECT m.sha256, m.kind, MAX(o.submitted_at) AS newest FROM material m "
                        + "JOIN orders o ON o.id = m.order_id "
                        + "WHERE m.kind IN (<kinds>) AND NOT EXISTS (SELECT 1 FROM ocr_reading r WHERE r.sha256 = m.sha256 "
                        + "AND r.reader = :reader AND r.kind = m.kind) "
                        + "GROUP BY m.sha256, m.kind ORDER BY newest DESC LIMIT :limit")
                .bindList("kinds", kinds.stream().map(Enum::name).toList())
                .bind("reader", reader).bind("limit", limit)
                .map((rs, ctx) -> new ImageToRead(rs.getString("sha256"), CertificateKind.valueOf(rs.getString("kind"))))
                .list();
    }

    @Override
    public long countUnread(Tx tx, String reader, List<CertificateKind> kinds) {
        return JdbiTx.handle(tx).createQuery("SELECT COUNT(*) FROM (SELECT DISTINCT m.sha256, m.kind FROM material m "
                        + "WHERE m.kind IN (<kinds>) AND NOT EXISTS (SELECT 1 FROM ocr_reading r WHERE r.sha256 = m.sha256 "
                        + "AND r.reader = :reader AND r.kind = m.kind))")
                .bindList("kinds", kinds.stream().map(Enum::name).toList())
                .bind("reader", reader)
                .mapTo(Long.class).one();
    }

    @Override
    public List<MaterialImage> materials(Tx tx, String orderId) {
        return JdbiTx.handle(tx).createQuery("SELECT material_id, kind, sha256 FROM material WHERE order_id = :id ORDER BY material_id")
                .bind("id", orderId)
                .map((rs, ctx) -> new MaterialImage(rs.getString("material_id"), rs.getString("kind"), rs.getString("sha256")))
                .list();
    }

    @Override
    public Optional<byte[]> image(Tx tx, String sha256) {
        return JdbiTx.handle(tx).createQuery("SELECT data FROM blob WHERE sha256 = :sha").bind("sha", sha256)
                .mapTo(byte[].class).findFirst();
    }

    @Override
    public List<MaterialReading> readingsOf(Tx tx, String reader, java.util.Collection<String> orderIds) {
        if (orderIds.isEmpty()) {
            return List.of();
        }
        return JdbiTx.handle(tx).createQuery("SELECT m.order_id, m.material_id, m.sha256, r.kind, r.problems, r.fields, r.error, r.millis "
                        + "FROM material m JOIN ocr_reading r ON r.sha256 = m.sha256 AND r.kind = m.kind AND r.reader = :reader "
                        + "WHERE m.order_id IN (<ids>)")
                .bind("reader", reader).bindList("ids", List.copyOf(orderIds))
                .map((rs, ctx) -> new MaterialReading(rs.getString("order_id"), rs.getString("material_id"),
                        new StoredReading(rs.getString("sha256"), reader, CertificateKind.valueOf(rs.getString("kind")),
                                rs.getString("problems"), rs.getString("fields"), rs.getString("error"), rs.getLong("millis"))))
                .list();
    }

    @Override
    public List<String> ordersWithImage(Tx tx, String sha256) {
        return JdbiTx.handle(tx).createQuery("SELECT DISTINCT order_id FROM material WHERE sha256 = :sha").bind("sha", sha256)
                .mapTo(String.class).list();
    }
}
