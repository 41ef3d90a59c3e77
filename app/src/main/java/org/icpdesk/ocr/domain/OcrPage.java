package org.icpdesk.ocr.domain;

import java.util.List;

/** What an engine read from one image: its lines in reading order (top to bottom, left to right) and the image size. */
public record OcrPage(int width, int height, List<TextLine> lines) {

    public OcrPage {
        lines = List.copyOf(lines);
    }

    /** All lines joined with newlines, for classification and debugging (personal data: never log it). */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (TextLine l : lines) {
            sb.append(l.text()).append('\n');
        }
        return sb.toString();
    }
}
