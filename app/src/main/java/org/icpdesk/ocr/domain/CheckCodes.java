package org.icpdesk.ocr.domain;

/**
 * The check characters OCR corrects against: resident ID numbers (GB 11643) and unified social credit codes
 * (GB 32100). A pure copy of the few functions of {@code rules.domain.IdNumbers} and {@code CreditCodes} that OCR
 * needs, because {@code ocr.domain} depends on {@code java.*} only; {@code CheckCodesTest} keeps the copies equal.
 */
public final class CheckCodes {

    /** The characters of a credit code: digits and upper-case letters without I, O, Z, S and V. */
    public static final String CREDIT_CODE_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK_CHARS = "10X98765432";
    private static final int[] CREDIT_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CheckCodes() {
    }

    /** The GB 11643 check character of 17 digits. */
    public static char idCheckChar(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return ID_CHECK_CHARS.charAt(sum % 11);
    }

    /** True for 17 digits, a digit or X, a real birth date from 1900 on and the right check character. */
    public static boolean isValidIdNumber(String id) {
        if (id == null || id.length() != 18) {
            return false;
        }
        for (int i = 0; i < 17; i++) {
            if (!isAsciiDigit(id.charAt(i))) {
                return false;
            }
        }
        char last = id.charAt(17);
        if (!isAsciiDigit(last) && last != 'X') {
            return false;
        }
        return Dates.parseCompact(id.substring(6, 14)) != null && Integer.parseInt(id.substring(6, 10)) >= 1900
                && idCheckChar(id.substring(0, 17)) == last;
    }

    /** The GB 32100 check character of the first 17 characters of a credit code, or 0 when one is outside the charset. */
    public static char creditCheckChar(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = CREDIT_CODE_CHARSET.indexOf(first17.charAt(i));
            if (v < 0) {
                return 0;
            }
            sum += v * CREDIT_WEIGHTS[i];
        }
        return CREDIT_CODE_CHARSET.charAt((31 - sum % 31) % 31);
    }

    /** True for 18 characters of the charset with digits for the region code (3rd to 8th) and the right check character. */
    public static boolean isValidCreditCode(String code) {
        if (code == null || code.length() != 18) {
            return false;
        }
        for (int i = 2; i < 8; i++) {
            if (!isAsciiDigit(code.charAt(i))) {
                return false;
            }
        }
        char check = creditCheckChar(code.substring(0, 17));
        return check != 0 && check == code.charAt(17);
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
