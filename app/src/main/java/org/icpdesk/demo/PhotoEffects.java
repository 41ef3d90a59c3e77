package org.icpdesk.demo;

import java.awt.Color;
import java.awt.image.BufferedImage;

/**
 * What a scanner, a phone camera and a desk do to a printed certificate, for the OCR test set: card texture,
 * resampling, perspective onto a background, lighting gradients and shadows, blur, sensor noise, quarter turns.
 * Pure functions of their arguments (randomness comes in through {@link Rng}), on {@code TYPE_INT_RGB} images.
 */
final class PhotoEffects {

    private PhotoEffects() {
    }

    static BufferedImage rgb(BufferedImage src) {
        if (src.getType() == BufferedImage.TYPE_INT_RGB) {
            return src;
        }
        BufferedImage out = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = out.createGraphics();
        g.drawImage(src, 0, 0, null);
        g.dispose();
        return out;
    }

    /**
     * Multiplies the image by a card or paper texture: a tint, low-frequency mottling of {@code mottle} (share of
     * brightness) and per-pixel grain of {@code grain} levels. Dark ink stays dark; the ground takes the texture.
     */
    static BufferedImage texture(BufferedImage src, Rng r, Color tint, double mottle, double grain) {
        int w = src.getWidth();
        int h = src.getHeight();
        int[] px = src.getRGB(0, 0, w, h, null, 0, w);
        int cells = 6 + r.nextInt(6);
        double[] lattice = new double[(cells + 2) * (cells + 2)];
        for (int i = 0; i < lattice.length; i++) {
            lattice[i] = r.nextDouble() * 2 - 1;
        }
        Gauss grainNoise = new Gauss(r);
        double tr = tint.getRed() / 255.0;
        double tg = tint.getGreen() / 255.0;
        double tb = tint.getBlue() / 255.0;
        for (int y = 0; y < h; y++) {
            double fy = (double) y / h * cells;
            int iy = (int) fy;
            double vy = smooth(fy - iy);
            for (int x = 0; x < w; x++) {
                double fx = (double) x / w * cells;
                int ix = (int) fx;
                double vx = smooth(fx - ix);
                int row = cells + 2;
                double a = lattice[iy * row + ix] + (lattice[iy * row + ix + 1] - lattice[iy * row + ix]) * vx;
                double b = lattice[(iy + 1) * row + ix] + (lattice[(iy + 1) * row + ix + 1] - lattice[(iy + 1) * row + ix]) * vx;
                double m = 1 + mottle * (a + (b - a) * vy);
                double n = grain == 0 ? 0 : grainNoise.next() * grain;
                int p = px[y * w + x];
                px[y * w + x] = pack(((p >> 16) & 255) * tr * m + n, ((p >> 8) & 255) * tg * m + n, (p & 255) * tb * m + n);
            }
        }
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        out.setRGB(0, 0, w, h, px, 0, w);
        return out;
    }

