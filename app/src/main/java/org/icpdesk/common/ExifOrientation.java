package org.icpdesk.common;

/**
 * The orientation a phone camera writes into a JPEG's EXIF block (tag 0x0112) instead of turning the pixels: how the
 * stored image must be turned to be seen upright. Neither ImageIO nor JavaFX applies it, so a portrait photo of a
 * business licence would show on its side; the viewer turns its view by this (the stored bytes never change, and the
 * OCR boxes, in stored pixels, turn with the image).
 *
 * <p>Reads only the first APP1 segments of the header, never decodes the image; anything it cannot read (not a JPEG,
 * no EXIF, a damaged header) is {@link #UPRIGHT}.
 *
 * @param degrees clockwise turn after the mirror: 0, 90, 180 or 270
 * @param mirrored whether the stored image is mirrored left to right first (EXIF values 2, 4, 5, 7; front cameras)
 */
public record ExifOrientation(int degrees, boolean mirrored) {
    public static final ExifOrientation UPRIGHT = new ExifOrientation(0, false);
    private static final int ORIENTATION_TAG = 0x0112;

    /** The view transform for an EXIF orientation value 1–8 (anything else: upright). */
    public static ExifOrientation of(int exifValue) {
        switch (exifValue) {
            case 2: return new ExifOrientation(0, true);
            case 3: return new ExifOrientation(180, false);
            case 4: return new ExifOrientation(180, true);
            case 5: return new ExifOrientation(270, true);
            case 6: return new ExifOrientation(90, false);
            case 7: return new ExifOrientation(90, true);
            case 8: return new ExifOrientation(270, false);
            default: return UPRIGHT;
        }
    }

    /** The orientation written in {@code image}'s EXIF block; {@link #UPRIGHT} when there is none or it is unreadable. */
    public static ExifOrientation read(byte[] image) {
        return of(exifValue(image));
    }

    /** The raw EXIF orientation value (1–8), or 0 when the image has none we can read. */
    static int exifValue(byte[] b) {
        if (b == null || b.length < 4 || (b[0] & 0xFF) != 0xFF || (b[1] & 0xFF) != 0xD8) {
            return 0;
        }
        int pos = 2;
        while (pos + 4 <= b.length) {
            if ((b[pos] & 0xFF) != 0xFF) {
                return 0;
            }
            int marker = b[pos + 1] & 0xFF;
            if (marker == 0xFF) {           // fill byte
                pos++;
                continue;
            }
            if (marker == 0xDA || marker == 0xD9) {   // image data or end: the header is over
                return 0;
            }
            int length = u16(b, pos + 2, false);
            if (length < 2 || pos + 2 + length > b.length) {
                return 0;
            }
            if (marker == 0xE1 && length >= 8 && isExif(b, pos + 4)) {
                int value = orientation(b, pos + 10, pos + 2 + length);
                if (value != 0) {
                    return value;
                }
            }
            pos += 2 + length;
        }
        return 0;
    }

    private static boolean isExif(byte[] b, int at) {
        return b[at] == 'E' && b[at + 1] == 'x' && b[at + 2] == 'i' && b[at + 3] == 'f' && b[at + 4] == 0 && b[at + 5] == 0;
    }

    /** The orientation entry of IFD0 of the TIFF structure at {@code tiff} (ending before {@code end}), or 0. */
    private static int orientation(byte[] b, int tiff, int end) {
        if (tiff + 8 > end) {
            return 0;
        }
        boolean little;
        if (b[tiff] == 'I' && b[tiff + 1] == 'I') {
            little = true;
        } else if (b[tiff] == 'M' && b[tiff + 1] == 'M') {
            little = false;
        } else {
            return 0;
        }
        if (u16(b, tiff + 2, little) != 42) {
            return 0;
        }
        long ifd = u32(b, tiff + 4, little);
        if (ifd < 8 || tiff + ifd + 2 > end) {
            return 0;
        }
        int at = tiff + (int) ifd;
        int entries = u16(b, at, little);
        for (int i = 0; i < entries; i++) {
            int e = at + 2 + 12 * i;
            if (e + 12 > end) {
                return 0;
            }
            if (u16(b, e, little) == ORIENTATION_TAG && u16(b, e + 2, little) == 3) {   // SHORT, value inline
                int value = u16(b, e + 8, little);
                return value >= 1 && value <= 8 ? value : 0;
            }
        }
        return 0;
    }

    private static int u16(byte[] b, int at, boolean little) {
        int x = b[at] & 0xFF;
        int y = b[at + 1] & 0xFF;
        return little ? x | y << 8 : x << 8 | y;
    }

    private static long u32(byte[] b, int at, boolean little) {
        long hi = u16(b, at + (little ? 2 : 0), little);
        long lo = u16(b, at + (little ? 0 : 2), little);
        return hi << 16 | lo;
    }
}
