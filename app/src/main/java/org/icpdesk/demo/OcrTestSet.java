package org.icpdesk.demo;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.icpdesk.demo.ImageSpec.Effect;
import org.icpdesk.demo.PlannedOrder.PlannedMaterial;
import org.icpdesk.ocr.domain.CertificateKind;
import org.icpdesk.rules.domain.CreditCodes;
import org.icpdesk.rules.domain.IdNumbers;

/**
 * A labelled OCR test set: certificate images of the four kinds the {@code ocr} command reads, in three tiers, each
 * with the text printed on it under the field keys of spec/cli.md. The certificates are the demo orders' (same
 * people, companies, domains and renderer); around them an effect pipeline plays the scanner or the phone:
 * <ul>
 * <li>{@link Tier#CLEAN}: a flatbed scan. Font variant, 0.9-1.15x resolution, light card texture, JPEG 90-95 %
 * (domain certificates PNG).</li>
 * <li>{@link Tier#NORMAL}: a careful phone photo or a cheap scan. 0.7-1.2x, stronger texture, ±3° rotation on a scan
 * bed or paper margin, lighting gradient, blur σ ≤ 0.9, noise, JPEG 60-85 %.</li>
 * <li>{@link Tier#HARD}: a photo of the card on a desk. Card 55-85 % of a larger frame, perspective (keystone) and
 * ±8° rotation, a quarter in four turned 90°, 180° or 270°, desk texture, gradient and soft shadow, blur σ 0.6-1.4,
 * noise, JPEG 45-75 %.</li>
 * </ul>
 * Fonts: the machine has one CJK family (WenQuanYi Micro Hei, proportional and Mono faces); the printings vary its
 * face, synthetic weight, width (0.9-1.04x) and letter spacing, and set ID numbers and credit codes in DejaVu Sans
 * Mono (Debian {@code fonts-dejavu-core}) in two printings of eight. Deterministic: the same seed and fonts give the
 * same bytes; any sample can be drawn alone
 * ({@link #sample(CertificateKind, Tier, int)}), so callers can render in parallel. Printed ID numbers and credit
 * codes all carry valid check characters (the demo's planted wrong ones are left out), so that a reader's corrections
 * can only help.
 */
public final class OcrTestSet {

    /** How hard the images are to read. */
    public enum Tier {
        CLEAN, NORMAL, HARD;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The kinds in the set, in order. */
    public static final List<CertificateKind> KINDS = List.of(CertificateKind.ID_CARD_FRONT, CertificateKind.ID_CARD_BACK,
            CertificateKind.BUSINESS_LICENSE, CertificateKind.DOMAIN_CERTIFICATE);
    /** The size the acceptance of issue 4 asks for. */
    public static final int PER_KIND_PER_TIER = 50;

    /**
     * One labelled image. {@code truth} maps every field key of the kind to the printed value, formatted as the
     * {@code ocr} command prints it; {@code variation} says what was done to the image (for reading failures).
     */
    public record Sample(String id, CertificateKind kind, Tier tier, int index, String extension, byte[] image,
                         Map<String, String> truth, String variation) {
        public Sample {
            truth = Collections.unmodifiableMap(new LinkedHashMap<>(truth));
        }

        public String fileName() {
            return id + "." + extension;
        }

        @Override
        public String toString() {
            return "Sample[" + id + ", " + variation + "]";
        }
    }

    private record Certificate(ImageSpec spec, Map<String, String> truth) {
    }

    private static final Path DIGIT_FONT_FILE = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf");

    private final long seed;
    private final int perKindPerTier;
    private final Map<CertificateKind, List<Certificate>> pool = new EnumMap<>(CertificateKind.class);
    private final List<Printing> printings;

    /** A printing of the certificates: the fonts and the renderer drawing with them. */
    private record Printing(String name, CertificateRenderer renderer) {
    }

