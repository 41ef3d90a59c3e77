package org.icpdesk.rules.domain;

import java.util.Locale;

/** How sure the program is (spec/cli.md): {@code error} the order should be returned, {@code warning} a person should look. */
public enum Severity {
    /** The program is sure: a failed check digit, format, age, quota or province rule, or a validated OCR mismatch. */
    ERROR,
    /** A likely problem the program cannot prove; a person confirms. */
    WARNING,
    /** Worth knowing; not a reason to return the order by itself. */
    INFO;

    /** The lower-case name used in JSON and the rule data. */
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code error}, {@code warning} or {@code info}, any case. */
    public static Severity parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }

    /** The default severity for a reason by its catalogue {@code check}: auto, assisted or manual. */
    public static Severity forCheck(String check) {
        if ("auto".equals(check)) {
            return ERROR;
        }
        return "assisted".equals(check) ? WARNING : INFO;
    }
}
