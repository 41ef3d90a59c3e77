package org.icpdesk.rules.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Mainland resident ID numbers (居民身份证号码) per GB 11643: six digits of region code (GB/T 2260), the birth
 * date as {@code yyyyMMdd}, a three-digit sequence whose last digit is odd for men and even for women, and a
 * check character ({@code 0-9} or upper-case {@code X}). Pure functions; never logs or echoes a number.
 */
public final class IdNumbers {
    /** Length of a current (second-generation) ID number. */
    public static final int LENGTH = 18;

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARS = "10X98765432";
    private static final int EARLIEST_BIRTH_YEAR = 1800;

    /** Why a number is not a valid ID number, in the order the checks run. */
    public enum Problem {
        /** Not 17 digits followed by a digit or {@code X}. */
        FORMAT,
        /** The check character is a lower-case {@code x}; the number must use upper case. */
        LOWER_CASE_X,
        /** Characters 7-14 are not a real date from 1800 on. */
        BIRTH_DATE,
        /** The last character is not the GB 11643 check character of the first 17. */
        CHECK_DIGIT
    }

    /** Sex as encoded by the 17th digit. */
    public enum Sex {
        MALE, FEMALE
    }

    private IdNumbers() {
    }

    /** True when {@code id} passes every check of {@link #validate(String)}. */
    public static boolean isValid(String id) {
        return validate(id).isEmpty();
    }

    /** The first problem of {@code id}, or empty when it is a valid 18-character ID number. */
    public static Optional<Problem> validate(String id) {
        if (id == null || id.length() != LENGTH || !allDigits(id, 0, LENGTH - 1)) {
            return Optional.of(Problem.FORMAT);
        }
        char last = id.charAt(LENGTH - 1);
        if (last == 'x') {
            return Optional.of(Problem.LOWER_CASE_X);
        }
        if (!isDigit(last) && last != 'X') {
            return Optional.of(Problem.FORMAT);
        }
        if (birthDate(id).isEmpty()) {
            return Optional.of(Problem.BIRTH_DATE);
        }
        if (checkDigit(id.substring(0, LENGTH - 1)) != last) {
            return Optional.of(Problem.CHECK_DIGIT);
        }
        return Optional.empty();
    }

    /**
     * The check character for the first 17 characters of an ID number.
     *
     * @throws IllegalArgumentException when {@code first17} is not exactly 17 ASCII digits
     */
    public static char checkDigit(String first17) {
        if (first17 == null || first17.length() != LENGTH - 1 || !allDigits(first17, 0, LENGTH - 1)) {
            throw new IllegalArgumentException("Expected 17 digits");
        }
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARS.charAt(sum % 11);
    }

    /**
     * The birth date in characters 7-14, when those are digits forming a real date from 1800 on. Works on the
     * first 14 characters only, so it also reads a number whose check character is wrong.
     */
    public static Optional<LocalDate> birthDate(String id) {
        if (id == null || id.length() < 14 || !allDigits(id, 6, 14)) {
            return Optional.empty();
        }
        int year = Integer.parseInt(id.substring(6, 10));
        int month = Integer.parseInt(id.substring(10, 12));
        int day = Integer.parseInt(id.substring(12, 14));
        if (year < EARLIEST_BIRTH_YEAR) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Sex from the 17th digit (odd: male, even: female), when that character is a digit. */
    public static Optional<Sex> sex(String id) {
        if (id == null || id.length() < 17 || !isDigit(id.charAt(16))) {
            return Optional.empty();
        }
        return Optional.of((id.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE);
    }

    /** The six-digit region code (characters 1-6), when those are digits. */
    public static Optional<String> regionCode(String id) {
        if (id == null || id.length() < 6 || !allDigits(id, 0, 6)) {
            return Optional.empty();
        }
        return Optional.of(id.substring(0, 6));
    }

    /** Age in whole years on {@code day} from the birth date in the number; empty when the date is unreadable. */
    public static OptionalInt ageOn(String id, LocalDate day) {
        Optional<LocalDate> birth = birthDate(id);
        if (birth.isEmpty() || birth.get().isAfter(day)) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Period.between(birth.get(), day).getYears());
    }

    private static boolean allDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
