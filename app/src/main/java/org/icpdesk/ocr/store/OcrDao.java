package org.icpdesk.ocr.store;

import java.util.List;
import java.util.Optional;
import org.icpdesk.ocr.domain.CertificateKind;
import org.icpdesk.store.Tx;

/** The OCR cache: readings by image hash, reader id and kind; and which stored images still wait for a reading. */
public interface OcrDao {

    /** A material image to read: its hash and the kind its material declares. */
    record ImageToRead(String sha256, CertificateKind kind) {
    }

    /** A material of an order with its image hash. */
    record MaterialImage(String materialId, String kind, String sha256) {
    }

    /** A stored reading as the service encoded it: quality problems (comma-separated), fields JSON, error or null. */
    record StoredReading(String sha256, String reader, CertificateKind kind, String problems, String fields, String error, long millis) {
    }

    Optional<StoredReading> find(Tx tx, String sha256, String reader, CertificateKind kind);

    /** Stores a reading, replacing one with the same key (the same reader reads the same image the same way). */
    void insert(Tx tx, StoredReading reading);

    /** Images of the given kinds that have no reading by {@code reader} yet, newest orders first, at most {@code limit}. */
    List<ImageToRead> unread(Tx tx, String reader, List<CertificateKind> kinds, int limit);

    /** How many distinct images of those kinds have no reading by {@code reader}. */
    long countUnread(Tx tx, String reader, List<CertificateKind> kinds);

    /** The materials of the stored order (current version) with their image hashes. */
    List<MaterialImage> materials(Tx tx, String orderId);

    Optional<byte[]> image(Tx tx, String sha256);

    /** The stored orders that carry the image. */
    List<String> ordersWithImage(Tx tx, String sha256);

    /** A stored reading of one material of an order. */
    record MaterialReading(String orderId, String materialId, StoredReading reading) {
    }

    /** The readings by {@code reader} of the certificate materials of the given orders, in one query. */
    List<MaterialReading> readingsOf(Tx tx, String reader, java.util.Collection<String> orderIds);
}
