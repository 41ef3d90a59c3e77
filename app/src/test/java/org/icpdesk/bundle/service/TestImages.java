package org.icpdesk.bundle.service;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import javax.imageio.ImageIO;

/** Small images made with Java2D, and a minimal PDF. */
final class TestImages {
    static final byte[] PNG = image("png", 24, 16, 1);
    static final byte[] JPEG = image("jpg", 24, 16, 2);
    static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    private TestImages() {
    }

    /** A picture of coloured boxes; {@code seed} varies the content. */
    static byte[] image(String format, int width, int height, long seed) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        Random random = new Random(seed);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        for (int i = 0; i < Math.max(8, width * height / 150); i++) {
            g.setColor(new Color(random.nextInt(0xFFFFFF)));
            g.fillRect(random.nextInt(width), random.nextInt(height), 2 + random.nextInt(24), 2 + random.nextInt(12));
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(img, format, out)) {
                throw new IllegalStateException("No writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
