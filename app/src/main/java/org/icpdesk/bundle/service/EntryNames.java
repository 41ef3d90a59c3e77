package org.icpdesk.bundle.service;

/** The entry name rules of the bundle format, and names made safe to show in a message. */
final class EntryNames {
    private static final int MAX_SHOWN = 200;

    private EntryNames() {
    }

    /**
     * Checks a name read from the ZIP directory: relative, {@code /} separators, no {@code ..}, no absolute
     * path, no drive letter, no backslash; also no empty or {@code .} segment and no control character.
     * A directory name (ending in {@code /}) is checked without its last slash.
     */
    static void check(String bundle, String name) {
        String shown = display(name);
        String path = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
        if (path.isEmpty() && !name.startsWith("/")) {
            throw BundleError.ENTRY_NAME_INVALID.rejected(bundle, shown);
        }
        if (name.codePoints().anyMatch(EntryNames::hidden)) {
            throw BundleError.ENTRY_NAME_INVALID.rejected(bundle, shown);
        }
        if (name.indexOf('\\') >= 0) {
            throw BundleError.ENTRY_NAME_BACKSLASH.rejected(bundle, shown);
        }
        if (name.startsWith("/")) {
            throw BundleError.ENTRY_NAME_ABSOLUTE.rejected(bundle, shown);
        }
        if (name.length() >= 2 && name.charAt(1) == ':' && isAsciiLetter(name.charAt(0))) {
            throw BundleError.ENTRY_NAME_DRIVE.rejected(bundle, shown);
        }
        for (String segment : path.split("/", -1)) {
            if (segment.equals("..")) {
                throw BundleError.ENTRY_NAME_DOTDOT.rejected(bundle, shown);
            }
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".")) {
                throw BundleError.ENTRY_NAME_INVALID.rejected(bundle, shown);
            }
        }
    }

    /** Control, format (e.g. bidi overrides, zero-width) and lone surrogate characters. */
    private static boolean hidden(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    /** A name or value from the bundle as it may appear in a message: control characters escaped, at most 200 characters. */
    static String display(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_SHOWN) + 8);
        text.codePoints().takeWhile(cp -> out.length() < MAX_SHOWN).forEach(cp -> {
            if (hidden(cp)) {
                out.append(String.format("\\u%04X", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        if (out.length() >= MAX_SHOWN && text.length() > MAX_SHOWN) {
            out.append("...");
        }
        return out.toString();
    }
}
