package org.icpdesk.rules.domain;

/** A value read from a material by OCR, with the engine's confidence (0 to 1). {@code value} is null when unreadable. */
public record OcrValue(String value, double confidence) {
    @Override
    public String toString() {
        return "OcrValue[confidence=" + confidence + "]";
    }
}
