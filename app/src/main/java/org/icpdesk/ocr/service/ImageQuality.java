package org.icpdesk.ocr.service;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.icpdesk.ocr.domain.QualityProblem;

/**
 * The image quality gate's measurements on one decoded image, taken on a grey copy scaled to {@link #WIDTH} pixels
 * wide so the thresholds do not depend on the resolution: size, brightness, sharpness, glare. Never changes the image.
 */
public final class ImageQuality {

    /** Width of the grey copy the measures are taken on. */
    static final int WIDTH = 800;
    /**
     * Shorter side of the certificate's printed region below which the print is too small to read: demo cards reduced
     * to 563 x 356 (printed region 291 px high, print about 20 px) still read every field.
     */
    static final int MIN_SHORT_SIDE = 240;
    /** Mean luminance below which an image is too dark, if its bright end is dark too. */
    static final double DARK_MEAN = 70;
    static final double DARK_P99 = 120;
    /** 99.5th percentile of |Laplacian| below which edges are too soft to read (sharp print: well above 100). */
    static final double BLUR_P995 = 80;
    /** Share of blown-out pixels on a page that is not white paper. */
    static final double GLARE_SHARE = 0.01;
    /** Share of blown-out pixels in the brightest cell of a {@link #GRID} x {@link #GRID} grid that makes a glare spot. */
    static final double GLARE_CELL = 0.6;
    static final int GRID = 8;

    /** The measures. */
    public record Measures(int width, int height, double meanLuminance, double p99Luminance, double sharpness,
                           double saturatedShare, double paperShare, double brightestCell, double medianCell) {
    }

    private ImageQuality() {
    }

    public static Measures measure(BufferedImage image) {
        BufferedImage g = grey(image, WIDTH);
        int w = g.getWidth();
        int h = g.getHeight();
        byte[] px = ((java.awt.image.DataBufferByte) g.getRaster().getDataBuffer()).getData();
        int[] hist = new int[256];
        long sum = 0;
        for (byte b : px) {
            int v = b & 0xff;
            hist[v]++;
            sum += v;
        }
        int n = px.length;
        double mean = sum / (double) n;
        double p99 = percentile(hist, n, 0.99);
        int saturated = 0;
        for (int v = 250; v < 256; v++) {
            saturated += hist[v];
        }
        double[] cells = new double[GRID * GRID];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if ((px[y * w + x] & 0xff) >= 250) {
                    cells[(y * GRID / h) * GRID + x * GRID / w]++;
                }
            }
        }
        for (int c = 0; c < cells.length; c++) {
            int cw = (c % GRID + 1) * w / GRID - (c % GRID) * w / GRID;
            int ch = (c / GRID + 1) * h / GRID - (c / GRID) * h / GRID;
            cells[c] /= Math.max(1, cw * ch);
        }
        double[] sorted = cells.clone();
        java.util.Arrays.sort(sorted);
        int paper = 0;
        for (int v = 225; v < 256; v++) {
            paper += hist[v];
        }
        int[] lap = new int[1024];
        int m = 0;
        for (int y = 1; y < h - 1; y++) {
            for (int x = 1; x < w - 1; x++) {
                int i = y * w + x;
                int v = 4 * (px[i] & 0xff) - (px[i - 1] & 0xff) - (px[i + 1] & 0xff) - (px[i - w] & 0xff) - (px[i + w] & 0xff);
                lap[Math.min(1023, Math.abs(v))]++;
                m++;
            }
        }
        double sharp = m == 0 ? 0 : percentile(lap, m, 0.995);
        return new Measures(image.getWidth(), image.getHeight(), mean, p99, sharp, saturated / (double) n, paper / (double) n,
                sorted[sorted.length - 1], sorted[sorted.length / 2]);
    }

    /** The problems the measures show (TOO_SMALL, TOO_DARK, BLURRED, GLARE); CROPPED and NOT_THIS_KIND need the text. */
    public static List<QualityProblem> problems(Measures m) {
        List<QualityProblem> out = new ArrayList<>();
        if (Math.min(m.width(), m.height()) < MIN_SHORT_SIDE) {
            out.add(QualityProblem.TOO_SMALL);
        }
        if (m.meanLuminance() < DARK_MEAN && m.p99Luminance() < DARK_P99) {
            out.add(QualityProblem.TOO_DARK);
        }
        // darkness lowers the contrast of every edge: judge sharpness of dark images after their levels are stretched
        double contrast = Math.max(1, m.p99Luminance()) / 255.0;
        if (m.sharpness() / contrast < BLUR_P995) {
            out.add(QualityProblem.BLURRED);
        }
        // a blown-out patch on a page that is not blown out elsewhere (white paper is saturated everywhere)
        if (m.saturatedShare() > GLARE_SHARE && m.brightestCell() > GLARE_CELL && m.medianCell() < 0.1) {
            out.add(QualityProblem.GLARE);
        }
        return out;
    }

    static double percentile(int[] hist, int n, double q) {
        long target = (long) Math.ceil(q * n);
        long acc = 0;
        for (int v = 0; v < hist.length; v++) {
            acc += hist[v];
            if (acc >= target) {
                return v;
            }
        }
        return hist.length - 1;
    }

    /** A grey copy scaled to {@code width} pixels wide (never enlarged beyond the original). */
    static BufferedImage grey(BufferedImage src, int width) {
        double s = Math.min(1.0, width / (double) src.getWidth());
        int w = Math.max(1, (int) Math.round(src.getWidth() * s));
        int h = Math.max(1, (int) Math.round(src.getHeight() * s));
        BufferedImage g = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D gr = g.createGraphics();
        gr.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        gr.drawImage(src, 0, 0, w, h, null);
        gr.dispose();
        return g;
    }
}
