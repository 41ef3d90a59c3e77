package org.icpdesk.rules.domain;

import java.net.IDN;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Domain names and homepage URLs as entered: normal form, IP detection, suffix lookup, the homepage rule. */
public final class Domains {
    private static final Pattern IPV4 = Pattern.compile("[0-9]{1,3}(?:\\.[0-9]{1,3}){3}");
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://");

    private Domains() {
    }

    /**
     * The host of an entered domain or URL in normal form: folded to half width, lower case, without scheme, path,
     * port and trailing dot, punycode labels turned to Unicode. Null or blank gives "".
     */
    public static String host(String entered) {
        if (entered == null) {
            return "";
        }
        String s = Texts.fold(entered).toLowerCase(Locale.ROOT).replace('\u3002', '.');
        s = SCHEME.matcher(s).replaceFirst("");
        int cut = indexOfAny(s, "/?#");
        if (cut >= 0) {
            s = s.substring(0, cut);
        }
        if (!s.startsWith("[")) {
            int colon = s.lastIndexOf(':');
            if (colon >= 0 && s.indexOf(':') == colon) {
                s = s.substring(0, colon);
            }
        }
        while (s.endsWith(".")) {
            s = s.substring(0, s.length() - 1);
        }
        try {
            return IDN.toUnicode(s, IDN.ALLOW_UNASSIGNED);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    /** True when the host is an IPv4 or IPv6 address rather than a name. */
    public static boolean isIpAddress(String host) {
        return IPV4.matcher(host).matches() || host.startsWith("[") || host.indexOf(':') >= 0;
    }

    /** True when every label is letters (any script), digits or inner hyphens and there are at least two labels. */
    public static boolean isWellFormed(String host) {
        String[] labels = host.split("\\.", -1);
        if (labels.length < 2 || host.length() > 253) {
            return false;
        }
        for (String label : labels) {
            if (label.isEmpty() || label.length() > 63 || label.startsWith("-") || label.endsWith("-")) {
                return false;
            }
            if (!label.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /** The longest suffix of {@code suffixes} the host ends with ({@code x.bj.cn} matches {@code bj.cn} before {@code cn}). */
    public static Optional<ReferenceData.Suffix> suffix(String host, List<ReferenceData.Suffix> suffixes) {
        return suffixes.stream()
                .filter(s -> host.equals(s.suffix()) || host.endsWith("." + s.suffix()))
                .max(Comparator.comparingInt(s -> s.suffix().length()));
    }

    /** The last label of the host ({@code cn} for {@code x.com.cn}). */
    public static String topLevel(String host) {
        int dot = host.lastIndexOf('.');
        return dot < 0 ? host : host.substring(dot + 1);
    }

    /** Whether a homepage URL starts with {@code www.} (after an optional scheme) and names one of the filed domains. */
    public static boolean homepageMatches(String homepageUrl, List<String> domains) {
        String host = host(homepageUrl);
        if (!host.startsWith("www.")) {
            return false;
        }
        for (String d : domains) {
            String domain = host(d);
            if (!domain.isEmpty() && (host.equals("www." + domain) || host.endsWith("." + domain))) {
                return true;
            }
        }
        return false;
    }

    private static int indexOfAny(String s, String chars) {
        int best = -1;
        for (char c : chars.toCharArray()) {
            int i = s.indexOf(c);
            if (i >= 0 && (best < 0 || i < best)) {
                best = i;
            }
        }
        return best;
    }
}
