package org.icpdesk.cli;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * What {@code bench open} decodes for the order view's thumbnails, standing in for the window's JavaFX decoding (the CLI
 * does not load JavaFX): the reader skips rows and columns (source subsampling) down to about twice the wanted size,
 * then the rest is averaged down (bilinear). On the demo certificates this costs 3.4-5 ms per JPEG and 6-8 ms per PNG
 * (CPU, loaded machine): more than JavaFX's JPEG loader at a requested size (2.2-2.9 ms, it scales in the DCT) and
 * about as much as its smooth PNG thumbnail (7-9 ms), so the bench errs on the slow side.
 */
final class Thumbnails {
    private Thumbnails() {
    }

    /**
     * The image in {@code bytes} scaled to fit {@code maxSide} x {@code maxSide} (never enlarged), with alpha when it
     * has some; null when no reader knows the format.
     */
    static BufferedImage read(byte[] bytes, int maxSide) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                int step = Math.max(1, Math.max(width, height) / (2 * maxSide));
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(step, step, 0, 0);
                BufferedImage read = reader.read(0, param);
                return fit(read, maxSide);
            } finally {
                reader.dispose();
            }
        }
    }

    private static BufferedImage fit(BufferedImage image, int maxSide) {
        double scale = Math.min(1.0, (double) maxSide / Math.max(image.getWidth(), image.getHeight()));
        int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
        boolean alpha = image.getColorModel().hasAlpha();
        BufferedImage out = new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return out;
    }
}
