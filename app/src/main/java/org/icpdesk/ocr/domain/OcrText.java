package org.icpdesk.ocr.domain;

/** Character-level clean-up of engine text: width folding, label noise, confusable characters. */
public final class OcrText {

    /** Characters engines put between a label and its value (quotes, colons, spaces) that belong to neither. */
    static final String NOISE = " \t\u3000“”\"'‘’:：;；·•_|`、";

    private OcrText() {
    }

    /** Full-width ASCII (U+FF01..U+FF5E) folded to half width and the ideographic space to a space. */
    public static String foldWidth(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                sb.append((char) (c - 0xFEE0));
            } else if (c == '\u3000') {
                sb.append(' ');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static boolean isNoise(char c) {
        return NOISE.indexOf(c) >= 0;
    }

    /** {@code s} without leading and trailing noise characters. */
    public static String trimNoise(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && isNoise(s.charAt(a))) {
            a++;
        }
        while (b > a && isNoise(s.charAt(b - 1))) {
            b--;
        }
        return s.substring(a, b);
    }

    /** {@code s} without any noise character and without spaces: for names and Chinese text. */
    public static String removeNoise(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isNoise(c) || c == '·') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The digit a character that looks like one stands for ({@code O D Q o → 0}, {@code I l | → 1}, ...), else the character. */
    public static char asDigit(char c) {
        switch (c) {
            case 'O': case 'o': case 'D': case 'Q': case 'U':
                return '0';
            case 'I': case 'l': case 'i': case '|': case 'L': case '!': case 'J':
                return '1';
            case 'Z': case 'z':
                return '2';
            case 'S': case 's':
                return '5';
            case 'b': case 'G':
                return '6';
            case 'T':
                return '7';
            case 'B':
                return '8';
            case 'g': case 'q':
                return '9';
            default:
                return c;
        }
    }

    /** True for a Han character (CJK ideograph). */
    public static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** How many places two strings of the same length differ in (a label or code read with wrong characters). */
    static int differences(String a, String b) {
        int n = 0;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                n++;
            }
        }
        return n;
    }
}
