package org.icpdesk.ocr.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as certificates print them ({@code 1962年8月31日}, {@code 2011.09.15}, {@code 2017-01-18}) read into {@code YYYY-MM-DD}. */
public final class Dates {

    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[年.\\-/,]\\s*(\\d{1,2})\\s*[月.\\-/,]\\s*(\\d{1,2})");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

    private Dates() {
    }

    /** The first date in {@code text} (digits already folded and de-confused), or null. */
    public static LocalDate find(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = DATE.matcher(text);
        while (m.find()) {
            LocalDate d = of(m.group(1), m.group(2), m.group(3));
            if (d != null) {
                return d;
            }
        }
        Matcher c = COMPACT.matcher(text);
        while (c.find()) {
            LocalDate d = of(c.group(1), c.group(2), c.group(3));
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /** {@code yyyyMMdd} as a date, or null. */
    public static LocalDate parseCompact(String s) {
        if (s == null || s.length() != 8) {
            return null;
        }
        Matcher c = COMPACT.matcher(s);
        return c.matches() ? of(c.group(1), c.group(2), c.group(3)) : null;
    }

    private static LocalDate of(String y, String m, String d) {
        try {
            int year = Integer.parseInt(y);
            if (year < 1900 || year > 2200) {
                return null;
            }
            return LocalDate.of(year, Integer.parseInt(m), Integer.parseInt(d));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
