package org.icpdesk.ocr.service;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * Prepares a decoded image for an engine without touching it: turn by quarter turns, crop to the certificate when it
 * lies on a plain background (a desk, a scanner lid), scale to the size the engine reads best, stretch the levels of a
 * dull or dark image. The {@link Placement} maps the engine's boxes back to the original.
 */
final class Preprocessor {

    /** A prepared image and where it lies in the original. */
    record Prepared(BufferedImage image, Placement placement, boolean cropped) {
    }

    /** Longest side of the image the engine gets; measured (see README, OCR): the print reads as well, detection costs less. */
    private final int maxSide;
    /** Shorter side below which the image is enlarged (small characters are lost below ~20 px height). */
    private final int minShortSide;

    Preprocessor(int maxSide, int minShortSide) {
        this.maxSide = maxSide;
        this.minShortSide = minShortSide;
    }

    Prepared prepare(BufferedImage original, int quarterTurns) {
        return prepare(original, quarterTurns, null);
    }

    /** As {@link #prepare(BufferedImage, int)}, given the original's {@link #contentBounds} already measured (or null). */
    Prepared prepare(BufferedImage original, int quarterTurns, Bounds originalBounds) {
        BufferedImage turned = turn(original, quarterTurns);
        int[] crop = originalBounds != null && Math.floorMod(quarterTurns, 4) == 0 ? originalBounds.bounds() : contentBounds(turned);
        boolean cropped = crop != null;
        int cx = cropped ? crop[0] : 0;
        int cy = cropped ? crop[1] : 0;
        int cw = cropped ? crop[2] : turned.getWidth();
        int ch = cropped ? crop[3] : turned.getHeight();
        BufferedImage region = cropped ? turned.getSubimage(cx, cy, cw, ch) : turned;
        double skew = skew(region);
        BufferedImage canvas = region;
        if (skew != 0) {
            canvas = rotate(region, -skew);
        }
        int sw = canvas.getWidth();
        int sh = canvas.getHeight();
        double scale = 1.0;
        int longSide = Math.max(sw, sh);
        if (longSide > maxSide) {
            scale = maxSide / (double) longSide;
        } else if (Math.min(sw, sh) < minShortSide) {
            scale = Math.min(2.5, minShortSide / (double) Math.min(sw, sh));
        }
        int w = Math.max(1, (int) Math.round(sw * scale));
        int h = Math.max(1, (int) Math.round(sh * scale));
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(canvas, 0, 0, w, h, null);
        g.dispose();
        stretchLevels(out);
        Placement placement = new Placement(original.getWidth(), original.getHeight(), quarterTurns, cx, cy, cw, ch, skew,
                sw, sh, w / (double) sw);
        return new Prepared(out, placement, cropped);
    }

    /** Largest skew looked for, in degrees; a page turned further is read in another quarter turn or as it is. */
    static final double MAX_SKEW_DEGREES = 10;
    /** Skews below this are left alone (the engines read them; turning costs a resampling). */
    static final double MIN_SKEW_DEGREES = 1;

    /**
     * The angle (radians, clockwise positive in image coordinates) of the text lines: the shear at which the rows of
     * strong vertical gradients (edges of print and of the card) line up best, from -10 to 10 degrees in half degrees.
     * Zero when below {@link #MIN_SKEW_DEGREES}.
     */
    static double skew(BufferedImage img) {
        BufferedImage g = ImageQuality.grey(img, 400);
        int w = g.getWidth();
        int h = g.getHeight();
        byte[] px = ((DataBufferByte) g.getRaster().getDataBuffer()).getData();
        int[] xs = new int[w * h];
        int[] ys = new int[w * h];
        int n = 0;
        for (int y = 1; y < h - 1; y++) {
            for (int x = 0; x < w; x++) {
                int d = (px[(y + 1) * w + x] & 0xff) - (px[(y - 1) * w + x] & 0xff);
                if (Math.abs(d) > 40) {
                    xs[n] = x;
                    ys[n] = y;
                    n++;
                }
            }
        }
        if (n < 200) {
            return 0;
        }
        double best = 0;
        double bestScore = -1;
        int pad = (int) Math.ceil(w * Math.tan(Math.toRadians(MAX_SKEW_DEGREES))) + 1;
        int[] bins = new int[h + 2 * pad];
        for (double deg = -MAX_SKEW_DEGREES; deg <= MAX_SKEW_DEGREES + 1e-9; deg += 0.5) {
            double t = Math.tan(Math.toRadians(deg));
            java.util.Arrays.fill(bins, 0);
            for (int i = 0; i < n; i++) {
                int b = (int) Math.round(ys[i] - xs[i] * t) + pad;
                if (b >= 0 && b < bins.length) {
                    bins[b]++;
                }
            }
            double score = 0;
            for (int v : bins) {
                score += (double) v * v;
            }
            if (score > bestScore * 1.0001 || score > bestScore && Math.abs(deg) < Math.abs(best)) {
                bestScore = score;
                best = deg;
            }
        }
        return Math.abs(best) < MIN_SKEW_DEGREES ? 0 : Math.toRadians(best);
    }

