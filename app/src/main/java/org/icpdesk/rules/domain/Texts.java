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
     * The comparable form of a value: NFKC (full width to half width), upper case, traditional characters of
     * {@link #TRADITIONAL} as simplified, without white space, punctuation or symbols. {@code 深圳市 南山区（科技园）} and {@code 深圳市南山区科技园} compare equal.
     */
    public static String normalize(String s) {
        if (s == null) {
            return "";
        }
        String folded = Normalizer.normalize(s, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(folded.length());
        folded.codePoints().filter(Character::isLetterOrDigit).map(Texts::simplified).forEach(out::appendCodePoint);
        return out.toString();
    }

    /**
     * Traditional characters common in names and addresses (Hong Kong, Macao and Taiwan documents, older seals) and
     * their simplified forms, position by position: enough for comparison, not a converter. One-to-many characters
     * whose simplified form depends on the word (乾, 著, 髮) are left out.
     */
    static final String TRADITIONAL = "\u570b\u83ef\u6771\u9580\u96fb\u7db2\u5340\u5ee3\u7e23\u93ae\u865f\u6a13\u5c64\u696d\u52d9\u969b\u6703\u5b78\u8853\u9ad4\u767c\u9054\u8a08\u8a2d\u5099\u5ef3\u9577\u5f35\u9673\u5289\u694a\u9ec3\u8d99\u5433\u5b6b\u99ac\u912d\u8b1d\u97d3\u99ae\u9127\u8a31\u856d\u9f8d\u842c\u8207\u96f2\u958b\u95dc\u7d93\u6fdf\u7522\u8cbf\u8cc7\u8a0a\u8edf\u5275\u5712\u5ec8\u5049\u5f37\u8ecd\u5091\u6fe4\u8f1d\u9e97\u8277\u9cf3\u7d05\u862d\u9435\u9280\u8eca\u6f22\u7063\u81fa\u965d\u907c\u5be7\u8607\u8cb4\u5167\u8c50\u6a4b\u838a\u5cf6\u5dba\u908a\u967d\u9109\u6a02\u5716\u66f8\u9928\u85dd\u6b77\u806f\u8655\u8fa6\u8c9d\u5bf6\u8208\u8056\u885b\u91ab\u85e5\u8fb2\u7121\u500b\u70ba\u4f86\u6642\u9593\u5f8c\u88e1\u88cf\u9019\u5c0d\u8aaa\u8a71\u982d\u984c\u9ede\u71c8\u9f4a\u9f61\u6b72\u8b49\u6b0a\u8a18\u8a3b\u518a\u78bc\u820a\u90f5\u905e\u8a02\u55ae\u7a31\u71df\u92b7\u8cfc\u8cb7\u8ce3\u50f9\u9322\u5e63\u8ca1\u96aa\u54e1\u7d44\u7e54\u5718\u9ee8\u8a9e\u8a5e\u7c21\u984f\u5713\u9060\u98db\u9ce5\u9b5a\u96de\u9d6c\u9d3b\u9ea5\u9f52\u5011\u89bd\u8996\u89c0\u5edf\u6b61\u7d61\u7dda\u7d71\u7dad\u7d50\u7d66\u7d00\u7d04\u7d1a\u7da0";
    static final String SIMPLIFIED = "\u56fd\u534e\u4e1c\u95e8\u7535\u7f51\u533a\u5e7f\u53bf\u9547\u53f7\u697c\u5c42\u4e1a\u52a1\u9645\u4f1a\u5b66\u672f\u4f53\u53d1\u8fbe\u8ba1\u8bbe\u5907\u5385\u957f\u5f20\u9648\u5218\u6768\u9ec4\u8d75\u5434\u5b59\u9a6c\u90d1\u8c22\u97e9\u51af\u9093\u8bb8\u8427\u9f99\u4e07\u4e0e\u4e91\u5f00\u5173\u7ecf\u6d4e\u4ea7\u8d38\u8d44\u8baf\u8f6f\u521b\u56ed\u53a6\u4f1f\u5f3a\u519b\u6770\u6d9b\u8f89\u4e3d\u8273\u51e4\u7ea2\u5170\u94c1\u94f6\u8f66\u6c49\u6e7e\u53f0\u9655\u8fbd\u5b81\u82cf\u8d35\u5185\u4e30\u6865\u5e84\u5c9b\u5cad\u8fb9\u9633\u4e61\u4e50\u56fe\u4e66\u9986\u827a\u5386\u8054\u5904\u529e\u8d1d\u5b9d\u5174\u5723\u536b\u533b\u836f\u519c\u65e0\u4e2a\u4e3a\u6765\u65f6\u95f4\u540e\u91cc\u91cc\u8fd9\u5bf9\u8bf4\u8bdd\u5934\u9898\u70b9\u706f\u9f50\u9f84\u5c81\u8bc1\u6743\u8bb0\u6ce8\u518c\u7801\u65e7\u90ae\u9012\u8ba2\u5355\u79f0\u8425\u9500\u8d2d\u4e70\u5356\u4ef7\u94b1\u5e01\u8d22\u9669\u5458\u7ec4\u7ec7\u56e2\u515a\u8bed\u8bcd\u7b80\u989c\u5706\u8fdc\u98de\u9e1f\u9c7c\u9e21\u9e4f\u9e3f\u9ea6\u9f7f\u4eec\u89c8\u89c6\u89c2\u5e99\u6b22\u7edc\u7ebf\u7edf\u7ef4\u7ed3\u7ed9\u7eaa\u7ea6\u7ea7\u7eff";

    /** The simplified form of a traditional character of {@link #TRADITIONAL}, else the character itself. */
    static int simplified(int codePoint) {
        int i = codePoint < 0x3400 ? -1 : TRADITIONAL.indexOf(codePoint);
        return i < 0 ? codePoint : SIMPLIFIED.charAt(i);
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
