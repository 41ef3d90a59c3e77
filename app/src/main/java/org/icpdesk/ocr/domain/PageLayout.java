package org.icpdesk.ocr.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The lines of one page prepared for field extraction: each line's text cleaned of label noise (quotes, colons,
 * spaces; full width folded) with the printed labels of a kind found in it, labels split over two engine lines
 * joined, lines in reading order.
 */
final class PageLayout {

    /** A label found in a line's cleaned text at {@code [start, end)}. */
    record Hit(Labels.Label label, int start, int end) {
    }

    /** A line: the engine's line, its cleaned text, where each cleaned character came from, and its labels. */
    static final class Row {
        final TextLine line;
        final String clean;
        final int[] origin;
        final List<Hit> hits = new ArrayList<>();

        Row(TextLine line) {
            this.line = line;
            String folded = OcrText.foldWidth(line.text());
            StringBuilder sb = new StringBuilder();
            int[] o = new int[folded.length()];
            for (int i = 0; i < folded.length(); i++) {
                char c = folded.charAt(i);
                if (!OcrText.isNoise(c)) {
                    o[sb.length()] = i;
                    sb.append(c);
                }
            }
            this.clean = sb.toString();
            this.origin = java.util.Arrays.copyOf(o, clean.length());
        }

        Box box() {
            return line.box();
        }

        int height() {
            return Math.max(1, line.box().height());
        }

        boolean startsWithLabel() {
            return !hits.isEmpty() && hits.get(0).start() == 0;
        }

        /** The part of the line's box covering cleaned characters {@code [start, end)}, by their share of the text. */
        Box part(int start, int end) {
            if (start <= 0 && end >= clean.length()) {
                return line.box();
            }
            int len = Math.max(1, line.text().length());
            int from = start < clean.length() ? origin[start] : len;
            int to = end > 0 ? origin[Math.min(end, clean.length()) - 1] + 1 : 0;
            Box b = line.box();
            int x0 = b.x() + (int) Math.round(b.width() * (double) from / len);
            int x1 = b.x() + (int) Math.round(b.width() * (double) to / len);
            return new Box(x0, b.y(), Math.max(0, x1 - x0), b.height());
        }

        /** The cleaned text up to the first label, from {@code start}. */
        int endOfValue(int start) {
            for (Hit h : hits) {
                if (h.start() >= start) {
                    return h.start();
                }
            }
            return clean.length();
        }
    }

    final List<Row> rows = new ArrayList<>();

    PageLayout(OcrPage page, CertificateKind kind) {
        List<TextLine> lines = new ArrayList<>(page.lines());
        lines.sort(Comparator.comparingInt((TextLine l) -> l.box().y()).thenComparingInt(l -> l.box().x()));
        List<Labels.Label> labels = Labels.of(kind);
        lines = joinSplitLabels(lines, labels);
        for (TextLine l : lines) {
            Row r = new Row(l);
            findLabels(r, labels);
            rows.add(r);
        }
    }

    /** Joins a line holding the start of a label with the line to its right holding the rest (姓 | 名, 住 | 所). */
    private static List<TextLine> joinSplitLabels(List<TextLine> lines, List<Labels.Label> labels) {
        List<TextLine> out = new ArrayList<>(lines);
        for (int i = 0; i < out.size(); i++) {
            TextLine a = out.get(i);
            String ca = OcrText.removeNoise(OcrText.foldWidth(a.text()));
            if (ca.isEmpty() || ca.length() > 3) {
                continue;
            }
            for (Labels.Label label : labels) {
                if (label.text().length() <= ca.length() || !label.text().startsWith(ca)) {
                    continue;
                }
                TextLine b = nearestRight(out, a);
                if (b == null) {
                    continue;
                }
                String cb = OcrText.removeNoise(OcrText.foldWidth(b.text()));
                if ((ca + cb).startsWith(label.text()) && b.box().x() - a.box().right() < 4 * a.box().height()) {
                    TextLine joined = new TextLine(a.text() + b.text(), Math.min(a.confidence(), b.confidence()), a.box().union(b.box()));
                    out.set(i, joined);
                    out.remove(b);
                    break;
                }
            }
        }
        return out;
    }

    private static TextLine nearestRight(List<TextLine> lines, TextLine a) {
        TextLine best = null;
        for (TextLine l : lines) {
            if (l != a && l.box().x() >= a.box().right() - a.box().height() / 2 && l.box().verticalOverlap(a.box()) >= 0.5
                    && (best == null || l.box().x() < best.box().x())) {
                best = l;
            }
        }
        return best;
    }

    private static void findLabels(Row r, List<Labels.Label> labels) {
        String s = r.clean;
        int i = 0;
        while (i < s.length()) {
            Labels.Label found = null;
            for (Labels.Label l : labels) {
                if (s.startsWith(l.text(), i)) {
                    found = l;
                    break;
                }
            }
            if (found != null) {
                r.hits.add(new Hit(found, i, i + found.text().length()));
                i += found.text().length();
                continue;
            }
            Hit fuzzy = i == 0 ? fuzzyAtStart(s, labels) : embeddedWithOneLost(s, i, labels);
            if (fuzzy != null) {
                r.hits.add(fuzzy);
                i = fuzzy.end();
                continue;
            }
            i++;
        }
    }

    /** A label of four or more characters at the start with one character misread or lost (公民身份码). */
    private static Hit fuzzyAtStart(String s, List<Labels.Label> labels) {
        for (Labels.Label l : labels) {
            String t = l.text();
            if (t.length() < 4) {
                continue;
            }
            if (s.length() >= t.length() && OcrText.differences(s.substring(0, t.length()), t) == 1) {
                return new Hit(l, 0, t.length());
            }
            if (s.length() >= t.length() - 1) {
                String p = s.substring(0, t.length() - 1);
                for (int k = 0; k < t.length(); k++) {
                    if (p.equals(t.substring(0, k) + t.substring(k + 1))) {
                        return new Hit(l, 0, t.length() - 1);
                    }
                }
            }
        }
        return null;
    }

    /**
     * A label of four or more characters inside a line, at {@code i}, with one inner character lost: the detector
     * joined a value with the next cell and the recogniser dropped a character of its label (注资本 in
     * 杭州市星河文化传播有限责任公注资本壹拾万元整). The label's first and last characters must be read.
     */
    private static Hit embeddedWithOneLost(String s, int i, List<Labels.Label> labels) {
        for (Labels.Label l : labels) {
            String t = l.text();
            if (t.length() < 4 || s.length() - i < t.length() - 1 || s.charAt(i) != t.charAt(0)) {
                continue;
            }
            for (int k = 1; k < t.length() - 1; k++) {
                if (s.startsWith(t.substring(0, k) + t.substring(k + 1), i)) {
                    return new Hit(l, i, i + t.length() - 1);
                }
            }
        }
        return null;
    }

    /** How many distinct labels of the kind the page shows. */
    int labelCount() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Row r : rows) {
            for (Hit h : r.hits) {
                seen.add(h.label().field() == null ? h.label().text() : h.label().field());
            }
        }
        return seen.size();
    }
}