    /** The image turned by {@code radians} about its centre onto a canvas holding all of it, the corners filled with its border colour. */
    static BufferedImage rotate(BufferedImage src, double radians) {
        int w = src.getWidth();
        int h = src.getHeight();
        double cos = Math.abs(Math.cos(radians));
        double sin = Math.abs(Math.sin(radians));
        int nw = (int) Math.ceil(w * cos + h * sin);
        int nh = (int) Math.ceil(w * sin + h * cos);
        BufferedImage out = new BufferedImage(nw, nh, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = out.createGraphics();
        g.setColor(new java.awt.Color(src.getRGB(0, 0)));
        g.fillRect(0, 0, nw, nh);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        AffineTransform t = new AffineTransform();
        t.translate(nw / 2.0, nh / 2.0);
        t.rotate(radians);
        t.translate(-w / 2.0, -h / 2.0);
        g.drawImage(src, t, null);
        g.dispose();
        return out;
    }

    /** The image turned clockwise by quarter turns (the same image for none). */
    static BufferedImage turn(BufferedImage src, int quarterTurns) {
        int q = Math.floorMod(quarterTurns, 4);
        if (q == 0) {
            return src;
        }
        int w = src.getWidth();
        int h = src.getHeight();
        int nw = q % 2 == 1 ? h : w;
        int nh = q % 2 == 1 ? w : h;
        BufferedImage out = new BufferedImage(nw, nh, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = out.createGraphics();
        AffineTransform t = new AffineTransform();
        t.translate(nw / 2.0, nh / 2.0);
        t.quadrantRotate(q);
        t.translate(-w / 2.0, -h / 2.0);
        g.drawImage(src, t, null);
        g.dispose();
        return out;
    }

    /** The result of {@link #contentBounds} of one image, measured once (null bounds: nothing to crop). */
    record Bounds(int[] bounds) {
    }

    /**
     * The bounds {@code [x, y, w, h]} of what differs from a plain background along the image's border, with a margin;
     * null when the border is not plain (the certificate fills the image) or the content fills nearly all of it.
     */
    static int[] contentBounds(BufferedImage img) {
        BufferedImage g = ImageQuality.grey(img, 400);
        int w = g.getWidth();
        int h = g.getHeight();
        byte[] px = ((DataBufferByte) g.getRaster().getDataBuffer()).getData();
        int ring = Math.max(2, Math.min(w, h) / 50);
        long sum = 0;
        long sq = 0;
        int n = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (x < ring || y < ring || x >= w - ring || y >= h - ring) {
                    int v = px[y * w + x] & 0xff;
                    sum += v;
                    sq += (long) v * v;
                    n++;
                }
            }
        }
        double mean = sum / (double) n;
        double sd = Math.sqrt(Math.max(0, sq / (double) n - mean * mean));
        if (sd > 18) {
            return null;    // a busy border: no plain background to crop away
        }
        double threshold = Math.max(28, 3 * sd);
        // rows and columns where a good share of pixels differ from the background
        int minX = w, minY = h, maxX = -1, maxY = -1;
        int[] colCount = new int[w];
        int[] rowCount = new int[h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (Math.abs((px[y * w + x] & 0xff) - mean) > threshold) {
                    colCount[x]++;
                    rowCount[y]++;
                }
            }
        }
        for (int x = 0; x < w; x++) {
            if (colCount[x] > h / 20) {
                minX = Math.min(minX, x);
                maxX = Math.max(maxX, x);
            }
        }
        for (int y = 0; y < h; y++) {
            if (rowCount[y] > w / 20) {
                minY = Math.min(minY, y);
                maxY = Math.max(maxY, y);
            }
        }
        if (maxX < 0 || maxY < 0) {
            return null;
        }
        double area = (maxX - minX + 1) * (double) (maxY - minY + 1) / (w * (double) h);
        if (area > 0.8 || area < 0.05) {
            return null;
        }
        double s = img.getWidth() / (double) w;
        int margin = Math.max((int) Math.round(ring * s), (int) Math.round(0.03 * Math.min(img.getWidth(), img.getHeight())));
        int x0 = Math.max(0, (int) Math.floor(minX * s) - margin);
        int y0 = Math.max(0, (int) Math.floor(minY * s) - margin);
        int x1 = Math.min(img.getWidth(), (int) Math.ceil((maxX + 1) * s) + margin);
        int y1 = Math.min(img.getHeight(), (int) Math.ceil((maxY + 1) * s) + margin);
        return new int[] {x0, y0, x1 - x0, y1 - y0};
    }

    /** Stretches the levels of a dull or dark image to the full range (1st to 99th percentile of luminance). */
    static void stretchLevels(BufferedImage img) {
        byte[] px = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
        int[] hist = new int[256];
        for (int i = 0; i + 2 < px.length; i += 3) {
            int lum = (29 * (px[i] & 0xff) + 150 * (px[i + 1] & 0xff) + 77 * (px[i + 2] & 0xff)) >> 8;
            hist[lum]++;
        }
        int n = px.length / 3;
        double lo = ImageQuality.percentile(hist, n, 0.01);
        double hi = ImageQuality.percentile(hist, n, 0.99);
        if (hi - lo >= 160 || hi - lo < 8) {
            return;
        }
        double k = 255.0 / (hi - lo);
        byte[] lut = new byte[256];
        for (int v = 0; v < 256; v++) {
            lut[v] = (byte) Math.max(0, Math.min(255, (int) Math.round((v - lo) * k)));
        }
        for (int i = 0; i < px.length; i++) {
            px[i] = lut[px[i] & 0xff];
        }
    }
}