    private OcrTestSet(long seed, int perKindPerTier, CjkFonts fonts) {
        if (perKindPerTier < 1) {
            throw new IllegalArgumentException("perKindPerTier must be positive");
        }
        this.seed = seed;
        this.perKindPerTier = perKindPerTier;
        this.printings = printings(fonts);
        planCertificates();
    }

    /**
     * The test set of {@code perKindPerTier} images per kind and tier drawn from {@code seed}.
     *
     * @throws org.icpdesk.i18n.UserFacingException when no CJK font is installed
     */
    public static OcrTestSet create(long seed, int perKindPerTier) {
        return new OcrTestSet(seed, perKindPerTier, CjkFonts.find());
    }

    public long seed() {
        return seed;
    }

    public int perKindPerTier() {
        return perKindPerTier;
    }

    /** Number of images: kinds x tiers x per kind and tier. */
    public int size() {
        return KINDS.size() * Tier.values().length * perKindPerTier;
    }

    /** The {@code i}-th image in the order tier, kind, index. */
    public Sample sample(int i) {
        int perTier = KINDS.size() * perKindPerTier;
        Tier tier = Tier.values()[i / perTier];
        int rest = i % perTier;
        return sample(KINDS.get(rest / perKindPerTier), tier, rest % perKindPerTier);
    }

