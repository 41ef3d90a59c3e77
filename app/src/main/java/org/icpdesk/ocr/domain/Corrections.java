package org.icpdesk.ocr.domain;

import java.net.IDN;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Domain knowledge applied to the text an engine read for one field: formats (dates, sex, the 56 ethnicities,
 * domains), check characters (GB 11643, GB 32100) and characters engines confuse. Each function says whether it
 * changed the engine's reading ({@code corrected}) and whether the result passes the field's validation
 * ({@code valid}); the combined reader re-reads a field whose value is not valid.
 */
public final class Corrections {

    /** A corrected value; {@code value} null when nothing usable was read. */
    public record Corrected(String value, boolean corrected, boolean valid) {
        static Corrected none() {
            return new Corrected(null, false, false);
        }
    }

    /** The 56 ethnic groups of China as the ID card prints them (without 族). */
    public static final List<String> ETHNICITIES = List.of("汉", "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜",
            "满", "侗", "瑶", "白", "土家", "哈尼", "哈萨克", "傣", "黎", "傈僳", "佤", "畲", "高山", "拉祜", "水", "东乡", "纳西",
            "景颇", "柯尔克孜", "土", "达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米", "塔吉克", "怒",
            "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安", "裕固", "京", "塔塔尔", "独龙", "鄂伦春", "赫哲", "门巴", "珞巴", "基诺");

    /**
     * Below this engine confidence a same-length repair (a confusable character, a birth date) may change a value
     * that fails its check; at or above it the reading stands as printed, invalid, for the reviewer to see.
     */
    public static final double REPAIR_BELOW = 0.9;

    private static final String CREDIT_CONFUSABLE_GROUPS = "0D|8B|6G|UV|YV|1T|2Z|5S";

    private Corrections() {
    }

    // ---- ID numbers -------------------------------------------------------------------------------------------

    /**
     * An ID number: digits de-confused, a lost or extra digit repaired when exactly one repair passes the check digit
     * and agrees with the birth date printed on the card ({@code birth}, may be null) and the sex ({@code sex}, may be
     * null); a wrong birth date inside the number replaced by the printed one when that makes the check digit agree.
     */
    public static Corrected idNumber(String raw, LocalDate birth, String sex) {
        return idNumber(raw, birth, sex, 0);
    }

    /**
     * As {@link #idNumber(String, LocalDate, String)}; a substitution that keeps the length (the printed birth date
     * put into the number) only when the engine's {@code confidence} is below {@link #REPAIR_BELOW}: a number the
     * engine read with confidence is what the certificate shows, even with a wrong check digit (a forgery to flag).
     */
    public static Corrected idNumber(String raw, LocalDate birth, String sex, double confidence) {
        if (raw == null) {
            return Corrected.none();
        }
        String s = OcrText.foldWidth(raw);
        StringBuilder sb = new StringBuilder();
        boolean changed = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (CheckCodes.isAsciiDigit(c)) {
                sb.append(c);
            } else if (c == 'X' || c == 'x' || c == '×' || c == 'χ' || c == 'Χ') {
                sb.append('X');
                changed |= c != 'X';
            } else if (OcrText.isNoise(c) || c == '-' || c == '.' || c == ',') {
                continue;
            } else {
                char d = OcrText.asDigit(c);
                changed = true;
                if (CheckCodes.isAsciiDigit(d)) {
                    sb.append(d);
                }
            }
        }
        // an X is only possible as the check character: elsewhere it is noise or a misread 4 or 1
        String t = sb.toString();
        if (t.length() > 18 && t.indexOf('X') >= 0 && t.indexOf('X') < t.length() - 1) {
            t = t.substring(0, t.length() - 1).replace("X", "") + t.charAt(t.length() - 1);
            changed = true;
        }
        if (t.isEmpty()) {
            return Corrected.none();
        }
        if (CheckCodes.isValidIdNumber(t) && agrees(t, birth, sex)) {
            return new Corrected(t, changed, true);
        }
        Set<String> candidates = new LinkedHashSet<>();
        if (t.length() == 19) {
            for (int i = 0; i < 19; i++) {
                candidates.add(t.substring(0, i) + t.substring(i + 1));
            }
        } else if (t.length() == 17) {
            for (int i = 0; i <= 17; i++) {
                for (char d = '0'; d <= '9'; d++) {
                    candidates.add(t.substring(0, i) + d + t.substring(i));
                }
            }
            candidates.add(t + 'X');
        } else if (t.length() == 18 && birth != null && confidence < REPAIR_BELOW) {
            String printed = String.format(Locale.ROOT, "%04d%02d%02d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth());
            candidates.add(t.substring(0, 6) + printed + t.substring(14));
        }
        String found = null;
        for (String c : candidates) {
            if (CheckCodes.isValidIdNumber(c) && agrees(c, birth, sex) && (birth != null || t.length() != 17)) {
                if (found != null && !found.equals(c)) {
                    found = null;
                    break;
                }
                found = c;
            }
        }
        if (found != null) {
            return new Corrected(found, true, true);
        }
        return new Corrected(t, changed, false);
    }