    /** A wooden or laminate desk top, the background of a photographed certificate. */
    static BufferedImage desk(int w, int h, Rng r) {
        Color[] woods = {new Color(150, 104, 66), new Color(186, 146, 100), new Color(110, 78, 52), new Color(205, 200, 190),
                new Color(88, 92, 98), new Color(224, 218, 204)};
        Color base = woods[r.nextInt(woods.length)];
        double freq = 0.02 + r.nextDouble() * 0.05;
        double wobble = 10 + r.nextDouble() * 30;
        double phase = r.nextDouble() * 10;
        int[] px = new int[w * h];
        Gauss grain = new Gauss(r);
        double[] bend = new double[w];
        double[] drift = new double[w];
        for (int x = 0; x < w; x++) {
            bend[x] = wobble * Math.sin(x * 0.004 + phase);
            drift[x] = 3 * Math.sin(x * 0.0013 + phase);
        }
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double ring = Math.sin((y + bend[x]) * freq + drift[x]);
                double f = 0.9 + 0.1 * ring + grain.next() * 0.02;
                px[y * w + x] = pack(base.getRed() * f, base.getGreen() * f, base.getBlue() * f);
            }
        }
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        out.setRGB(0, 0, w, h, px, 0, w);
        return out;
    }

    /**
     * Draws {@code src} onto {@code ground} so that its corners land on {@code quad} (x0,y0 top-left, then
     * top-right, bottom-right, bottom-left: a projective map, bilinear sampling). Returns {@code ground}.
     */
    static BufferedImage warpOnto(BufferedImage src, BufferedImage ground, double[] quad) {
        int sw = src.getWidth();
        int sh = src.getHeight();
        double[] h = homography(quad, new double[] {0, 0, sw, 0, sw, sh, 0, sh});
        int gw = ground.getWidth();
        int gh = ground.getHeight();
        int[] s = src.getRGB(0, 0, sw, sh, null, 0, sw);
        int[] g = ground.getRGB(0, 0, gw, gh, null, 0, gw);
        double minX = Math.min(Math.min(quad[0], quad[2]), Math.min(quad[4], quad[6]));
        double maxX = Math.max(Math.max(quad[0], quad[2]), Math.max(quad[4], quad[6]));
        double minY = Math.min(Math.min(quad[1], quad[3]), Math.min(quad[5], quad[7]));
        double maxY = Math.max(Math.max(quad[1], quad[3]), Math.max(quad[5], quad[7]));
        for (int y = Math.max(0, (int) minY); y < Math.min(gh, (int) Math.ceil(maxY) + 1); y++) {
            for (int x = Math.max(0, (int) minX); x < Math.min(gw, (int) Math.ceil(maxX) + 1); x++) {
                double d = h[6] * x + h[7] * y + h[8];
                double u = (h[0] * x + h[1] * y + h[2]) / d;
                double v = (h[3] * x + h[4] * y + h[5]) / d;
                if (u < 0 || v < 0 || u > sw - 1 || v > sh - 1) {
                    continue;
                }
                int x0 = (int) u;
                int y0 = (int) v;
                int x1 = Math.min(x0 + 1, sw - 1);
                int y1 = Math.min(y0 + 1, sh - 1);
                double fx = u - x0;
                double fy = v - y0;
                int a = s[y0 * sw + x0];
                int b = s[y0 * sw + x1];
                int c = s[y1 * sw + x0];
                int e = s[y1 * sw + x1];
                g[y * gw + x] = pack(bilinear(a, b, c, e, 16, fx, fy), bilinear(a, b, c, e, 8, fx, fy), bilinear(a, b, c, e, 0, fx, fy));
            }
        }
        ground.setRGB(0, 0, gw, gh, g, 0, gw);
        return ground;
    }

    /** The corners of a {@code w x h} rectangle turned by {@code degrees} about the centre {@code (cx, cy)}. */
    static double[] rotatedRect(double cx, double cy, double w, double h, double degrees) {
        double a = Math.toRadians(degrees);
        double cos = Math.cos(a);
        double sin = Math.sin(a);
        double[] corners = {-w / 2, -h / 2, w / 2, -h / 2, w / 2, h / 2, -w / 2, h / 2};
        double[] out = new double[8];
        for (int i = 0; i < 8; i += 2) {
            out[i] = cx + corners[i] * cos - corners[i + 1] * sin;
            out[i + 1] = cy + corners[i] * sin + corners[i + 1] * cos;
        }
        return out;
    }

    /**
     * Lighting: brightness falls linearly from {@code bright} to {@code dim} along a random direction, and an
     * optional soft shadow (a hand or phone) darkens an elliptical region to {@code shadow} (1 = none).
     */
    static BufferedImage lighting(BufferedImage src, Rng r, double bright, double dim, double shadow) {
        int w = src.getWidth();
        int h = src.getHeight();
        int[] px = src.getRGB(0, 0, w, h, null, 0, w);
        double angle = r.nextDouble() * 2 * Math.PI;
        double dx = Math.cos(angle);
        double dy = Math.sin(angle);
        double span = Math.abs(dx) * w + Math.abs(dy) * h;
        double origin = Math.min(0, dx * w) + Math.min(0, dy * h);
        double sx = w * (r.nextDouble() < 0.5 ? -0.1 + r.nextDouble() * 0.3 : 0.8 + r.nextDouble() * 0.3);
        double sy = h * (0.2 + r.nextDouble() * 0.8);
        double rx = w * (0.25 + r.nextDouble() * 0.25);
        double ry = h * (0.3 + r.nextDouble() * 0.4);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double t = (dx * x + dy * y - origin) / span;
                double f = bright + (dim - bright) * t;
                if (shadow < 1) {
                    double q = ((x - sx) / rx) * ((x - sx) / rx) + ((y - sy) / ry) * ((y - sy) / ry);
                    if (q < 1) {
                        f *= shadow + (1 - shadow) * smooth(q);
                    }
                }
                int p = px[y * w + x];
                px[y * w + x] = pack(((p >> 16) & 255) * f, ((p >> 8) & 255) * f, (p & 255) * f);
            }
        }
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        out.setRGB(0, 0, w, h, px, 0, w);
        return out;
    }

    /** Gaussian blur of standard deviation {@code sigma} pixels (separable; 0 returns the image). */
    static BufferedImage blur(BufferedImage src, double sigma) {
        if (sigma <= 0.05) {
            return src;
        }
        int radius = (int) Math.ceil(sigma * 2.5);
        double[] k = new double[2 * radius + 1];
        double sum = 0;
        for (int i = -radius; i <= radius; i++) {
            k[i + radius] = Math.exp(-i * i / (2 * sigma * sigma));
            sum += k[i + radius];
        }
        for (int i = 0; i < k.length; i++) {
            k[i] /= sum;
        }
        int w = src.getWidth();
        int h = src.getHeight();
        int[] px = src.getRGB(0, 0, w, h, null, 0, w);
        int[] tmp = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double cr = 0, cg = 0, cb = 0;
                for (int i = -radius; i <= radius; i++) {
                    int p = px[y * w + Math.min(w - 1, Math.max(0, x + i))];
                    double kk = k[i + radius];
                    cr += ((p >> 16) & 255) * kk;
                    cg += ((p >> 8) & 255) * kk;
                    cb += (p & 255) * kk;
                }
                tmp[y * w + x] = pack(cr, cg, cb);
            }
        }
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double cr = 0, cg = 0, cb = 0;
                for (int i = -radius; i <= radius; i++) {
                    int p = tmp[Math.min(h - 1, Math.max(0, y + i)) * w + x];
                    double kk = k[i + radius];
                    cr += ((p >> 16) & 255) * kk;
                    cg += ((p >> 8) & 255) * kk;
                    cb += (p & 255) * kk;
                }
                px[y * w + x] = pack(cr, cg, cb);
            }
        }
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        out.setRGB(0, 0, w, h, px, 0, w);
        return out;
    }

    /** Sensor noise: Gaussian, {@code sigma} grey levels, mostly shared by the three channels. */
    static BufferedImage noise(BufferedImage src, Rng r, double sigma) {
        if (sigma <= 0) {
            return src;
        }
        int w = src.getWidth();
        int h = src.getHeight();
        int[] px = src.getRGB(0, 0, w, h, null, 0, w);
        Gauss g = new Gauss(r);
        for (int i = 0; i < px.length; i++) {
            double luma = g.next() * sigma;
            int p = px[i];
            px[i] = pack(((p >> 16) & 255) + luma + g.next() * sigma * 0.3,
                    ((p >> 8) & 255) + luma + g.next() * sigma * 0.3, (p & 255) + luma + g.next() * sigma * 0.3);
        }
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        out.setRGB(0, 0, w, h, px, 0, w);
        return out;
    }

    /** Resampled to {@code scale} (bilinear, with a pre-blur when shrinking a lot, as a camera would). */
    static BufferedImage scale(BufferedImage src, double scale) {
        if (Math.abs(scale - 1) < 0.005) {
            return src;
        }
        BufferedImage in = scale < 0.6 ? blur(src, 0.35 / scale - 0.3) : src;
        int w = Math.max(1, (int) Math.round(src.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(src.getHeight() * scale));
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = out.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(java.awt.RenderingHints.KEY_RENDERING, java.awt.RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(in, 0, 0, w, h, null);
        g.dispose();
        return out;
    }

    /** Turned clockwise by {@code quarters} right angles, exactly (no resampling). */
    static BufferedImage quarterTurns(BufferedImage src, int quarters) {
        int q = Math.floorMod(quarters, 4);
        if (q == 0) {
            return src;
        }
        int w = src.getWidth();
        int h = src.getHeight();
        int[] px = src.getRGB(0, 0, w, h, null, 0, w);
        int ow = q == 2 ? w : h;
        int oh = q == 2 ? h : w;
        int[] out = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int nx;
                int ny;
                if (q == 1) {
                    nx = h - 1 - y;
                    ny = x;
                } else if (q == 2) {
                    nx = w - 1 - x;
                    ny = h - 1 - y;
                } else {
                    nx = y;
                    ny = w - 1 - x;
                }
                out[ny * ow + nx] = px[y * w + x];
            }
        }
        BufferedImage img = new BufferedImage(ow, oh, BufferedImage.TYPE_INT_RGB);
        img.setRGB(0, 0, ow, oh, out, 0, ow);
        return img;
    }

    /** A flat ground of one colour (the scanner lid, a sheet of paper). */
    static BufferedImage flat(int w, int h, Color c) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = img.createGraphics();
        g.setColor(c);
        g.fillRect(0, 0, w, h);
        g.dispose();
        return img;
    }

    /** The projective map taking each point of {@code from} to the same-index point of {@code to} (row-major 3x3). */
    static double[] homography(double[] from, double[] to) {
        double[][] a = new double[8][9];
        for (int i = 0; i < 4; i++) {
            double x = from[2 * i];
            double y = from[2 * i + 1];
            double u = to[2 * i];
            double v = to[2 * i + 1];
            a[2 * i] = new double[] {x, y, 1, 0, 0, 0, -u * x, -u * y, u};
            a[2 * i + 1] = new double[] {0, 0, 0, x, y, 1, -v * x, -v * y, v};
        }
        for (int col = 0; col < 8; col++) {
            int pivot = col;
            for (int row = col + 1; row < 8; row++) {
                if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) {
                    pivot = row;
                }
            }
            double[] t = a[col];
            a[col] = a[pivot];
            a[pivot] = t;
            for (int row = 0; row < 8; row++) {
                if (row != col) {
                    double f = a[row][col] / a[col][col];
                    for (int k = col; k < 9; k++) {
                        a[row][k] -= f * a[col][k];
                    }
                }
            }
        }
        double[] h = new double[9];
        for (int i = 0; i < 8; i++) {
            h[i] = a[i][8] / a[i][i];
        }
        h[8] = 1;
        return h;
    }

    /** Fast standard normal deviates: a table drawn from the stream, indexed by xorshift (deterministic). */
    private static final class Gauss {
        private final double[] table = new double[4096];
        private long state;

        Gauss(Rng r) {
            java.util.Random seedStream = new java.util.Random(r.nextInt(Integer.MAX_VALUE));
            for (int i = 0; i < table.length; i++) {
                table[i] = seedStream.nextGaussian();
            }
            state = seedStream.nextLong() | 1;
        }

        double next() {
            state ^= state << 13;
            state ^= state >>> 7;
            state ^= state << 17;
            return table[(int) (state >>> 52)];
        }
    }

    private static double bilinear(int a, int b, int c, int d, int shift, double fx, double fy) {
        double top = ((a >> shift) & 255) * (1 - fx) + ((b >> shift) & 255) * fx;
        double bottom = ((c >> shift) & 255) * (1 - fx) + ((d >> shift) & 255) * fx;
        return top * (1 - fy) + bottom * fy;
    }

    private static double smooth(double t) {
        return t * t * (3 - 2 * t);
    }

    private static int pack(double r, double g, double b) {
        return (clamp(r) << 16) | (clamp(g) << 8) | clamp(b);
    }

    private static int clamp(double v) {
        return v <= 0 ? 0 : v >= 255 ? 255 : (int) (v + 0.5);
    }
}
