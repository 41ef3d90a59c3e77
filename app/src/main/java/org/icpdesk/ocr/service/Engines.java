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
     * Version of everything between the engine output and the fields (preprocessing, extraction, corrections). Bump it
     * when a change alters readings: cached readings of older versions are then read again.
     */
    public static final int PIPELINE_VERSION = 1;

    /** The OCR cache key of this configuration, known without starting an engine. */
    public String cacheKey() {
        return name().toLowerCase(Locale.ROOT) + "/ppocr-v4+chi_sim/p" + PIPELINE_VERSION;
    }

    public static Engines parse(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }
}
