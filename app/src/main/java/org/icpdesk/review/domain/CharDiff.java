package org.icpdesk.review.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * A character-level difference between what was entered and what a certificate reads, for highlighting in the field
 * table: the read value cut into segments that the entered value shares (same) or not (changed), by the longest
 * common subsequence. Code points, so that CJK outside the BMP stays whole.
 */
public final class CharDiff {

    /**
     * A run of the read value; {@code same} when the entered value has these characters at this place. A
     * {@code missing} run (only from {@link #withMissing}) holds entered characters the read value lacks at this place.
     */
    public record Segment(String text, boolean same, boolean missing) {
        public Segment(String text, boolean same) {
            this(text, same, false);
        }
    }

    private CharDiff() {
    }

    /** The read value in segments against the entered one. */
    public static List<Segment> of(String entered, String read) {
        return diff(entered, read, false);
    }

    /**
     * As {@link #of}, with the entered characters the read value dropped as {@code missing} segments where they would
     * stand: 芝罘区 read as 芝区 shows the 罘, where {@link #of} would show the read value all same. A reading with
     * characters of its own is shown as {@link #of} shows it.
     */
    public static List<Segment> withMissing(String entered, String read) {
        List<Segment> all = diff(entered, read, true);
        // Where the reading has characters of its own (5980 read as 868X), they say where it differs; struck-through
        // entered characters between them would be noise. Only a reading that merely dropped characters shows them.
        return all.stream().anyMatch(CharDiff::changed) ? diff(entered, read, false) : all;
    }

    private static boolean changed(Segment s) {
        return !s.same() && !s.missing();
    }

    private static List<Segment> diff(String entered, String read, boolean missing) {
        int[] a = entered.codePoints().toArray();
        int[] b = read.codePoints().toArray();
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Segment> out = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        boolean runSame = true;
        int i = 0;
        int j = 0;
        StringBuilder lacking = new StringBuilder();
        while (j < b.length) {
            boolean same;
            if (i < a.length && a[i] == b[j]) {
                same = true;
                i++;
            } else if (i < a.length && lcs[i + 1][j] >= lcs[i][j + 1]) {
                if (missing) {
                    flush(out, run, runSame);
                    lacking.appendCodePoint(a[i]);
                }
                i++; // a character only the entered value has: not in the read value
                continue;
            } else {
                same = false;
            }
            if (lacking.length() > 0) {
                out.add(new Segment(lacking.toString(), false, true));
                lacking.setLength(0);
            }
            if (run.length() > 0 && same != runSame) {
                flush(out, run, runSame);
            }
            runSame = same;
            run.appendCodePoint(b[j]);
            j++;
        }
        flush(out, run, runSame);
        if (missing) {
            while (i < a.length) {
                lacking.appendCodePoint(a[i++]);
            }
            if (lacking.length() > 0) {
                out.add(new Segment(lacking.toString(), false, true));
            }
        }
        return out;
    }

    private static void flush(List<Segment> out, StringBuilder run, boolean same) {
        if (run.length() > 0) {
            out.add(new Segment(run.toString(), same));
            run.setLength(0);
        }
    }
}
