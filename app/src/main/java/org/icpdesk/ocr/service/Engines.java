package org.icpdesk.ocr.service;

import java.util.Locale;

/** The engine configurations a reader can use; {@link #DEFAULT} is chosen by the measured accuracy (ADR 0005). */
public enum Engines {
    /** PP-OCR only. */
    RAPIDOCR,
    /** Tesseract chi_sim only. */
    TESSERACT,
    /** PP-OCR, with Tesseract's reading taken for a field only where it validates and PP-OCR's does not. */
    COMBINED;

    public static final Engines DEFAULT = RAPIDOCR;

    /**
     * The OCR cache key of this configuration, known without starting an engine. It carries the reader's one
     * {@link PipelineReader#PIPELINE_VERSION}, so that bumping it makes the cached readings of older versions be read again.
     */
    public String cacheKey() {
        return PipelineReader.PIPELINE_VERSION + "/" + name().toLowerCase(Locale.ROOT) + "/ppocr-v4+chi_sim";
    }

    public static Engines parse(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }
}
