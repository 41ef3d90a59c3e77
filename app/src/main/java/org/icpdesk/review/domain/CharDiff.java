package org.icpdesk.review.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * A character-level difference between what was entered and what a certificate reads, for highlighting in the field
 * table: the read value cut into segments that the entered value shares (same) or not (changed), by the longest
 * common subsequence. Code points, so that CJK outside the BMP stays whole.
 */
public final class CharDiff {

    /** A run of the read value; {@code same} when the entered value has these characters at this place. */
    public record Segment(String text, boolean same) {
    }

    private CharDiff() {
    }

    /** The read value in segments against the entered one. */
    public static List<Segment> of(String entered, String read) {
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
        while (j < b.length) {
            boolean same;
            if (i < a.length && a[i] == b[j]) {
                same = true;
                i++;
            } else if (i < a.length && lcs[i + 1][j] >= lcs[i][j + 1]) {
                i++; // a character only the entered value has: nothing to show in the read value
                continue;
            } else {
                same = false;
            }
            if (run.length() > 0 && same != runSame) {
                out.add(new Segment(run.toString(), runSame));
                run.setLength(0);
            }
            runSame = same;
            run.appendCodePoint(b[j]);
            j++;
        }
        if (run.length() > 0) {
            out.add(new Segment(run.toString(), runSame));
        }
        return out;
    }
}
