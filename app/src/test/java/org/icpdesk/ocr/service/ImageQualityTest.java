package org.icpdesk.ocr.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import org.icpdesk.demo.CertificateRenderer;
import org.icpdesk.ocr.domain.QualityProblem;
import org.junit.jupiter.api.Test;

/** The quality gate on generated pages: sharp print passes; the demo renderer's blur and darkening are caught. */
class ImageQualityTest {

    /** A light card with dark print, like the demo's ID cards. */
    static BufferedImage card(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(236, 238, 233));
        g.fillRect(0, 0, w, h);
        g.setColor(new Color(20, 20, 20));
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, Math.max(8, h / 24)));
        for (int i = 1; i < 8; i++) {
            g.drawString("ABCDEFGH 0123456789 abcdefgh", w / 16, i * h / 8);
        }
        g.dispose();
        return img;
    }

    private static java.util.List<QualityProblem> problems(BufferedImage img) {
        return ImageQuality.problems(ImageQuality.measure(img));
    }

    @Test
    void sharpWellLitCardPasses() {
        assertThat(problems(card(1024, 648))).isEmpty();
    }

    @Test
    void blurredCard() {
        assertThat(problems(CertificateRenderer.blurred(card(1024, 648)))).containsExactly(QualityProblem.BLURRED);
    }

    @Test
    void darkCardIsTooDarkButNotBlurred() {
        BufferedImage dark = CertificateRenderer.darkened(card(1024, 648));
        assertThat(problems(dark)).containsExactly(QualityProblem.TOO_DARK);
    }

    @Test
    void tinyImage() {
        assertThat(problems(card(360, 220))).contains(QualityProblem.TOO_SMALL);
    }

    @Test
    void glareSpotOnACardButNotWhitePaper() {
        BufferedImage img = card(1024, 648);
        Graphics2D g = img.getGraphics() instanceof Graphics2D g2 ? g2 : null;
        g.setColor(Color.WHITE);
        g.fillOval(600, 200, 260, 200);
        g.dispose();
        assertThat(problems(img)).containsExactly(QualityProblem.GLARE);

        BufferedImage paper = new BufferedImage(1200, 850, BufferedImage.TYPE_INT_RGB);
        Graphics2D p = paper.createGraphics();
        p.setColor(Color.WHITE);
        p.fillRect(0, 0, 1200, 850);
        p.setColor(Color.BLACK);
        p.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 40));
        for (int i = 1; i < 10; i++) {
            p.drawString("Domain Name Registration 2017-01-18", 100, i * 85);
        }
        p.dispose();
        assertThat(problems(paper)).isEmpty();
    }
}
