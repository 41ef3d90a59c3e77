package org.icpdesk.rules.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Text normalisation and similarity for comparing what was entered with what a document says. Pure functions. */
public final class Texts {
    private Texts() {
    }

    /** True when {@code s} is null or only white space (any width). */
    public static boolean isBlank(String s) {
        return s == null || s.strip().isEmpty() || Normalizer.normalize(s, Normalizer.Form.NFKC).strip().isEmpty();
    }

    /** Full-width letters, digits and punctuation folded to half width (NFKC), trimmed. Null stays null. */
    public static String fold(String s) {
        return s == null ? null : Normalizer.normalize(s, Normalizer.Form.NFKC).strip();
    }

    /**
     * The comparable form of a value: NFKC (full width to half width), upper case, without white space,
     * punctuation or symbols. {@code 深圳市 南山区（科技园）} and {@code 深圳市南山区科技园} compare equal.
     */
    public static String normalize(String s) {
        if (s == null) {
            return "";
        }
        String folded = Normalizer.normalize(s, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(folded.length());
        folded.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString();
    }

    /** Similarity of the normalised forms, 1 = equal, 0 = nothing in common (1 - Levenshtein distance / longer length). */
    public static double similarity(String a, String b) {
        int[] x = normalize(a).codePoints().toArray();
        int[] y = normalize(b).codePoints().toArray();
        int longer = Math.max(x.length, y.length);
        if (longer == 0) {
            return 1.0;
        }
        return 1.0 - (double) levenshtein(x, y) / longer;
    }

    static int levenshtein(int[] a, int[] b) {
        int[] prev = new int[b.length + 1];
        int[] cur = new int[b.length + 1];
        for (int j = 0; j <= b.length; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length; i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length; j++) {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length];
    }

    /** True when the code point is a CJK unified ideograph (汉字). */
    public static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    /** Number of Chinese characters in {@code s}. */
    public static int hanCount(String s) {
        return s == null ? 0 : (int) s.codePoints().filter(Texts::isHan).count();
    }

    /** The words of {@code words} that occur in {@code text} (compared after NFKC folding), in list order, without repeats. */
    public static List<String> occurring(String text, List<String> words) {
        List<String> hits = new ArrayList<>();
        if (text == null) {
            return hits;
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT);
        for (String w : words) {
            String fw = Normalizer.normalize(w, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT);
            if (!fw.isEmpty() && folded.contains(fw) && !hits.contains(w)) {
                hits.add(w);
            }
        }
        return hits;
    }

    /** The words of {@code words} that {@code text} starts with (after NFKC folding and trimming). */
    public static List<String> leading(String text, List<String> words) {
        List<String> hits = new ArrayList<>();
        if (text == null) {
            return hits;
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).strip().toUpperCase(Locale.ROOT);
        for (String w : words) {
            String fw = Normalizer.normalize(w, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT);
            if (!fw.isEmpty() && folded.startsWith(fw) && !hits.contains(w)) {
                hits.add(w);
            }
        }
        return hits;
    }

    /**
     * Whether {@code text} follows {@code template}, a text whose variable parts are marked 【...】 or “...”: every fixed
     * part occurs in order (compared in normalised form).
     */
    public static boolean followsTemplate(String text, String template) {
        String t = normalize(text);
        int from = 0;
        for (String part : fixedParts(template)) {
            String p = normalize(part);
            if (p.isEmpty()) {
                continue;
            }
            int at = t.indexOf(p, from);
            if (at < 0) {
                return false;
            }
            from = at + p.length();
        }
        return true;
    }

    static List<String> fixedParts(String template) {
        List<String> parts = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '\u3010' || c == '\u201C') {        // 【 or “ opens a variable part
                depth++;
                parts.add(cur.toString());
                cur.setLength(0);
            } else if ((c == '\u3011' || c == '\u201D') && depth > 0) {  // 】 or ” closes it
                depth--;
            } else if (depth == 0) {
                cur.append(c);
            }
        }
        parts.add(cur.toString());
        return parts;
    }
}
