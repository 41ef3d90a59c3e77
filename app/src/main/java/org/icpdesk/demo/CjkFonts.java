package org.icpdesk.demo;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.awt.font.TextAttribute;
import java.awt.geom.AffineTransform;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.icpdesk.i18n.UserFacingException;
import org.icpdesk.i18n.UserMessage;

/**
 * The Chinese fonts the certificate images are drawn with: WenQuanYi Micro Hei (Debian/Ubuntu package
 * {@code fonts-wqy-microhei}) and its monospaced face for ID numbers and credit codes. The font file is loaded
 * directly when it is at its Debian path (fast, and the same glyphs on every machine that has the package);
 * otherwise an installed family of that name, or another full CJK family, is used.
 */
final class CjkFonts {
    static final String FAMILY = "WenQuanYi Micro Hei";
    static final String PACKAGE = "fonts-wqy-microhei";
    static final String MISSING_KEY = "demo.error.font-missing";

    private static final List<Path> FILES = List.of(
            Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
            Path.of("/usr/share/fonts/wqy-microhei/wqy-microhei.ttc"),
            Path.of("/usr/local/share/fonts/wqy-microhei.ttc"));
    private static final List<String> OTHER_FAMILIES = List.of(
            "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", "SimHei");
    /** Text every certificate needs. */
    private static final String SAMPLE = "中华人民共和国居民身份证营业执照统一社会信用代码域名注册证书壹佰万元整公安局分局（）";

    private final Font sans;
    private final Font mono;
    /** Horizontal scale of every glyph (1 = as designed): condensed and wide printings. */
    private final float widthScale;
    /** Extra letter spacing in ems ({@link TextAttribute#TRACKING}). */
    private final float tracking;
    /** Draws plain text with the synthetic bold face. */
    private final boolean heavy;

    private CjkFonts(Font sans, Font mono) {
        this(sans, mono, 1f, 0f, false);
    }

    private CjkFonts(Font sans, Font mono, float widthScale, float tracking, boolean heavy) {
        this.sans = sans;
        this.mono = mono;
        this.widthScale = widthScale;
        this.tracking = tracking;
        this.heavy = heavy;
    }

    /**
     * The same faces printed differently, for the OCR test set: {@code text} replaces the face of the Chinese text
     * (null keeps it), {@code digits} the face of ID numbers and credit codes (null keeps it), glyphs scaled
     * horizontally by {@code widthScale}, letter-spaced by {@code tracking} ems, and plain text drawn bold when
     * {@code heavy}.
     */
    CjkFonts styled(Font text, Font digits, float widthScale, float tracking, boolean heavy) {
        return new CjkFonts(text != null ? text : sans, digits != null ? digits : mono, widthScale, tracking, heavy);
    }

    /** The monospaced face of the family (WenQuanYi Micro Hei Mono when installed). */
    Font monoFace() {
        return mono;
    }

    /** The proportional face of the family. */
    Font sansFace() {
        return sans;
    }

    private Font shaped(Font f) {
        Font out = f;
        if (widthScale != 1f) {
            out = out.deriveFont(AffineTransform.getScaleInstance(widthScale, 1));
        }
        if (tracking != 0f) {
            out = out.deriveFont(Map.of(TextAttribute.TRACKING, tracking));
        }
        return out;
    }

    /**
     * Finds the fonts.
     *
     * @throws UserFacingException (key {@value #MISSING_KEY}, naming the font and its package) when no CJK font is
     *                             installed
     */
    static CjkFonts find() {
        Exception unreadable = null;
        for (Path file : FILES) {
            if (Files.isRegularFile(file)) {
                try {
                    Font[] faces = Font.createFonts(file.toFile());
                    Font sans = face(faces, FAMILY);
                    Font mono = face(faces, FAMILY + " Mono");
                    if (sans != null) {
                        return new CjkFonts(sans, mono != null ? mono : sans);
                    }
                } catch (IOException | FontFormatException e) {
                    unreadable = e;                      // damaged file: try the installed families, keep the cause
                }
            }
        }
        Set<String> families = Set.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ROOT));
        if (families.contains(FAMILY)) {
            Font sans = new Font(FAMILY, Font.PLAIN, 12);
            Font mono = families.contains(FAMILY + " Mono") ? new Font(FAMILY + " Mono", Font.PLAIN, 12) : sans;
            return new CjkFonts(sans, mono);
        }
        for (String family : OTHER_FAMILIES) {
            if (families.contains(family)) {
                Font f = new Font(family, Font.PLAIN, 12);
                if (f.canDisplayUpTo(SAMPLE) == -1) {
                    return new CjkFonts(f, f);
                }
            }
        }
        throw new UserFacingException(UserMessage.of(MISSING_KEY, FAMILY, PACKAGE), unreadable);
    }

    private static Font face(Font[] faces, String family) {
        for (Font f : faces) {
            if (f.getFamily(Locale.ROOT).equals(family)) {
                return f;
            }
        }
        return null;
    }

    Font sans(float size) {
        return shaped(sans.deriveFont(heavy ? Font.BOLD : Font.PLAIN, size));
    }

    Font bold(float size) {
        return shaped(sans.deriveFont(Font.BOLD, size));
    }

    Font mono(float size) {
        return shaped(mono.deriveFont(heavy ? Font.BOLD : Font.PLAIN, size));
    }
}
