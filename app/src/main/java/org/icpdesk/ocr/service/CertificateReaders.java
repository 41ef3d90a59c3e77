package org.icpdesk.ocr.service;

import org.icpdesk.ocr.engine.OcrException;

/** Creates the certificate readers of each engine configuration. */
public final class CertificateReaders {

    /**
     * Longest side of the image PP-OCR reads, measured on the demo certificates (see docs/decisions and README):
     * the cards keep their size, larger pages are reduced, detection time falls with the pixel count.
     */
    static final int RAPID_MAX_SIDE = Integer.getInteger("ro.side", 1024);
    /** Longest side of the image Tesseract reads. */
    static final int TESSERACT_MAX_SIDE = Integer.getInteger("ts.side", 1400);

    private CertificateReaders() {
    }

    /**
     * A reader with the given engines; {@code threads} is how many threads PP-OCR's runtime may use for one image
     * (its calls are serialised process-wide); Tesseract gets one engine per calling thread.
     *
     * @throws OcrException when an engine cannot start (library or model missing)
     */
    public static CertificateReader create(Engines engines, int threads) throws OcrException {
        return new PipelineReader(engines, threads, RAPID_MAX_SIDE, TESSERACT_MAX_SIDE);
    }
}
