package org.icpdesk.rules.domain;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Mainland telephone numbers: mobiles (11 digits from {@code 13} to {@code 19}) and landlines {@code 086-<area>-<number>[-<ext>]}. */
public final class Phones {
    private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");
    private static final Pattern LANDLINE = Pattern.compile("086-(0[0-9]{2,3})-([0-9]{7,8})(?:-([0-9]{1,6}))?");

    /** A landline split into its parts. */
    public record Landline(String areaCode, String number, String extension) {
        @Override
        public String toString() {
            return "Landline[areaCode=" + areaCode + "]";
        }
    }

    private Phones() {
    }

    /** True for an 11-digit mainland mobile number as entered (full-width digits are folded, nothing else is tolerated). */
    public static boolean isMobile(String s) {
        return s != null && MOBILE.matcher(Texts.fold(s)).matches();
    }

    /**
     * The landline when {@code s} follows {@code 086-<area code>-<number>[-<extension>]}: area codes {@code 010} and
     * {@code 020}-{@code 029} have three digits, the others four; the local number has 7 or 8 digits and does not start with 0 or 1.
     */
    public static Optional<Landline> landline(String s) {
        if (s == null) {
            return Optional.empty();
        }
        Matcher m = LANDLINE.matcher(Texts.fold(s));
        if (!m.matches()) {
            return Optional.empty();
        }
        String area = m.group(1);
        boolean threeDigit = area.startsWith("01") || area.startsWith("02");
        if (threeDigit != (area.length() == 3)) {
            return Optional.empty();
        }
        if (m.group(2).charAt(0) == '0' || m.group(2).charAt(0) == '1') {
            return Optional.empty();
        }
        return Optional.of(new Landline(area, m.group(2), m.group(3)));
    }
}