    /** Renders one image (about 50-300 ms). */
    public Sample sample(CertificateKind kind, Tier tier, int index) {
        if (index < 0 || index >= perKindPerTier) {
            throw new IndexOutOfBoundsException(index);
        }
        Certificate c = pool.get(kind).get(tier.ordinal() * perKindPerTier + index);
        Rng r = Rng.of(seed, 7, kind.ordinal(), tier.ordinal(), index);
        Printing printing = printings.get(r.nextInt(printings.size()));
        StringBuilder how = new StringBuilder(printing.name());
        BufferedImage card = PhotoEffects.rgb(printing.renderer().draw(c.spec()));
        BufferedImage image;
        String extension = "jpg";
        float quality;
        if (tier == Tier.CLEAN) {
            image = PhotoEffects.texture(card, r, tint(r, 6), 0.015, 1.0);
            double scale = 0.9 + r.nextDouble() * 0.25;
            image = PhotoEffects.scale(image, scale);
            quality = 0.90f + r.nextInt(6) / 100f;
            how.append(String.format(Locale.ROOT, " scale=%.2f", scale));
            if (kind == CertificateKind.DOMAIN_CERTIFICATE) {
                extension = "png";
            }
        } else if (tier == Tier.NORMAL) {
            image = PhotoEffects.texture(card, r, tint(r, 14), 0.04, 2.5);
            double scale = 0.7 + r.nextDouble() * 0.5;
            double angle = (r.nextDouble() * 2 - 1) * 3;
            image = PhotoEffects.scale(image, scale);
            int margin = (int) (Math.max(image.getWidth(), image.getHeight()) * (0.03 + r.nextDouble() * 0.05));
            Color bed = r.chance(0.5) ? new Color(236 + r.nextInt(16), 236 + r.nextInt(16), 232 + r.nextInt(16))
                    : new Color(40 + r.nextInt(30), 40 + r.nextInt(30), 44 + r.nextInt(30));
            BufferedImage ground = PhotoEffects.flat(image.getWidth() + 2 * margin, image.getHeight() + 2 * margin, bed);
            image = PhotoEffects.warpOnto(image, ground, PhotoEffects.rotatedRect(ground.getWidth() / 2.0,
                    ground.getHeight() / 2.0, image.getWidth(), image.getHeight(), angle));
            double bright = 1.02 + r.nextDouble() * 0.06;
            double dim = 0.78 + r.nextDouble() * 0.14;
            image = PhotoEffects.lighting(image, r, bright, dim, 1);
            double sigma = r.nextDouble() * 0.9;
            image = PhotoEffects.blur(image, sigma);
            double noise = 1 + r.nextDouble() * 4;
            image = PhotoEffects.noise(image, r, noise);
            quality = 0.60f + r.nextInt(26) / 100f;
            how.append(String.format(Locale.ROOT, " scale=%.2f angle=%.1f light=%.2f-%.2f blur=%.2f noise=%.1f", scale, angle,
                    bright, dim, sigma, noise));
        } else {
            image = PhotoEffects.texture(card, r, tint(r, 18), 0.06, 3);
            double cover = 0.55 + r.nextDouble() * 0.30;
            int frameW = r.chance(0.5) ? 1600 : 1440;
            int frameH = frameW * 3 / 4;
            double cardW = frameW * cover;
            double cardH = cardW * image.getHeight() / image.getWidth();
            if (cardH > frameH * 0.9) {
                cardW *= frameH * 0.9 / cardH;
                cardH = frameH * 0.9;
            }
            double angle = (r.nextDouble() * 2 - 1) * 8;
            double cx = frameW / 2.0 + (r.nextDouble() * 2 - 1) * (frameW - cardW) * 0.3;
            double cy = frameH / 2.0 + (r.nextDouble() * 2 - 1) * (frameH - cardH) * 0.3;
            double[] quad = PhotoEffects.rotatedRect(cx, cy, cardW, cardH, angle);
            // Keystone: the camera leans towards one edge, which comes out shorter.
            double keystone = 0.03 + r.nextDouble() * 0.07;
            int edge = r.nextInt(4);
            int a = 2 * edge;
            int b = 2 * ((edge + 1) % 4);
            double mx = (quad[a] + quad[b]) / 2;
            double my = (quad[a + 1] + quad[b + 1]) / 2;
            quad[a] += (mx - quad[a]) * keystone * 2;
            quad[a + 1] += (my - quad[a + 1]) * keystone * 2;
            quad[b] += (mx - quad[b]) * keystone * 2;
            quad[b + 1] += (my - quad[b + 1]) * keystone * 2;
            double prescale = Math.min(1, cardW / image.getWidth() * 1.25);
            image = PhotoEffects.warpOnto(PhotoEffects.scale(image, prescale), PhotoEffects.desk(frameW, frameH, r), quad);
            double bright = 1.0 + r.nextDouble() * 0.1;
            double dim = 0.7 + r.nextDouble() * 0.15;
            double shadow = r.chance(0.6) ? 0.62 + r.nextDouble() * 0.2 : 1;
            image = PhotoEffects.lighting(image, r, bright, dim, shadow);
            double sigma = 0.6 + r.nextDouble() * 0.8;
            image = PhotoEffects.blur(image, sigma);
            double noise = 3 + r.nextDouble() * 5;
            image = PhotoEffects.noise(image, r, noise);
            int turns = r.chance(0.25) ? 1 + r.nextInt(3) : 0;
            image = PhotoEffects.quarterTurns(image, turns);
            quality = 0.45f + r.nextInt(31) / 100f;
            how.append(String.format(Locale.ROOT, " cover=%.2f angle=%.1f keystone=%.2f@%d turns=%d light=%.2f-%.2f shadow=%.2f"
                    + " blur=%.2f noise=%.1f", cover, angle, keystone, edge, turns, bright, dim, shadow, sigma, noise));
        }
        byte[] bytes;
        if ("png".equals(extension)) {
            bytes = CertificateRenderer.png(image);
            how.append(" png");
        } else {
            bytes = CertificateRenderer.jpeg(image, quality);
            how.append(String.format(Locale.ROOT, " jpeg=%.2f", quality));
        }
        String id = tier.label() + "-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-')
                + String.format(Locale.ROOT, "-%03d", index);
        return new Sample(id, kind, tier, index, extension, bytes, c.truth(), how.toString());
    }

