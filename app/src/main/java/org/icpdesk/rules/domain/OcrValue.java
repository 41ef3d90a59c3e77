package org.icpdesk.rules.domain;

/**
 * A value read from a material by OCR, with the engine's confidence (0 to 1), whether domain knowledge corrected it (a
 * check digit, a confusable character) and where it is printed ({@code area}, pixels of the original image, or null).
 * {@code value} is null when unreadable.
 */
public record OcrValue(String value, double confidence, boolean corrected, Area area) {

    public OcrValue(String value, double confidence) {
        this(value, confidence, false, null);
    }

    /** A rectangle in pixels of the material's original image. */
    public record Area(int x, int y, int width, int height) {
    }

    @Override
    public String toString() {
        return "OcrValue[confidence=" + confidence + ", corrected=" + corrected + "]";
    }
}
