package org.icpdesk.rules.domain;

import java.util.regex.Pattern;

/** E-mail addresses: the syntax a mail system accepts (deliverability needs a person or a mail probe). */
public final class Emails {
    private static final Pattern LOCAL = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
    private static final Pattern TLD = Pattern.compile("[A-Za-z]{2,63}");

    private Emails() {
    }

    /** True for {@code local@domain.tld} in ASCII, with at most 254 characters and a domain of at least two labels. */
    public static boolean isValid(String s) {
        if (s == null || s.length() > 254) {
            return false;
        }
        String e = s.strip();
        int at = e.lastIndexOf('@');
        if (at <= 0 || at != e.indexOf('@') || at > 64) {
            return false;
        }
        if (!LOCAL.matcher(e.substring(0, at)).matches()) {
            return false;
        }
        String[] labels = e.substring(at + 1).split("\\.", -1);
        if (labels.length < 2) {
            return false;
        }
        for (int i = 0; i < labels.length - 1; i++) {
            if (!LABEL.matcher(labels[i]).matches()) {
                return false;
            }
        }
        return TLD.matcher(labels[labels.length - 1]).matches();
    }
}
