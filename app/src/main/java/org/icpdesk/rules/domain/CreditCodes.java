package org.icpdesk.rules.domain;

import java.util.Optional;
import java.util.Set;

/**
 * Unified social credit codes (统一社会信用代码) per GB 32100: 18 characters from
 * {@code 0123456789ABCDEFGHJKLMNPQRTUWXY}: registering authority (1), unit type (1), GB/T 2260 region code (6),
 * organisation code (9, GB 11714) and a check character. Pure functions.
 */
public final class CreditCodes {
    /** Length of a credit code. */
    public static final int LENGTH = 18;
    /** The 31 characters a credit code may use, in the order of their values 0-30. */
    public static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ORG_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};
    /** GB/T 2260 province-level codes, plus 10 for units registered at national level. */
    private static final Set<String> PROVINCES = Set.of(
            "10", "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
            "71", "81", "82");

    /** Why a string is not a valid credit code, in the order the checks run. */
    public enum Problem {
        /** Not 18 characters of the credit-code character set (any case). */
        FORMAT,
        /** Uses lower-case letters; credit codes are written in upper case. */
        LOWER_CASE,
        /** Characters 3-8 are not six digits starting with a province-level code. */
        REGION,
        /** The last character is not the GB 32100 check character of the first 17. */
        CHECK_CHAR
    }

    private CreditCodes() {
    }

    /** True when {@code code} passes every check of {@link #validate(String)}. */
    public static boolean isValid(String code) {
        return validate(code).isEmpty();
    }

    /** The first problem of {@code code}, or empty when it is a valid credit code. */
    public static Optional<Problem> validate(String code) {
        if (code == null || code.length() != LENGTH) {
            return Optional.of(Problem.FORMAT);
        }
        boolean lowerCase = false;
        for (int i = 0; i < LENGTH; i++) {
            char c = code.charAt(i);
            char upper = Character.toUpperCase(c);
            if (c > 0x7f || CHARSET.indexOf(upper) < 0) {
                return Optional.of(Problem.FORMAT);
            }
            lowerCase |= c != upper;
        }
        if (lowerCase) {
            return Optional.of(Problem.LOWER_CASE);
        }
        if (regionCode(code).isEmpty()) {
            return Optional.of(Problem.REGION);
        }
        if (checkChar(code.substring(0, LENGTH - 1)) != code.charAt(LENGTH - 1)) {
            return Optional.of(Problem.CHECK_CHAR);
        }
        return Optional.empty();
    }

    /**
     * The check character for the first 17 characters of a credit code.
     *
     * @throws IllegalArgumentException when {@code first17} is not 17 characters of {@link #CHARSET}
     */
    public static char checkChar(String first17) {
        if (first17 == null || first17.length() != LENGTH - 1) {
            throw new IllegalArgumentException("Expected 17 characters");
        }
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            int value = CHARSET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("Character " + (i + 1) + " is outside the credit-code set");
            }
            sum += value * WEIGHTS[i];
        }
        return CHARSET.charAt((31 - sum % 31) % 31);
    }

    /** The GB/T 2260 region code in characters 3-8, when those are six digits of a known province. */
    public static Optional<String> regionCode(String code) {
        if (code == null || code.length() < 8) {
            return Optional.empty();
        }
        String region = code.substring(2, 8);
        for (int i = 0; i < region.length(); i++) {
            if (region.charAt(i) < '0' || region.charAt(i) > '9') {
                return Optional.empty();
            }
        }
        return PROVINCES.contains(region.substring(0, 2)) ? Optional.of(region) : Optional.empty();
    }

    /**
     * The GB 11714 check character of an organisation code's first eight characters (digits and upper-case
     * letters), the ninth character of the organisation code inside a credit code.
     *
     * @throws IllegalArgumentException when {@code first8} is not eight digits or upper-case ASCII letters
     */
    public static char organizationCodeCheckChar(String first8) {
        if (first8 == null || first8.length() != 8) {
            throw new IllegalArgumentException("Expected 8 characters");
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char c = first8.charAt(i);
            int value;
            if (c >= '0' && c <= '9') {
                value = c - '0';
            } else if (c >= 'A' && c <= 'Z') {
                value = c - 'A' + 10;
            } else {
                throw new IllegalArgumentException("Character " + (i + 1) + " is not a digit or upper-case letter");
            }
            sum += value * ORG_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }
}
