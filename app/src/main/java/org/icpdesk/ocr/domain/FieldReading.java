package org.icpdesk.ocr.domain;

/**
 * One field read from a certificate: the value as printed (normalised as spec/cli.md says), the confidence (0 to 1),
 * the box in pixels of the original image, and whether domain knowledge corrected what the engine read (a check digit,
 * a confusable character, a date). {@code value} and {@code box} are null when the field could not be read.
 */
public record FieldReading(String value, double confidence, Box box, boolean corrected) {

    public static FieldReading unread() {
        return new FieldReading(null, 0, null, false);
    }

    public boolean isRead() {
        return value != null;
    }

    @Override
    public String toString() {
        return "FieldReading[" + (value == null ? "unread" : "chars=" + value.length()) + ", confidence=" + confidence
                + ", box=" + box + ", corrected=" + corrected + "]";
    }
}
