package org.icpdesk.bundle.service;

/** Strict UTF-8 validation (RFC 3629): no overlong forms, no encoded surrogates, nothing above U+10FFFF. */
final class Utf8 {
    private Utf8() {
    }

    /** The index of the first byte that is not valid UTF-8 in {@code [from, to)}, or -1. */
    static int firstError(byte[] b, int from, int to) {
        int i = from;
        while (i < to) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int need;
            int min;
            if (c >= 0xC2 && c <= 0xDF) {
                need = 1;
                min = 0x80;
            } else if (c >= 0xE0 && c <= 0xEF) {
                need = 2;
                min = 0x800;
            } else if (c >= 0xF0 && c <= 0xF4) {
                need = 3;
                min = 0x10000;
            } else {
                return i;
            }
            if (i + need >= to) {
                return i;
            }
            int cp = c & (0x3F >> need);
            for (int k = 1; k <= need; k++) {
                int cc = b[i + k] & 0xFF;
                if ((cc & 0xC0) != 0x80) {
                    return i;
                }
                cp = cp << 6 | cc & 0x3F;
            }
            if (cp < min || cp > 0x10FFFF || cp >= 0xD800 && cp <= 0xDFFF) {
                return i;
            }
            i += need + 1;
        }
        return -1;
    }
}
