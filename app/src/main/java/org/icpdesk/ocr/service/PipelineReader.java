package org.icpdesk.ocr.service;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.imageio.ImageIO;
import org.icpdesk.ocr.domain.CertificateKind;
import org.icpdesk.ocr.domain.CertificateReading;
import org.icpdesk.ocr.domain.FieldReading;
import org.icpdesk.ocr.domain.LayoutFieldExtractor;
import org.icpdesk.ocr.domain.OcrPage;
import org.icpdesk.ocr.domain.Quality;
import org.icpdesk.ocr.domain.QualityProblem;
import org.icpdesk.ocr.domain.TextLine;
import org.icpdesk.ocr.engine.OcrEngine;
import org.icpdesk.ocr.engine.OcrException;
import org.icpdesk.ocr.engine.RapidOcrEngine;
import org.icpdesk.ocr.engine.TesseractEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reading pipeline: decode, quality gate, preprocessing (quarter turns, crop, scale, levels), the engine, the
 * kind's labels found (else the next orientation), fields by layout with domain corrections, boxes mapped back to
 * the original. {@link Engines#COMBINED} re-reads with Tesseract when a PP-OCR field fails validation or has a low
 * confidence and takes Tesseract's reading of that field where it validates.
 */
final class PipelineReader implements CertificateReader {

    /** Changes whenever a change here or in the extraction can change a reading: part of the OCR cache key. */
    static final String PIPELINE_VERSION = "icpdesk-ocr-4";
    /** Below this confidence COMBINED asks Tesseract for a second reading of the field. */
    static final double RECHECK_BELOW = 0.8;
    private static final Logger LOG = LoggerFactory.getLogger(PipelineReader.class);
    /** Labels of a kind a page must show to be that kind. */
    private static final int MIN_LABELS = 2;

    private final Engines engines;
    private final RapidOcrEngine rapid;
    private final List<TesseractEngine> tesseracts = new CopyOnWriteArrayList<>();
    private final ThreadLocal<TesseractEngine> tesseract = new ThreadLocal<>();
    private final String tesseractId;
    private final Preprocessor rapidCardPrep;
    private final Preprocessor rapidPagePrep;
    private final Preprocessor tessPrep;
    private final LayoutFieldExtractor extractor = new LayoutFieldExtractor();
    private volatile boolean closed;

    PipelineReader(Engines engines, int threads, int rapidCardSide, int rapidPageSide, int tessSide) throws OcrException {
        this.engines = engines;
        this.rapid = engines == Engines.TESSERACT ? null : new RapidOcrEngine(threads);
        this.tesseractId = engines == Engines.RAPIDOCR ? null : tesseract().id();
        this.rapidCardPrep = new Preprocessor(rapidCardSide, rapidCardSide * 5 / 8);
        this.rapidPagePrep = new Preprocessor(rapidPageSide, rapidPageSide * 5 / 8);
        this.tessPrep = new Preprocessor(tessSide, 700);
    }

    /** This thread's Tesseract, started on first use and closed by {@link #close()}. */
    private TesseractEngine tesseract() throws OcrException {
        if (closed) {
            throw new OcrException("the reader is closed");
        }
        TesseractEngine t = tesseract.get();
        if (t == null) {
            t = new TesseractEngine();
            tesseracts.add(t);
            tesseract.set(t);
        }
        return t;
    }

    @Override
    public String id() {
        StringBuilder sb = new StringBuilder(PIPELINE_VERSION).append('/').append(engines.name().toLowerCase(java.util.Locale.ROOT));
        if (rapid != null) {
            sb.append('/').append(rapid.id());
        }
        if (tesseractId != null) {
            sb.append('/').append(tesseractId);
        }
        return sb.toString();
    }

    /** One pass of one engine over the image in one orientation. */
    private record Pass(Preprocessor.Prepared prepared, OcrPage page, CertificateKind kind, int labels) {
    }

    @Override
    public CertificateReading read(byte[] bytes, CertificateKind kind) {
        if (closed) {
            throw new IllegalStateException("the OCR reader is closed");
        }
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            image = null;
        }
        if (image == null) {
            return CertificateReading.failed(kind, id(), ERROR_UNDECODABLE);
        }
        // judge the certificate, not the desk around it (white paper on a dark desk is no glare)
        int[] bounds = Preprocessor.contentBounds(image);
        BufferedImage judged = bounds == null ? image : image.getSubimage(bounds[0], bounds[1], bounds[2], bounds[3]);
        List<QualityProblem> problems = new ArrayList<>(ImageQuality.problems(ImageQuality.measure(judged)));
        try {
            boolean primaryRapid = rapid != null;
            Pass pass = bestPass(image, new Preprocessor.Bounds(bounds), kind, primaryRapid);
            CertificateKind resolved = pass.kind();
            if (resolved == null || pass.labels() < MIN_LABELS) {
                problems.add(QualityProblem.NOT_THIS_KIND);
            }
            if (resolved == null || pass.labels() == 0) {
                // no label of the kind anywhere: whatever text there is belongs to no field
                return new CertificateReading(resolved, new Quality(problems), Map.of(), id(), null);
            }
            if (touchesBorder(pass)) {
                problems.add(QualityProblem.CROPPED);
            }
            LayoutFieldExtractor.Extraction ex = extractor.extractChecked(resolved, pass.page());
            Map<String, FieldReading> fields = toOriginal(ex.fields(), pass.prepared().placement());
            if (primaryRapid) {
                secondLook(image, resolved, pass, ex, fields);
            }
            if (engines == Engines.COMBINED && needsSecondReading(resolved, ex)) {
                secondReading(image, resolved, pass, ex, fields);
            }
            return new CertificateReading(resolved, new Quality(problems), fields, id(), null);
        } catch (OcrException | RuntimeException e) {
            LOG.warn("OCR failed on an image: {}", e.getMessage());
            return CertificateReading.failed(kind, id(), ERROR_ENGINE);
        }
    }

    /**
     * Tesseract's reading of the fields PP-OCR read invalid or unsure: first on each field's own region (the region
     * PP-OCR found, enlarged two-fold), then, for fields still invalid or unread, on the whole page. A second reading
     * replaces the first only where it validates and the first does not (or is less sure).
     */
    private void secondReading(BufferedImage image, CertificateKind kind, Pass pass, LayoutFieldExtractor.Extraction ex,
                               Map<String, FieldReading> fields) throws OcrException {
        java.util.Set<String> pending = new java.util.LinkedHashSet<>();
        for (String key : kind.fieldKeys()) {
            if (ex.invalid().contains(key) || ex.fields().get(key).confidence() < RECHECK_BELOW) {
                pending.add(key);
            }
        }
        TesseractEngine tess = tesseract();
        for (java.util.Iterator<String> it = pending.iterator(); it.hasNext(); ) {
            String key = it.next();
            FieldReading first = ex.fields().get(key);
            if (!first.isRead() || first.box() == null || first.box().height() == 0) {
                continue;
            }
            BufferedImage crop = fieldRegion(pass.prepared().image(), first.box());
            OcrPage page = tess.read(crop);
            StringBuilder text = new StringBuilder();
            double confidence = 1;
            for (TextLine l : page.lines()) {
                text.append(l.text());
                confidence = Math.min(confidence, l.confidence());
            }
            org.icpdesk.ocr.domain.Corrections.Corrected c = page.lines().isEmpty() ? null
                    : LayoutFieldExtractor.correctField(kind, key, text.toString(), confidence, fields);
            if (c != null && c.valid() && c.value() != null) {
                if (ex.invalid().contains(key)) {
                    fields.put(key, new FieldReading(c.value(), Math.round(confidence * 1000) / 1000.0, fields.get(key).box(),
                            c.corrected()));
                }
                it.remove();    // settled: Tesseract's valid reading replaced an invalid one or confirmed an unsure one
            }
        }
        if (pending.isEmpty()) {
            return;
        }
        Pass second = read(tess, tessPrep, image, pass.prepared().placement().quarterTurns(), kind);
        LayoutFieldExtractor.Extraction ex2 = extractor.extractChecked(kind, second.page());
        Map<String, FieldReading> fields2 = toOriginal(ex2.fields(), second.prepared().placement());
        for (String key : pending) {
            FieldReading first = fields.get(key);
            FieldReading other = fields2.get(key);
            boolean firstGood = !ex.invalid().contains(key);
            boolean otherGood = !ex2.invalid().contains(key) && other.isRead();
            if (otherGood && (!firstGood || first.confidence() < RECHECK_BELOW && other.confidence() > first.confidence())) {
                fields.put(key, other);
            }
        }
    }

    /**
     * Names PP-OCR read unsure are read again from the original's pixels (a character misread at 640 px: 仪 for 俊 on a
     * licence, 字 for 宇 on a domain certificate).
     */
    static final java.util.Set<String> SECOND_LOOK = java.util.Set.of("name", "legal_representative", "registrant");
    /**
     * Heights in pixels the print of a field is read at on the second looks. On hard-business-license-009 (blurred,
     * JPEG q49) the 640 px page read 余豪仪; looks at 24-56 px read 俊 four times in six: one look alone is a coin toss,
     * three and the first reading out-vote a single misreading.
     */
    static final int[] SECOND_LOOK_TEXT_HEIGHTS = {40, 34, 48};

    /**
     * PP-OCR's second looks at the names it read unsure: the field's region of the original image (more pixels than
     * the page it read), turned and deskewed as the page was, read again at {@link #SECOND_LOOK_TEXT_HEIGHTS}; of each
     * look only the line through the region's middle counts (a keystoned photo puts the lines above and below in the
     * region too), without the end of its label (者 of 注册者). Each
     * character is then what a strict majority of the readings of as many characters says, the first reading included
     * (a misread character is put right; nothing is added or lost; a tie keeps the first reading). Costs three small
     * reads (some 20 ms each) per unsure name, nothing otherwise.
     */
    private void secondLook(BufferedImage image, CertificateKind kind, Pass pass, LayoutFieldExtractor.Extraction ex,
                            Map<String, FieldReading> fields) throws OcrException {
        Placement placement = pass.prepared().placement();
        for (String key : kind.fieldKeys()) {
            FieldReading first = fields.get(key);
            FieldReading onPage = ex.fields().get(key);
            if (!SECOND_LOOK.contains(key) || ex.invalid().contains(key) || !first.isRead() || first.confidence() >= RECHECK_BELOW
                    || first.box() == null || onPage.box() == null || onPage.box().height() == 0) {
                continue;
            }
            double textHeight = onPage.box().height() / placement.scale();
            org.icpdesk.ocr.domain.Box b = first.box();
            int mx = (int) Math.round(textHeight * 0.3);
            int my = (int) Math.round(textHeight * 0.4);
            org.icpdesk.ocr.domain.Box r = new org.icpdesk.ocr.domain.Box(b.x() - mx, b.y() - my, b.width() + 2 * mx,
                    b.height() + 2 * my).clip(image.getWidth(), image.getHeight());
            if (r.width() < 4 || r.height() < 4) {
                continue;
            }
            BufferedImage region = Preprocessor.turn(image.getSubimage(r.x(), r.y(), r.width(), r.height()), placement.quarterTurns());
            if (placement.skew() != 0) {
                region = Preprocessor.rotate(region, -placement.skew());
            }
            List<String> readings = new ArrayList<>(List.of(first.value()));
            double confidence = 0;
            for (int height : SECOND_LOOK_TEXT_HEIGHTS) {
                double scale = Math.max(0.5, Math.min(3, height / Math.max(1, textHeight)));
                int w = Math.max(1, (int) Math.round(region.getWidth() * scale));
                int h = Math.max(1, (int) Math.round(region.getHeight() * scale));
                BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
                java.awt.Graphics2D g = out.createGraphics();
                g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BICUBIC);
                g.drawImage(region, 0, 0, w, h, null);
                g.dispose();
                OcrPage page = rapid.read(out);
                StringBuilder text = new StringBuilder();
                double c = 1;
                int middle = h / 2;
                for (TextLine l : page.lines().stream().filter(l -> Math.abs(l.box().y() + l.box().height() / 2 - middle) < height * 0.6)
                        .sorted(java.util.Comparator.comparingInt((TextLine l) -> l.box().x())).toList()) {
                    text.append(l.text());
                    c = Math.min(c, l.confidence());
                }
                org.icpdesk.ocr.domain.Corrections.Corrected v = page.lines().isEmpty() ? null
                        : LayoutFieldExtractor.correctField(kind, key, text.toString(), c, fields);
                String value = v != null && v.valid() && v.value() != null ? withoutLabelTail(kind, key, v.value(), first.value().length()) : null;
                if (value != null && value.length() == first.value().length()) {
                    readings.add(value);
                    confidence = Math.max(confidence, c);
                }
            }
            String voted = vote(readings);
            if (voted != null && !voted.equals(first.value())) {
                fields.put(key, new FieldReading(voted, Math.round(Math.max(first.confidence(), confidence) * 1000) / 1000.0,
                        first.box(), first.corrected()));
            }
        }
    }

    /**
     * A second look's value without the end of the field's label the region caught before it (者 of 注册者, 人 of
     * 法定代表人) when it is longer than the first reading by just those characters.
     */
    static String withoutLabelTail(CertificateKind kind, String key, String value, int length) {
        if (value.length() <= length) {
            return value;
        }
        String extra = value.substring(0, value.length() - length);
        for (org.icpdesk.ocr.domain.Labels.Label l : org.icpdesk.ocr.domain.Labels.of(kind)) {
            if (key.equals(l.field()) && l.text().endsWith(extra)) {
                return value.substring(extra.length());
            }
        }
        return value;
    }

    /** Per character, what most readings (all of one length) say; null without a majority at some character. */
    static String vote(List<String> readings) {
        if (readings.size() < 3) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < readings.get(0).length(); i++) {
            Map<Character, Integer> counts = new java.util.HashMap<>();
            for (String r : readings) {
                counts.merge(r.charAt(i), 1, Integer::sum);
            }
            Map.Entry<Character, Integer> top = java.util.Collections.max(counts.entrySet(), Map.Entry.comparingByValue());
            if (top.getValue() * 2 <= readings.size()) {
                return null;
            }
            out.append(top.getKey().charValue());
        }
        return out.toString();
    }

    /** The field's region of the page with a margin, enlarged two-fold (Tesseract wants larger print than PP-OCR). */
    private static BufferedImage fieldRegion(BufferedImage page, org.icpdesk.ocr.domain.Box box) {
        int mx = box.height() / 2;
        int my = box.height() / 3;
        org.icpdesk.ocr.domain.Box r = new org.icpdesk.ocr.domain.Box(box.x() - mx, box.y() - my, box.width() + 2 * mx,
                box.height() + 2 * my).clip(page.getWidth(), page.getHeight());
        BufferedImage out = new BufferedImage(Math.max(1, r.width() * 2), Math.max(1, r.height() * 2), BufferedImage.TYPE_3BYTE_BGR);
        java.awt.Graphics2D g = out.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.drawImage(page, 0, 0, out.getWidth(), out.getHeight(), r.x(), r.y(), r.right(), r.bottom(), null);
        g.dispose();
        return out;
    }

    private static boolean needsSecondReading(CertificateKind kind, LayoutFieldExtractor.Extraction ex) {
        for (String key : kind.fieldKeys()) {
            if (ex.invalid().contains(key) || ex.fields().get(key).confidence() < RECHECK_BELOW) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads in the likely orientation first (landscape for ID cards), then the others until the kind's labels show;
     * for an unknown kind, until some kind's labels show.
     */
    private Pass bestPass(BufferedImage image, Preprocessor.Bounds bounds, CertificateKind kind, boolean primaryRapid)
            throws OcrException {
        boolean portrait = image.getHeight() > image.getWidth() * 1.1;
        boolean card = kind == CertificateKind.ID_CARD_FRONT || kind == CertificateKind.ID_CARD_BACK;
        List<Integer> turns = new ArrayList<>(card && portrait ? List.of(1, 3) : List.of(0, 2));
        Pass best = null;
        for (int i = 0; i < turns.size(); i++) {
            int t = turns.get(i);
            Pass p = primaryRapid ? read(rapid, rapidPrep(image, kind), image, bounds, t, kind)
                    : read(tesseract(), tessPrep, image, bounds, t, kind);
            boolean upright = verticalShare(p.page()) < 0.5;
            if (!upright) {
                // the print runs up or down the page: it lies a quarter turn off
                for (int q : new int[] {t + 1, t + 3}) {
                    if (!turns.contains(Math.floorMod(q, 4))) {
                        turns.add(i + 1, Math.floorMod(q, 4));
                    }
                }
            }
            if (best == null || upright && p.labels() > best.labels() || best.labels() == 0 && p.labels() > 0) {
                best = p;
            }
            if (p.kind() != null && p.labels() >= MIN_LABELS && upright) {
                return p;
            }
        }
        return best;
    }

    /** The share of lines of several characters whose box is taller than wide (print running up or down). */
    static double verticalShare(OcrPage page) {
        int n = 0;
        int vertical = 0;
        for (TextLine l : page.lines()) {
            if (l.text().length() >= 3) {
                n++;
                if (l.box().height() > l.box().width() * 1.2) {
                    vertical++;
                }
            }
        }
        return n == 0 ? 0 : vertical / (double) n;
    }

    /** Cards (and, for AUTO, images shaped like a card) are read smaller than pages. */
    private Preprocessor rapidPrep(BufferedImage image, CertificateKind kind) {
        if (kind == CertificateKind.ID_CARD_FRONT || kind == CertificateKind.ID_CARD_BACK) {
            return rapidCardPrep;
        }
        if (kind == null) {
            double aspect = Math.max(image.getWidth(), image.getHeight()) / (double) Math.min(image.getWidth(), image.getHeight());
            return Math.abs(aspect - 1.58) < 0.12 ? rapidCardPrep : rapidPagePrep;
        }
        return rapidPagePrep;
    }

    private static Pass read(OcrEngine engine, Preprocessor prep, BufferedImage image, int turns, CertificateKind kind)
            throws OcrException {
        return read(engine, prep, image, null, turns, kind);
    }

    private static Pass read(OcrEngine engine, Preprocessor prep, BufferedImage image, Preprocessor.Bounds bounds, int turns,
                             CertificateKind kind) throws OcrException {
        Preprocessor.Prepared prepared = prep.prepare(image, turns, bounds);
        OcrPage page = engine.read(prepared.image());
        CertificateKind k = kind != null ? kind : LayoutFieldExtractor.classify(page);
        int labels = k == null ? 0 : LayoutFieldExtractor.labelScore(k, page);
        return new Pass(prepared, page, k, labels);
    }

    /** Text cut by the original image's edge: the certificate is not all in the picture. */
    private static boolean touchesBorder(Pass pass) {
        Placement p = pass.prepared().placement();
        int w = p.originalWidth();
        int h = p.originalHeight();
        int m = Math.max(1, Math.min(w, h) / 200);
        for (TextLine l : pass.page().lines()) {
            org.icpdesk.ocr.domain.Box b = p.toOriginal(l.box());
            if (b.x() <= m || b.y() <= m || b.right() >= w - m || b.bottom() >= h - m) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, FieldReading> toOriginal(Map<String, FieldReading> fields, Placement placement) {
        Map<String, FieldReading> out = new LinkedHashMap<>();
        fields.forEach((k, f) -> out.put(k, f.isRead()
                ? new FieldReading(f.value(), f.confidence(), placement.toOriginal(f.box()), f.corrected()) : f));
        return out;
    }

    @Override
    public void close() {
        closed = true;
        for (TesseractEngine t : tesseracts) {
            t.close();
        }
        tesseracts.clear();
        if (rapid != null) {
            rapid.close();
        }
    }
}
