package org.icpdesk.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.GeneralPath;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.RescaleOp;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.icpdesk.demo.ImageSpec.Effect;

/**
 * Draws the certificate images of the demo orders with Java2D, at about 300 dpi like real scans: ID card
 * 1024x648 (the card is 85.6 x 54 mm), business licence 1400x1000, domain certificate 1200x850 (PNG), backdrop
 * photo 480x640, authorization letter 827x1169. Text is dark on a light ground, field values at 32 px or more,
 * so that OCR can read them. Thread-safe: the cached backgrounds are only read after construction.
 */
public final class CertificateRenderer {
    static final int CARD_W = 1011;
    static final int CARD_H = 638;
    static final int ID_W = 1024;
    static final int ID_H = 648;
    static final int LICENSE_W = 1400;
    static final int LICENSE_H = 1000;
    static final int DOMAIN_W = 1200;
    static final int DOMAIN_H = 850;
    static final int PHOTO_W = 480;
    static final int PHOTO_H = 640;
    static final int LETTER_W = 827;
    static final int LETTER_H = 1169;
    static final float JPEG_QUALITY = 0.85f;

    private static final Color LABEL = new Color(28, 78, 140);
    private static final Color TEXT = new Color(18, 18, 18);
    private static final Color SEAL = new Color(214, 38, 38, 210);
    private static final DateTimeFormatter CN_DATE = DateTimeFormatter.ofPattern("yyyy年MM月dd日", Locale.ROOT);
    private static final int ADDRESS_CHARS_PER_LINE = 11;

    private final CjkFonts fonts;
    private final BufferedImage idFront;
    private final BufferedImage idBack;
    private final BufferedImage license;
    private final BufferedImage domain;

    CertificateRenderer(CjkFonts fonts) {
        this.fonts = fonts;
        this.idFront = cardBackground(new Color(232, 241, 247), new Color(247, 241, 229), 0);
        this.idBack = cardBackground(new Color(244, 240, 228), new Color(229, 239, 247), 1);
        this.license = licenseBackground();
        this.domain = domainBackground();
    }

    /** The encoded image (JPEG or PNG as {@link ImageSpec#extension()} says). */
    byte[] render(ImageSpec spec) {
        BufferedImage image = draw(spec);
        return "png".equals(spec.extension()) ? png(image) : jpeg(image, JPEG_QUALITY);
    }

    /** The image before encoding, with the spec's planted effect applied. */
    BufferedImage draw(ImageSpec spec) {
        BufferedImage image;
        if (spec instanceof ImageSpec.IdCardFront f) {
            image = idFront(f);
        } else if (spec instanceof ImageSpec.IdCardBack b) {
            image = idBack(b);
        } else if (spec instanceof ImageSpec.BusinessLicense l) {
            image = license(l);
        } else if (spec instanceof ImageSpec.DomainCertificate d) {
            image = domainCertificate(d);
        } else if (spec instanceof ImageSpec.BackdropPhoto p) {
            image = backdrop(p);
        } else if (spec instanceof ImageSpec.AuthorizationLetter a) {
            image = letter(a);
        } else if (spec instanceof ImageSpec.SitePlan p) {
            image = sitePlan(p);
        } else {
            throw new IllegalArgumentException("Unknown image spec " + spec.getClass().getSimpleName());
        }
        return applyEffect(image, spec.effect());
    }

    // ---- ID card --------------------------------------------------------------------------------------------

