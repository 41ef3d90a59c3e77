package org.icpdesk.ocr.service;

import org.icpdesk.ocr.engine.OcrException;

/** Creates the certificate readers of each engine configuration. */
public final class CertificateReaders {

    /**
     * Longest side of the image PP-OCR reads. Measured (CPU ms per image on one thread, every field right unless
     * said): cards 1024 px 580-830 ms, 800 px 580-680, 640 px 350-480; pages (licence 1400 x 1000) 1.6-2.1 s at
     * 1024, 1.2-1.4 s at 800, 1.0-1.3 s at 640. On 12 hard page variants (reduced to 55 %, noisy JPEG q50) 640 read
     * every field, 800 missed one; below 640 the licence's small print gets under 12 px (560 lost a registrant and
     * an address character on 36 images, 2026-11-23). Cards at 512 px (2026-11-23, back to back at load 5-10, 12 images
     * a run): ID fronts median 394 / 439 ms against 412 / 463 at 640 (p95 614 / 719 against 794 / 927), backs 293
     * against 313 (p95 355 against 444), the same fields read on those and on the 120-image set; 448 no cheaper.
     */
    static final int RAPID_CARD_SIDE = 512;
    static final int RAPID_PAGE_SIDE = 640;
    /** Longest side of the image Tesseract reads (it wants larger print than PP-OCR). */
    static final int TESSERACT_SIDE = 1400;

    private CertificateReaders() {
    }

    /**
     * A reader with the given engines; {@code threads} is how many threads PP-OCR's runtime may use for one image
     * (its calls are serialised process-wide); Tesseract gets one engine per calling thread.
     *
     * @throws OcrException when an engine cannot start (library or model missing)
     */
    public static CertificateReader create(Engines engines, int threads) throws OcrException {
        return new PipelineReader(engines, threads, RAPID_CARD_SIDE, RAPID_PAGE_SIDE, TESSERACT_SIDE);
    }
}
