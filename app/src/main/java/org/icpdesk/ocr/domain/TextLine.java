package org.icpdesk.ocr.domain;

/**
 * One line of text an engine read, with its confidence (0 to 1) and its box in pixels of the image the engine saw.
 * The text may contain personal data: never log it.
 */
public record TextLine(String text, double confidence, Box box) {

    @Override
    public String toString() {
        return "TextLine[chars=" + text.length() + ", confidence=" + confidence + ", box=" + box + "]";
    }
}
