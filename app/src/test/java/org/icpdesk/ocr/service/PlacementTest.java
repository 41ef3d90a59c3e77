package org.icpdesk.ocr.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.icpdesk.ocr.domain.Box;
import org.junit.jupiter.api.Test;

/** Boxes found in a turned, cropped and scaled image land on the same pixels of the original. */
class PlacementTest {

    /** A grey page of 400 x 300 with one black rectangle at (50, 40, 120, 30). */
    private static BufferedImage page() {
        BufferedImage img = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.LIGHT_GRAY);
        g.fillRect(0, 0, 400, 300);
        g.setColor(Color.BLACK);
        g.fillRect(50, 40, 120, 30);
        g.dispose();
        return img;
    }

    /** The bounding box of the black pixels. */
    private static Box black(BufferedImage img) {
        int minX = Integer.MAX_VALUE, minY = Integer.MAX_VALUE, maxX = -1, maxY = -1;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                if ((rgb & 0xff) < 60 && (rgb >> 8 & 0xff) < 60 && (rgb >> 16 & 0xff) < 60) {
                    minX = Math.min(minX, x);
                    minY = Math.min(minY, y);
                    maxX = Math.max(maxX, x);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        return new Box(minX, minY, maxX - minX + 1, maxY - minY + 1);
    }

    @Test
    void everyQuarterTurnMapsBack() {
        BufferedImage original = page();
        for (int turns = 0; turns < 4; turns++) {
            Preprocessor.Prepared p = new Preprocessor(300, 100).prepare(original, turns);
            Box back = p.placement().toOriginal(black(p.image()));
            assertThat(Math.abs(back.x() - 50)).as("x after %d turns", turns).isLessThanOrEqualTo(2);
            assertThat(Math.abs(back.y() - 40)).as("y after %d turns", turns).isLessThanOrEqualTo(2);
            assertThat(Math.abs(back.width() - 120)).as("width after %d turns", turns).isLessThanOrEqualTo(3);
            assertThat(Math.abs(back.height() - 30)).as("height after %d turns", turns).isLessThanOrEqualTo(3);
        }
    }

    @Test
    void cropsACardOnADeskAndMapsBack() {
        BufferedImage desk = new BufferedImage(1600, 1200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = desk.createGraphics();
        g.setColor(new Color(90, 60, 40));
        g.fillRect(0, 0, 1600, 1200);
        g.setColor(new Color(235, 235, 230));
        g.fillRect(400, 300, 856, 540);
        g.setColor(Color.BLACK);
        g.fillRect(500, 400, 200, 40);
        g.dispose();
        Preprocessor.Prepared p = new Preprocessor(1024, 100).prepare(desk, 0);
        assertThat(p.cropped()).isTrue();
        assertThat(p.image().getWidth()).isLessThan(1000);
        Box back = p.placement().toOriginal(black(p.image()));
        assertThat(Math.abs(back.x() - 500)).isLessThanOrEqualTo(2);
        assertThat(Math.abs(back.y() - 400)).isLessThanOrEqualTo(2);
    }

    @Test
    void stretchesTheLevelsOfADarkImage() {
        BufferedImage dark = new java.awt.image.RescaleOp(0.16f, 4f, null).filter(page(), null);
        Preprocessor.Prepared p = new Preprocessor(1024, 100).prepare(dark, 0);
        assertThat(p.image().getRGB(300, 200) & 0xff).isGreaterThan(200);
    }

    /** A light page with rows of dark bars (print) and one red square, turned by {@code degrees} on a light canvas. */
    private static BufferedImage skewedPage(double degrees) {
        BufferedImage img = new BufferedImage(1000, 640, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(235, 235, 230));
        g.fillRect(0, 0, 1000, 640);
        g.rotate(Math.toRadians(degrees), 500, 320);
        g.setColor(Color.DARK_GRAY);
        for (int row = 0; row < 8; row++) {
            for (int word = 0; word < 6; word++) {
                g.fillRect(120 + word * 110, 90 + row * 60, 80, 24);
            }
        }
        g.setColor(Color.RED);
        g.fillRect(880, 300, 40, 40);
        g.dispose();
        return img;
    }

    private static Box red(BufferedImage img) {
        int minX = Integer.MAX_VALUE, minY = Integer.MAX_VALUE, maxX = -1, maxY = -1;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                if ((rgb >> 16 & 0xff) > 200 && (rgb >> 8 & 0xff) < 80 && (rgb & 0xff) < 80) {
                    minX = Math.min(minX, x);
                    minY = Math.min(minY, y);
                    maxX = Math.max(maxX, x);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        return new Box(minX, minY, maxX - minX + 1, maxY - minY + 1);
    }

    @Test
    void measuresAndRemovesASmallSkewAndMapsBack() {
        assertThat(Preprocessor.skew(skewedPage(0))).isZero();
        for (double degrees : new double[] {5, -7}) {
            BufferedImage page = skewedPage(degrees);
            assertThat(Math.toDegrees(Preprocessor.skew(page))).isCloseTo(degrees, org.assertj.core.data.Offset.offset(0.6));
            Preprocessor.Prepared p = new Preprocessor(1024, 100).prepare(page, 0);
            Box back = p.placement().toOriginal(red(p.image()));
            Box truth = red(page);
            assertThat(Math.abs(back.centerX() - truth.centerX())).as("x at %s degrees", degrees).isLessThanOrEqualTo(4);
            assertThat(Math.abs(back.centerY() - truth.centerY())).as("y at %s degrees", degrees).isLessThanOrEqualTo(4);
        }
    }
}
