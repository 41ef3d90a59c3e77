package org.icpdesk.ocr.service;

import org.icpdesk.ocr.domain.CertificateKind;
import org.icpdesk.ocr.domain.CertificateReading;

/**
 * Reads one certificate image end to end: decode, quality gate, preprocessing (orientation, deskew, crop, scale,
 * contrast; the stored original never changes), the engine(s), field extraction with domain corrections, boxes mapped
 * back to pixels of the original image. Safe to call from several threads (engines are kept per thread).
 */
public interface CertificateReader extends AutoCloseable {

    /** {@link CertificateReading#error()} of an image that cannot be decoded: a key of the i18n bundles. */
    String ERROR_UNDECODABLE = "ocr.error.undecodable";
    /** {@link CertificateReading#error()} when an engine failed on the image: a key of the i18n bundles. */
    String ERROR_ENGINE = "ocr.error.engine";

    /**
     * Reads the image; {@code kind} null classifies it (the {@code AUTO} of the {@code ocr} command). An image that
     * cannot be decoded or read gives a reading with {@code error} set to {@link #ERROR_UNDECODABLE} or
     * {@link #ERROR_ENGINE} (message keys, rendered in the user's language at the edge), never an exception.
     */
    CertificateReading read(byte[] image, CertificateKind kind);

    /** What produced the readings (engines, models, pipeline version): the OCR cache key beside the image hash. */
    String id();

    @Override
    void close();
}