    private BufferedImage idFront(ImageSpec.IdCardFront spec) {
        Rng r = new Rng(spec.variant());
        BufferedImage img = canvas(ID_W, ID_H, new Color(250, 250, 249));
        Graphics2D g = graphics(img);
        int dx = r.between(2, 10);
        int dy = r.between(2, 8);
        g.drawImage(idFront, dx, dy, null);
        g.translate(dx, dy);
        Person p = spec.person();
        Font label = fonts.sans(30);
        Font value = fonts.sans(40);

        text(g, "姓名", label, LABEL, 60, 112);
        text(g, p.name(), value, TEXT, 170, 112);
        text(g, "性别", label, LABEL, 60, 190);
        text(g, p.sex(), value, TEXT, 170, 190);
        text(g, "民族", label, LABEL, 300, 190);
        text(g, p.ethnicity(), value, TEXT, 400, 190);
        text(g, "出生", label, LABEL, 60, 268);
        int x = 170;
        x = text(g, String.valueOf(p.birthDate().getYear()), value, TEXT, x, 268) + 10;
        x = text(g, "年", label, LABEL, x, 268) + 14;
        x = text(g, String.valueOf(p.birthDate().getMonthValue()), value, TEXT, x, 268) + 10;
        x = text(g, "月", label, LABEL, x, 268) + 14;
        x = text(g, String.valueOf(p.birthDate().getDayOfMonth()), value, TEXT, x, 268) + 10;
        text(g, "日", label, LABEL, x, 268);
        text(g, "住址", label, LABEL, 60, 346);
        String address = p.address();
        for (int line = 0, y = 346; line * ADDRESS_CHARS_PER_LINE < address.length(); line++, y += 52) {
            int from = line * ADDRESS_CHARS_PER_LINE;
            text(g, address.substring(from, Math.min(address.length(), from + ADDRESS_CHARS_PER_LINE)), value, TEXT, 170, y);
        }
        text(g, "公民身份号码", label, LABEL, 60, 566);
        spaced(g, p.idNumber(), fonts.mono(44), TEXT, 310, 568, 31);
        portrait(g, 655, 72, 280, 350, p.male(), r, new Color(246, 246, 246));
        g.dispose();
        return img;
    }

    private BufferedImage idBack(ImageSpec.IdCardBack spec) {
        Rng r = new Rng(spec.variant());
        BufferedImage img = canvas(ID_W, ID_H, new Color(250, 250, 249));
        Graphics2D g = graphics(img);
        int dx = r.between(2, 10);
        int dy = r.between(2, 8);
        g.drawImage(idBack, dx, dy, null);
        g.translate(dx, dy);
        emblem(g, 70, 55, 160);
        spaced(g, "中华人民共和国", fonts.bold(52), TEXT, 290, 140, 64);
        spaced(g, "居民身份证", fonts.bold(78), TEXT, 300, 275, 92);
        Person p = spec.person();
        Font label = fonts.sans(30);
        Font value = fonts.sans(34);
        text(g, "签发机关", label, LABEL, 190, 470);
        text(g, p.issuingAuthority(), value, TEXT, 345, 470);
        text(g, "有效期限", label, LABEL, 190, 548);
        text(g, p.validityLine(), value, TEXT, 345, 548);
        g.dispose();
        return img;
    }