    private static boolean agrees(String id, LocalDate birth, String sex) {
        if (birth != null && !id.substring(6, 14).equals(String.format(Locale.ROOT, "%04d%02d%02d", birth.getYear(),
                birth.getMonthValue(), birth.getDayOfMonth()))) {
            return false;
        }
        if (sex != null && (sex.equals("男") || sex.equals("女"))) {
            boolean odd = (id.charAt(16) - '0') % 2 == 1;
            return odd == sex.equals("男");
        }
        return true;
    }

    /** The birth date inside a valid ID number, or null. */
    public static LocalDate birthOf(String id) {
        return id != null && id.length() == 18 ? Dates.parseCompact(id.substring(6, 14)) : null;
    }

    // ---- credit codes -----------------------------------------------------------------------------------------

    /**
     * A unified social credit code: upper case, letters outside the alphabet (I O Z S V) and letters in the all-digit
     * region code mapped to the digits they resemble, then, if the check character disagrees, the one substitution of
     * a confusable character (0/D, 8/B, 6/G, ...) that makes it agree, if exactly one does.
     */
    public static Corrected creditCode(String raw) {
        return creditCode(raw, 0);
    }

    /** As {@link #creditCode(String)}; the substitution of a confusable only when {@code confidence} is below {@link #REPAIR_BELOW}. */
    public static Corrected creditCode(String raw, double confidence) {
        if (raw == null) {
            return Corrected.none();
        }
        String s = OcrText.foldWidth(raw).toUpperCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder();
        boolean changed = !s.equals(OcrText.foldWidth(raw));
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (OcrText.isNoise(c) || c == '-' || c == '.') {
                continue;
            }
            if (c > 0x7f && !(c == '×')) {
                changed = true;
                continue;
            }
            sb.append(c == '×' ? 'X' : c);
        }
        char[] code = sb.toString().toCharArray();
        for (int i = 0; i < code.length; i++) {
            char c = code[i];
            char n = c;
            if (i >= 2 && i < 8) {
                n = OcrText.asDigit(c);
            } else if (c == 'O') {
                n = '0';
            } else if (c == 'I') {
                n = '1';
            } else if (c == 'Z') {
                n = '2';
            } else if (c == 'S') {
                n = '5';
            }
            changed |= n != c;
            code[i] = n;
        }
        String t = new String(code);
        if (t.isEmpty()) {
            return Corrected.none();
        }
        if (CheckCodes.isValidCreditCode(t)) {
            return new Corrected(t, changed, true);
        }
        Set<String> candidates = new LinkedHashSet<>();
        if (t.length() == 18 && confidence < REPAIR_BELOW) {
            for (int i = 0; i < 18; i++) {
                for (String group : CREDIT_CONFUSABLE_GROUPS.split("\\|")) {
                    if (group.indexOf(t.charAt(i)) < 0) {
                        continue;
                    }
                    for (char alt : group.toCharArray()) {
                        if (alt != t.charAt(i)) {
                            candidates.add(t.substring(0, i) + alt + t.substring(i + 1));
                        }
                    }
                }
            }
        } else if (t.length() == 19) {
            for (int i = 0; i < 19; i++) {
                candidates.add(t.substring(0, i) + t.substring(i + 1));
            }
        }
        String found = null;
        for (String c : candidates) {
            if (CheckCodes.isValidCreditCode(c)) {
                if (found != null) {
                    return new Corrected(t, changed, false);
                }
                found = c;
            }
        }
        return found != null ? new Corrected(found, true, true) : new Corrected(t, changed, false);
    }

    // ---- dates, sex, ethnicity --------------------------------------------------------------------------------

    /** The first date in the text as {@code YYYY-MM-DD}, letters that look like digits read as digits. */
    public static Corrected date(String raw) {
        if (raw == null) {
            return Corrected.none();
        }
        String s = OcrText.foldWidth(raw);
        LocalDate d = Dates.find(s);
        if (d != null) {
            return new Corrected(d.toString(), false, true);
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(c < 0x80 && Character.isLetter(c) || c == '|' ? OcrText.asDigit(c) : c);
        }
        d = Dates.find(sb.toString().replace(" ", ""));
        return d != null ? new Corrected(d.toString(), true, true) : new Corrected(OcrText.trimNoise(s), false, false);
    }

    /** A period {@code 2011.09.15-长期} or {@code 2015.03.16-2035.03.16}: [from, to], {@code to} may be 长期. */
    public static Corrected[] period(String raw) {
        if (raw == null) {
            return new Corrected[] {Corrected.none(), Corrected.none()};
        }
        String s = OcrText.foldWidth(raw).replace(" ", "");
        int cut = -1;
        for (String sep : new String[] {"至", "—", "–", "一", "~", "～", "-"}) {
            int at = sep.equals("-") ? lastDash(s) : s.indexOf(sep);
            if (at > 0) {
                cut = at;
                break;
            }
        }
        if (cut < 0) {
            return new Corrected[] {date(s), s.contains("长期") ? new Corrected("长期", false, true) : Corrected.none()};
        }
        String from = s.substring(0, cut);
        String to = s.substring(cut + 1);
        Corrected toValue = to.contains("长") || to.contains("期") ? new Corrected("长期", !to.contains("长期"), true) : date(to);
        return new Corrected[] {date(from), toValue};
    }

    /** The dash between two dates: the one followed by a date or 长期, not one inside a dashed date. */
    private static int lastDash(String s) {
        for (int i = s.length() - 1; i > 0; i--) {
            if (s.charAt(i) == '-' && i + 1 < s.length() && (s.charAt(i + 1) == '长' || s.substring(i + 1).matches("\\d{4}\\D.*"))) {
                return i;
            }
        }
        return -1;
    }

    /** 男 or 女; else the sex encoded in a valid ID number (corrected), else unread. */
    public static Corrected sex(String raw, String validIdNumber) {
        String s = raw == null ? "" : raw;
        boolean m = s.contains("男");
        boolean f = s.contains("女");
        if (m != f) {
            return new Corrected(m ? "男" : "女", OcrText.removeNoise(s).length() != 1, true);
        }
        if (validIdNumber != null && CheckCodes.isValidIdNumber(validIdNumber)) {
            return new Corrected((validIdNumber.charAt(16) - '0') % 2 == 1 ? "男" : "女", true, true);
        }
        return raw == null ? Corrected.none() : new Corrected(OcrText.removeNoise(s), false, false);
    }

    /** One of the 56 without 族; an unknown reading one character away from exactly one multi-character name corrected. */
    public static Corrected ethnicity(String raw) {
        if (raw == null) {
            return Corrected.none();
        }
        String s = OcrText.removeNoise(OcrText.foldWidth(raw));
        boolean suffix = s.endsWith("族");
        if (suffix) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.isEmpty()) {
            return Corrected.none();
        }
        if (ETHNICITIES.contains(s)) {
            return new Corrected(s, false, true);
        }
        String found = null;
        for (String e : ETHNICITIES) {
            if (e.length() > 1 && e.length() == s.length() && OcrText.differences(e, s) == 1) {
                if (found != null) {
                    return new Corrected(s, false, false);
                }
                found = e;
            }
        }
        return found != null ? new Corrected(found, true, true) : new Corrected(s, false, false);
    }

    // ---- text and domains -------------------------------------------------------------------------------------

    /** A person's name: Han characters (and the middle dot of transcribed names), noise removed. */
    public static Corrected personName(String raw) {
        if (raw == null) {
            return Corrected.none();
        }
        String s = OcrText.removeNoise(OcrText.foldWidth(raw)).replace('•', '·').replace('.', '·');
        if (s.isEmpty()) {
            return Corrected.none();
        }
        boolean han = true;
        for (int i = 0; i < s.length(); i++) {
            han &= OcrText.isHan(s.charAt(i)) || s.charAt(i) == '·';
        }
        return new Corrected(s, false, han && s.length() >= 2);
    }

    /** Chinese text (a company name, address, type, authority): spaces and noise removed, brackets full width. */
    public static Corrected chineseText(String raw) {
        if (raw == null) {
            return Corrected.none();
        }
        String s = OcrText.foldWidth(raw);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                sb.append('（');
            } else if (c == ')') {
                sb.append('）');
            } else if (!OcrText.isNoise(c) || c == '·') {
                sb.append(c);
            }
        }
        String t = sb.toString();
        return t.isEmpty() ? Corrected.none() : new Corrected(t, false, true);
    }

    /**
     * A registered capital as printed ({@code 伍拾万元整}, {@code 100万元人民币}): Chinese text with the look-alikes of
     * the financial numerals (参 for 叁) put right when the text is an amount.
     */
    public static Corrected capital(String raw) {
        Corrected c = chineseText(raw);
        if (c.value() == null || !c.value().matches(".*[万元亿].*")) {
            return c;
        }
        String fixed = c.value().replace('参', '叁');
        return fixed.equals(c.value()) ? c : new Corrected(fixed, true, true);
    }

    /** A domain name in Unicode and lower case: punycode decoded, a comma or ideographic full stop read as a dot. */
    public static Corrected domain(String raw) {
        if (raw == null) {
            return Corrected.none();
        }
        String s = OcrText.foldWidth(raw).toLowerCase(Locale.ROOT).replace(" ", "");
        String fixed = s.replace('。', '.').replace(',', '.').replace('，', '.');
        boolean changed = !fixed.equals(s);
        fixed = OcrText.trimNoise(fixed);
        while (fixed.endsWith(".") || fixed.endsWith("/")) {
            fixed = fixed.substring(0, fixed.length() - 1);
        }
        if (fixed.contains("xn--")) {
            try {
                fixed = IDN.toUnicode(fixed, IDN.ALLOW_UNASSIGNED);
            } catch (IllegalArgumentException e) {
                return new Corrected(fixed, changed, false);
            }
        }
        return new Corrected(fixed, changed, isDomain(fixed));
    }

    /** True for a host name with at least two labels of letters, digits, hyphens or Han characters. */
    public static boolean isDomain(String s) {
        String[] labels = s.split("\\.", -1);
        if (labels.length < 2) {
            return false;
        }
        for (String l : labels) {
            if (l.isEmpty() || l.startsWith("-") || l.endsWith("-")) {
                return false;
            }
            for (int i = 0; i < l.length(); i++) {
                char c = l.charAt(i);
                if (!(c >= 'a' && c <= 'z' || CheckCodes.isAsciiDigit(c) || c == '-' || OcrText.isHan(c))) {
                    return false;
                }
            }
        }
        String tld = labels[labels.length - 1];
        return tld.length() >= 2 && !tld.chars().allMatch(Character::isDigit);
    }
}