    /** Writes every image and a {@code truth.jsonl} (one line per image: file, kind, tier, truth, variation). */
    public void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        var mapper = DemoTruth.mapper();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < size(); i++) {
            Sample s = sample(i);
            Files.write(dir.resolve(s.fileName()), s.image());
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("file", s.fileName());
            line.put("kind", s.kind().name());
            line.put("tier", s.tier().label());
            line.put("truth", s.truth());
            line.put("variation", s.variation());
            lines.add(mapper.writeValueAsString(line));
        }
        Files.write(dir.resolve("truth.jsonl"), lines);
    }

    private static Color tint(Rng r, int strength) {
        return new Color(255 - r.nextInt(strength + 1), 255 - r.nextInt(strength + 1), 255 - r.nextInt(strength + 1));
    }

    /** Draws the demo orders until every kind has enough certificates for all tiers, in a fixed order. */
    private void planCertificates() {
        int needed = Tier.values().length * perKindPerTier;
        for (CertificateKind k : KINDS) {
            pool.put(k, new ArrayList<>());
        }
        OrderPlanner planner = new OrderPlanner(seed, DemoData.load());
        java.util.Set<Map<String, String>> seen = new java.util.HashSet<>();   // a person's card is in several orders
        for (int index = 0; pool.values().stream().anyMatch(l -> l.size() < needed); index++) {
            if (index >= DemoGenerator.MAX_ORDERS) {
                throw new IllegalStateException("demo orders ran out before the test set was full");
            }
            PlannedOrder order = planner.plan(index);
            for (PlannedMaterial m : order.materials()) {
                DemoTruth.Printed printed = order.truth().printed().get(m.material().id());
                if (printed == null || m.spec().effect() != Effect.NONE) {
                    continue;
                }
                CertificateKind kind = CertificateKind.valueOf(printed.kind());
                Map<String, String> truth = printed.fields();
                if (kind == CertificateKind.ID_CARD_FRONT && !IdNumbers.isValid(truth.get("id_number"))
                        || kind == CertificateKind.BUSINESS_LICENSE && !CreditCodes.isValid(truth.get("credit_code"))) {
                    continue;
                }
                List<Certificate> list = pool.get(kind);
                if (list.size() < needed && seen.add(truth)) {
                    list.add(new Certificate(m.spec(), truth));
                }
            }
        }
    }

    private static List<Printing> printings(CjkFonts fonts) {
        Font digits = null;
        try {
            if (Files.isRegularFile(DIGIT_FONT_FILE)) {
                digits = Font.createFont(Font.TRUETYPE_FONT, DIGIT_FONT_FILE.toFile());
            }
        } catch (IOException | FontFormatException e) {
            digits = null;                           // a damaged DejaVu file: print every number in WenQuanYi
        }
        List<Printing> out = new ArrayList<>();
        out.add(new Printing("font=wqy", new CertificateRenderer(fonts)));
        out.add(new Printing("font=wqy-mono", new CertificateRenderer(fonts.styled(fonts.monoFace(), null, 1f, 0f, false))));
        out.add(new Printing("font=wqy-bold", new CertificateRenderer(fonts.styled(null, null, 1f, 0f, true))));
        out.add(new Printing("font=wqy-condensed", new CertificateRenderer(fonts.styled(null, null, 0.9f, 0f, false))));
        out.add(new Printing("font=wqy-wide", new CertificateRenderer(fonts.styled(null, null, 1.04f, 0f, false))));
        out.add(new Printing("font=wqy-spaced", new CertificateRenderer(fonts.styled(null, null, 0.94f, 0.06f, false))));
        // Without DejaVu the two printings keep their places (same random choices) with WenQuanYi's digits.
        String digitsName = digits != null ? "dejavu-mono" : "wqy-mono(dejavu missing)";
        Font digitFace = digits != null ? digits : fonts.monoFace();
        out.add(new Printing("font=wqy+" + digitsName, new CertificateRenderer(fonts.styled(null, digitFace, 1f, 0f, false))));
        out.add(new Printing("font=wqy-bold+" + digitsName + "-bold",
                new CertificateRenderer(fonts.styled(null, digitFace, 0.96f, 0f, true))));
        return List.copyOf(out);
    }
}