    private static BufferedImage cardBackground(Color top, Color bottom, int pattern) {
        BufferedImage img = new BufferedImage(CARD_W, CARD_H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(img);
        g.setColor(new Color(250, 250, 249));
        g.fillRect(0, 0, CARD_W, CARD_H);
        RoundRectangle2D card = new RoundRectangle2D.Float(0, 0, CARD_W - 1, CARD_H - 1, 56, 56);
        g.setPaint(new GradientPaint(0, 0, top, CARD_W, CARD_H, bottom));
        g.fill(card);
        g.setClip(card);
        g.setStroke(new BasicStroke(1.3f));
        g.setColor(blend(top, new Color(150, 180, 200), 0.14));
        for (int k = 0; k < 14; k++) {
            GeneralPath wave = new GeneralPath();
            double phase = k * 0.45 + pattern;
            double base = 40 + k * 44;
            wave.moveTo(0, base);
            for (int xx = 0; xx <= CARD_W; xx += 8) {
                wave.lineTo(xx, base + 14 * Math.sin(xx / 60.0 + phase) + 6 * Math.sin(xx / 23.0 - phase));
            }
            g.draw(wave);
        }
        g.setColor(blend(bottom, new Color(200, 170, 140), 0.12));
        for (int k = 0; k < 9; k++) {
            int size = 180 + k * 70;
            g.drawOval(pattern == 0 ? 720 - size / 2 : 180 - size / 2, 330 - size / 2, size, size);
        }
        g.setClip(null);
        g.setColor(new Color(205, 210, 214));
        g.setStroke(new BasicStroke(2f));
        g.draw(card);
        g.dispose();
        return img;
    }

    /** A stylised red emblem (placeholder, not the national emblem). */
    private static void emblem(Graphics2D g, int x, int y, int size) {
        g.setColor(new Color(200, 36, 36));
        g.fill(new Ellipse2D.Float(x, y, size, size));
        g.setColor(new Color(246, 206, 80));
        g.setStroke(new BasicStroke(size / 28f));
        g.draw(new Ellipse2D.Float(x + size * 0.1f, y + size * 0.1f, size * 0.8f, size * 0.8f));
        g.fill(star(x + size / 2.0, y + size * 0.46, size * 0.24));
    }

    /** A head-and-shoulders silhouette standing in for the holder's photo. */
    private static void portrait(Graphics2D g, int x, int y, int w, int h, boolean male, Rng r, Color ground) {
        g.setColor(ground);
        g.fillRect(x, y, w, h);
        double cx = x + w / 2.0 + r.between(-8, 8);
        double headW = w * (male ? 0.40 : 0.37);
        double headH = headW * 1.25;
        double headTop = y + h * 0.16;
        g.setColor(new Color(48, 52, 66));
        GeneralPath body = new GeneralPath();
        body.moveTo(x + w * 0.04, y + h);
        body.curveTo(x + w * 0.08, y + h * 0.72, cx - headW * 0.9, y + h * 0.68, cx, y + h * 0.67);
        body.curveTo(cx + headW * 0.9, y + h * 0.68, x + w * 0.92, y + h * 0.72, x + w * 0.96, y + h);
        body.closePath();
        g.fill(body);
        g.setColor(new Color(214, 182, 156));
        double neckTop = headTop + headH * 0.8;
        g.fill(new java.awt.geom.Rectangle2D.Double(cx - headW * 0.18, neckTop, headW * 0.36, y + h * 0.7 - neckTop));
        g.fill(new Ellipse2D.Double(cx - headW / 2, headTop, headW, headH));
        g.setColor(new Color(30, 26, 26));
        if (male) {
            g.fill(new java.awt.geom.Arc2D.Double(cx - headW * 0.53, headTop - headH * 0.06, headW * 1.06, headH * 0.7,
                    0, 180, java.awt.geom.Arc2D.CHORD));
        } else {
            g.fill(new java.awt.geom.Arc2D.Double(cx - headW * 0.6, headTop - headH * 0.08, headW * 1.2, headH * 0.8,
                    0, 180, java.awt.geom.Arc2D.CHORD));
            g.fill(new java.awt.geom.Rectangle2D.Double(cx - headW * 0.6, headTop + headH * 0.3, headW * 0.16, headH * 0.75));
            g.fill(new java.awt.geom.Rectangle2D.Double(cx + headW * 0.44, headTop + headH * 0.3, headW * 0.16, headH * 0.75));
        }
    }

    // ---- business licence -----------------------------------------------------------------------------------

    private BufferedImage license(ImageSpec.BusinessLicense spec) {
        Rng r = new Rng(spec.variant());
        BufferedImage img = canvas(LICENSE_W, LICENSE_H, Color.WHITE);
        Graphics2D g = graphics(img);
        g.drawImage(license, 0, 0, null);
        g.translate(r.between(-4, 4), r.between(-3, 3));
        emblem(g, 650, 50, 100);
        spaced(g, "营业执照", fonts.bold(92), TEXT, 470, 250, 118);
        centered(g, "（副本）", fonts.sans(30), TEXT, LICENSE_W / 2, 300);
        text(g, "统一社会信用代码", fonts.sans(28), TEXT, 110, 300);
        text(g, spec.creditCode(), fonts.mono(38), TEXT, 110, 350);
        qrPlaceholder(g, 1150, 190, 150, r);

        Font label = fonts.sans(30);
        Font value = fonts.sans(32);
        int left = 420;
        left = row(g, "名称", spec.name(), label, value, 110, 280, left, 450);
        left = row(g, "类型", spec.type(), label, value, 110, 280, left, 450);
        left = row(g, "法定代表人", spec.legalRepresentative(), label, value, 110, 280, left, 450);
        text(g, "经营范围", label, TEXT, 110, left);
        Font small = fonts.sans(24);
        int y = left;
        for (String line : wrap(spec.scope(), small, g, 450)) {
            text(g, line, small, TEXT, 280, y);
            y += 34;
        }
        int right = 420;
        right = row(g, "注册资本", spec.capital(), label, value, 770, 930, right, 380);
        right = row(g, "成立日期", spec.established().format(CN_DATE), label, value, 770, 930, right, 380);
        right = row(g, "营业期限", spec.term(), label, value, 770, 930, right, 380);
        right = row(g, "住所", spec.address(), label, value, 770, 930, right, 380);

        int sealY = Math.max(right + 60, 800);
        text(g, "登记机关", label, TEXT, 800, sealY + 10);
        text(g, spec.issued().format(CN_DATE), fonts.sans(28), TEXT, 960, sealY + 70);
        seal(g, 1090, sealY - 10, 82, spec.authority());
        text(g, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", fonts.sans(20), new Color(70, 70, 70), 110, 895);
        text(g, "市场主体应当于每年1月1日至6月30日通过国家企业信用信息公示系统报送公示年度报告。", fonts.sans(20),
                new Color(70, 70, 70), 110, 922);
        g.dispose();
        return img;
    }

    /** A labelled value wrapped to {@code width}; returns the baseline for the next row. */
    private int row(Graphics2D g, String label, String value, Font labelFont, Font valueFont, int labelX, int valueX,
                    int y, int width) {
        text(g, label, labelFont, TEXT, labelX, y);
        List<String> lines = wrap(value, valueFont, g, width);
        for (String line : lines) {
            text(g, line, valueFont, TEXT, valueX, y);
            y += 44;
        }
        return y + 22;
    }

    private static BufferedImage licenseBackground() {
        BufferedImage img = new BufferedImage(LICENSE_W, LICENSE_H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(img);
        g.setColor(new Color(252, 249, 240));
        g.fillRect(0, 0, LICENSE_W, LICENSE_H);
        Color frame = new Color(176, 70, 52);
        g.setColor(frame);
        g.setStroke(new BasicStroke(6f));
        g.drawRect(24, 24, LICENSE_W - 48, LICENSE_H - 48);
        g.setColor(new Color(226, 186, 168));
        g.setStroke(new BasicStroke(1.5f));
        for (int x = 40; x < LICENSE_W - 40; x += 18) {
            g.draw(diamond(x, 41, 7));
            g.draw(diamond(x, LICENSE_H - 41, 7));
        }
        for (int y = 58; y < LICENSE_H - 50; y += 18) {
            g.draw(diamond(41, y, 7));
            g.draw(diamond(LICENSE_W - 41, y, 7));
        }
        g.setColor(frame);
        g.setStroke(new BasicStroke(2f));
        g.drawRect(58, 58, LICENSE_W - 116, LICENSE_H - 116);
        g.dispose();
        return img;
    }

    private static Polygon diamond(int cx, int cy, int r) {
        return new Polygon(new int[] {cx, cx + r, cx, cx - r}, new int[] {cy - r, cy, cy + r, cy}, 4);
    }

    /** A square of black modules with three finder patterns: looks like a QR code, encodes nothing. */
    private static void qrPlaceholder(Graphics2D g, int x, int y, int size, Rng r) {
        int n = 25;
        double m = size / (double) n;
        g.setColor(Color.WHITE);
        g.fillRect(x - 6, y - 6, size + 12, size + 12);
        g.setColor(Color.BLACK);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                boolean finder = (i < 8 && j < 8) || (i < 8 && j >= n - 8) || (i >= n - 8 && j < 8);
                if (!finder && r.chance(0.5)) {
                    g.fill(new java.awt.geom.Rectangle2D.Double(x + j * m, y + i * m, m, m));
                }
            }
        }
        for (int[] f : new int[][] {{0, 0}, {0, n - 7}, {n - 7, 0}}) {
            double fx = x + f[1] * m;
            double fy = y + f[0] * m;
            g.fill(new java.awt.geom.Rectangle2D.Double(fx, fy, 7 * m, 7 * m));
            g.setColor(Color.WHITE);
            g.fill(new java.awt.geom.Rectangle2D.Double(fx + m, fy + m, 5 * m, 5 * m));
            g.setColor(Color.BLACK);
            g.fill(new java.awt.geom.Rectangle2D.Double(fx + 2 * m, fy + 2 * m, 3 * m, 3 * m));
        }
    }

    /** A round red seal with a star and {@code text} around the upper arc. */
    private void seal(Graphics2D g, int cx, int cy, int radius, String text) {
        g.setColor(SEAL);
        g.setStroke(new BasicStroke(radius / 16f));
        g.draw(new Ellipse2D.Double(cx - radius, cy - radius, 2.0 * radius, 2.0 * radius));
        g.fill(star(cx, cy, radius * 0.3));
        int n = text.length();
        double sweep = Math.toRadians(Math.min(250, 22 * n));
        double spacing = radius * 0.72 * sweep / n;
        Font font = fonts.bold((float) Math.min(radius * 0.26, spacing * 0.92));
        AffineTransform saved = g.getTransform();
        for (int i = 0; i < n; i++) {
            double angle = -Math.PI / 2 - sweep / 2 + sweep * (i + 0.5) / n;
            double tx = cx + Math.cos(angle) * radius * 0.72;
            double ty = cy + Math.sin(angle) * radius * 0.72;
            g.setTransform(saved);
            g.translate(tx, ty);
            g.rotate(angle + Math.PI / 2);
            g.setFont(font);
            FontMetrics fm = g.getFontMetrics();
            String ch = text.substring(i, i + 1);
            g.drawString(ch, -fm.stringWidth(ch) / 2f, fm.getAscent() / 2f);
        }
        g.setTransform(saved);
    }

    private static Polygon star(double cx, double cy, double r) {
        Polygon p = new Polygon();
        for (int i = 0; i < 10; i++) {
            double a = -Math.PI / 2 + i * Math.PI / 5;
            double rr = i % 2 == 0 ? r : r * 0.4;
            p.addPoint((int) Math.round(cx + Math.cos(a) * rr), (int) Math.round(cy + Math.sin(a) * rr));
        }
        return p;
    }

    // ---- domain certificate ---------------------------------------------------------------------------------

    private BufferedImage domainCertificate(ImageSpec.DomainCertificate spec) {
        BufferedImage img = canvas(DOMAIN_W, DOMAIN_H, Color.WHITE);
        Graphics2D g = graphics(img);
        g.drawImage(domain, 0, 0, null);
        spaced(g, "域名注册证书", fonts.bold(62), new Color(22, 56, 120), 375, 150, 76);
        centered(g, "Domain Name Registration Certificate", fonts.sans(26), new Color(80, 90, 110), DOMAIN_W / 2, 200);
        Font label = fonts.sans(34);
        Font value = fonts.sans(36);
        int y = 320;
        for (String[] line : new String[][] {
                {"域名：", spec.domain()},
                {"注册者：", spec.registrant()},
                {"注册日期：", spec.registered().toString()},
                {"到期日期：", spec.expires().toString()}}) {
            int x = text(g, line[0], label, new Color(40, 40, 40), 150, y);
            text(g, line[1], value, TEXT, x + 6, y);
            y += 76;
        }
        Font small = fonts.sans(28);
        int x = text(g, "注册服务机构：", small, new Color(40, 40, 40), 150, y + 10);
        text(g, spec.registrar(), small, TEXT, x + 4, y + 10);
        text(g, "证书编号：" + spec.serial(), fonts.sans(24), new Color(90, 90, 90), 150, y + 70);
        text(g, "特此证明。本证书仅证明上述域名截至颁发之日的注册信息。", fonts.sans(24), new Color(90, 90, 90), 150, y + 120);
        seal(g, 990, 700, 78, spec.registrar());
        g.dispose();
        return img;
    }

    private static BufferedImage domainBackground() {
        BufferedImage img = new BufferedImage(DOMAIN_W, DOMAIN_H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(img);
        g.setColor(new Color(253, 253, 255));
        g.fillRect(0, 0, DOMAIN_W, DOMAIN_H);
        g.setColor(new Color(40, 90, 170));
        g.setStroke(new BasicStroke(8f));
        g.drawRect(20, 20, DOMAIN_W - 40, DOMAIN_H - 40);
        g.setStroke(new BasicStroke(2f));
        g.drawRect(38, 38, DOMAIN_W - 76, DOMAIN_H - 76);
        g.setColor(new Color(225, 233, 246));
        g.fillRect(40, 236, DOMAIN_W - 80, 4);
        g.dispose();
        return img;
    }

    // ---- backdrop photo and letter --------------------------------------------------------------------------

    private BufferedImage backdrop(ImageSpec.BackdropPhoto spec) {
        Rng r = new Rng(spec.variant());
        BufferedImage img = canvas(PHOTO_W, PHOTO_H, Color.WHITE);
        Graphics2D g = graphics(img);
        g.setPaint(new GradientPaint(0, 0, new Color(252, 252, 252), 0, PHOTO_H, new Color(234, 236, 238)));
        g.fillRect(0, 0, PHOTO_W, PHOTO_H);
        g.setColor(new Color(60, 110, 190));
        g.fillRect(0, 0, PHOTO_W, 34);
        int shift = r.between(-20, 20);
        portrait(g, 40 + shift, 120 + r.between(-10, 10), 400, 520, spec.male(), r, new Color(0, 0, 0, 0));
        g.dispose();
        return img;
    }

    private BufferedImage letter(ImageSpec.AuthorizationLetter spec) {
        BufferedImage img = canvas(LETTER_W, LETTER_H, Color.WHITE);
        Graphics2D g = graphics(img);
        spaced(g, "授权书", fonts.bold(46), TEXT, 320, 150, 70);
        Font body = fonts.sans(25);
        String text = "兹授权我单位员工" + spec.delegate() + "（身份证号码：" + spec.delegateId() + "）作为我单位网站“"
                + spec.siteName() + "”（域名：" + spec.domain() + "）的网站负责人，负责办理该网站的ICP备案及相关事宜。"
                + "被授权人在办理上述事宜过程中所签署的文件，我单位均予以承认。";
        int y = 260;
        for (String line : wrap("　　" + text, body, g, 660)) {
            text(g, line, body, TEXT, 85, y);
            y += 44;
        }
        text(g, "　　特此授权。", body, TEXT, 85, y + 10);
        text(g, "授权单位（盖章）：" + spec.unit(), body, TEXT, 85, 820);
        text(g, "法定代表人（签字）：" + spec.legalRepresentative(), body, TEXT, 85, 880);
        text(g, "日期：" + spec.date().format(CN_DATE), body, TEXT, 85, 940);
        seal(g, 600, 810, 90, spec.unit());
        g.dispose();
        return img;
    }

    private BufferedImage sitePlan(ImageSpec.SitePlan spec) {
        BufferedImage img = canvas(LETTER_W, LETTER_H, Color.WHITE);
        Graphics2D g = graphics(img);
        spaced(g, "网站建设方案书", fonts.bold(42), TEXT, 230, 150, 56);
        Font body = fonts.sans(25);
        String[] paragraphs = {
            "一、网站名称：" + spec.siteName(),
            "二、网站域名：" + spec.domain(),
            "三、主办单位：" + spec.unit(),
            "四、网站内容：" + spec.content(),
            "五、网站不涉及新闻、出版、教育、医疗保健、药品和医疗器械、文化、广播电影电视节目等前置审批内容，不提供交互式信息服务。",
        };
        int y = 260;
        for (String paragraph : paragraphs) {
            for (String line : wrap(paragraph, body, g, 660)) {
                text(g, line, body, TEXT, 85, y);
                y += 44;
            }
            y += 12;
        }
        text(g, "单位（盖章）：" + spec.unit(), body, TEXT, 85, 880);
        text(g, "日期：" + spec.date().format(CN_DATE), body, TEXT, 85, 940);
        seal(g, 600, 870, 90, spec.unit());
        g.dispose();
        return img;
    }

    // ---- effects and encoding -------------------------------------------------------------------------------

    static BufferedImage applyEffect(BufferedImage img, Effect effect) {
        if (effect == Effect.BLURRED) {
            return blurred(img);
        }
        if (effect == Effect.TOO_DARK) {
            return darkened(img);
        }
        return img;
    }

    /** The demo's blurred photo: down to a seventh and back up (public for the tests of the OCR quality gate). */
    public static BufferedImage blurred(BufferedImage img) {
        BufferedImage small = new BufferedImage(img.getWidth() / 7, img.getHeight() / 7, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = small.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(img, 0, 0, small.getWidth(), small.getHeight(), null);
        g.dispose();
        BufferedImage out = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_INT_RGB);
        g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.drawImage(small, 0, 0, out.getWidth(), out.getHeight(), null);
        g.dispose();
        return out;
    }

    /** The demo's underexposed photo (public for the tests of the OCR quality gate). */
    public static BufferedImage darkened(BufferedImage img) {
        return new RescaleOp(0.16f, 4f, null).filter(img, null);
    }

    static byte[] jpeg(BufferedImage img, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 * 1024);
             MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.setOutput(out);
            writer.write(null, new IIOImage(img, null, null), param);
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
    }

    static byte[] png(BufferedImage img) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 * 1024);
             MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (param.canWriteCompressed()) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(0.9f);           // deflate level 1: 30% faster, 10% larger
            }
            writer.setOutput(out);
            writer.write(null, new IIOImage(img, null, null), param);
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
    }

    // ---- drawing helpers ------------------------------------------------------------------------------------

    private static BufferedImage canvas(int w, int h, Color ground) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(ground);
        g.fillRect(0, 0, w, h);
        g.dispose();
        return img;
    }

    private static Graphics2D graphics(BufferedImage img) {
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_OFF);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        return g;
    }

    /** Draws {@code s} with its baseline at {@code y}; returns the x after it. */
    private static int text(Graphics2D g, String s, Font font, Color color, int x, int y) {
        g.setFont(font);
        g.setColor(color);
        g.drawString(s, x, y);
        return x + g.getFontMetrics().stringWidth(s);
    }

    private static void centered(Graphics2D g, String s, Font font, Color color, int cx, int y) {
        g.setFont(font);
        int w = g.getFontMetrics().stringWidth(s);
        text(g, s, font, color, cx - w / 2, y);
    }

    /** One character every {@code advance} pixels (letter-spaced titles, ID numbers). */
    private static void spaced(Graphics2D g, String s, Font font, Color color, int x, int y, int advance) {
        g.setFont(font);
        g.setColor(color);
        for (int i = 0; i < s.length(); i++) {
            g.drawString(s.substring(i, i + 1), x + i * advance, y);
        }
    }

    /**
     * Breaks text into lines no wider than {@code width}, between any two Chinese characters; a run of Latin
     * letters and digits stays whole where it fits on a line, and no line starts with closing punctuation.
     */
    private static List<String> wrap(String s, Font font, Graphics2D g, int width) {
        FontMetrics fm = g.getFontMetrics(font);
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < s.length()) {
            int end = start + 1;
            while (end < s.length() && fm.stringWidth(s.substring(start, end + 1)) <= width) {
                end++;
            }
            if (end < s.length()) {
                int run = end;
                while (run > start && isWordChar(s.charAt(run - 1)) && isWordChar(s.charAt(run))) {
                    run--;
                }
                if (run > start) {
                    end = run;
                }
                while (end < s.length() && "，。；、：）”！？,.;:)".indexOf(s.charAt(end)) >= 0) {
                    end++;
                }
            }
            lines.add(s.substring(start, end));
            start = end;
        }
        return lines;
    }

    private static boolean isWordChar(char c) {
        return c < 0x80 && (Character.isLetterOrDigit(c) || c == '.' || c == '-');
    }

    private static Color blend(Color a, Color b, double t) {
        return new Color((int) (a.getRed() * (1 - t) + b.getRed() * t), (int) (a.getGreen() * (1 - t) + b.getGreen() * t),
                (int) (a.getBlue() * (1 - t) + b.getBlue() * t));
    }

}
