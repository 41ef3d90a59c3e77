package org.icpdesk.ocr.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads fields by the layout: a value follows its label in the same engine line, or is the nearest line to the
 * right of the label on the same row, or the line just below it; multi-line values (addresses, names, types) go on
 * with the lines below that start where the value starts, until a line of another label. Domain corrections
 * ({@link Corrections}) are applied and cross-checked (the ID number against the printed birth date and sex).
 */
public final class LayoutFieldExtractor implements FieldExtractor {

    /** Fields printed over several lines. */
    private static final Set<String> MULTI_LINE = Set.of("address", "name", "type", "issuing_authority", "registrant");
    private static final Pattern ID_LIKE = Pattern.compile("[0-9OoDIlBZSXx×]{15,20}");
    private static final Pattern CODE_LIKE = Pattern.compile("[0-9A-Z]{16,20}");

    /** The fields of one page and the keys whose value did not pass validation (check digit, date, alphabet). */
    public record Extraction(Map<String, FieldReading> fields, Set<String> invalid) {
    }

    /** A value read for a field: text, the lines' lowest confidence, the union of their boxes. */
    private record Raw(String text, double confidence, Box box) {
    }

    @Override
    public Map<String, FieldReading> extract(CertificateKind kind, OcrPage page) {
        return extractChecked(kind, page).fields();
    }

    /** The fields with the keys whose value failed validation. */
    public Extraction extractChecked(CertificateKind kind, OcrPage page) {
        PageLayout layout = new PageLayout(page, kind);
        Map<String, List<Raw>> raw = candidates(layout);
        Map<String, FieldReading> out = new LinkedHashMap<>();
        Set<String> invalid = new HashSet<>();
        switch (kind) {
            case ID_CARD_FRONT:
                idFront(layout, raw, out, invalid);
                break;
            case ID_CARD_BACK:
                idBack(layout, raw, out, invalid);
                break;
            case BUSINESS_LICENSE:
                license(layout, raw, out, invalid);
                break;
            case DOMAIN_CERTIFICATE:
                domainCertificate(layout, raw, out, invalid);
                break;
            default:
                break;
        }
        for (String key : kind.fieldKeys()) {
            if (!out.containsKey(key) || !out.get(key).isRead()) {
                out.put(key, FieldReading.unread());
                invalid.add(key);
            }
        }
        return new Extraction(out, invalid);
    }

    // ---- kinds ------------------------------------------------------------------------------------------------

    private static void idFront(PageLayout layout, Map<String, List<Raw>> raw, Map<String, FieldReading> out, Set<String> invalid) {
        put(out, invalid, "name", raw, Corrections::personName);
        put(out, invalid, "ethnicity", raw, Corrections::ethnicity);
        put(out, invalid, "address", raw, Corrections::chineseText);
        Raw birthRaw = first(raw, "birth_date", Corrections::date);
        Corrections.Corrected birth = birthRaw == null ? Corrections.Corrected.none() : Corrections.date(birthRaw.text());
        LocalDate birthDate = birth.valid() ? LocalDate.parse(birth.value()) : null;
        Raw sexRaw = first(raw, "sex", r -> Corrections.sex(r, null));
        Corrections.Corrected sexPrinted = sexRaw == null ? Corrections.Corrected.none() : Corrections.sex(sexRaw.text(), null);
        String sex = sexPrinted.valid() ? sexPrinted.value() : null;

        List<Raw> ids = new ArrayList<>(raw.getOrDefault("id_number", List.of()));
        ids.addAll(idLike(layout));
        Raw idRaw = null;
        Corrections.Corrected id = Corrections.Corrected.none();
        for (boolean strict : new boolean[] {true, false}) {
            for (Raw r : ids) {
                Corrections.Corrected c = strict ? Corrections.idNumber(r.text(), birthDate, sex, r.confidence())
                        : Corrections.idNumber(r.text(), null, null, r.confidence());
                if (c.valid()) {
                    idRaw = r;
                    id = c;
                    break;
                }
            }
            if (idRaw != null) {
                break;
            }
        }
        if (idRaw == null && !ids.isEmpty()) {
            idRaw = ids.get(0);
            id = Corrections.idNumber(idRaw.text(), birthDate, sex, idRaw.confidence());
        }
        put(out, invalid, "id_number", idRaw, id);
        // the check digit vouches for the number; the printed birth date and sex must agree with it
        String validId = id.valid() ? id.value() : null;
        LocalDate inId = Corrections.birthOf(validId);
        if (inId != null && (birthDate == null || !inId.equals(birthDate))) {
            birth = new Corrections.Corrected(inId.toString(), true, true);
            if (birthRaw == null) {
                birthRaw = idRaw;
            }
        }
        put(out, invalid, "birth_date", birthRaw, birth);
        Corrections.Corrected sexValue = sexRaw == null ? Corrections.sex(null, validId) : Corrections.sex(sexRaw.text(), validId);
        if (validId != null && sexValue.valid()) {
            String fromId = (validId.charAt(16) - '0') % 2 == 1 ? "男" : "女";
            if (!fromId.equals(sexValue.value())) {
                sexValue = new Corrections.Corrected(fromId, true, true);
            }
        }
        put(out, invalid, "sex", sexRaw != null ? sexRaw : idRaw, sexValue);
    }

    private static void idBack(PageLayout layout, Map<String, List<Raw>> raw, Map<String, FieldReading> out, Set<String> invalid) {
        put(out, invalid, "issuing_authority", raw, Corrections::chineseText);
        List<Raw> periods = new ArrayList<>(raw.getOrDefault(Labels.VALID_PERIOD, List.of()));
        for (PageLayout.Row r : layout.rows) {
            if (r.clean.matches(".*\\d{4}\\D?\\d{1,2}\\D?\\d{1,2}.*[-—至~].*")) {
                periods.add(new Raw(r.clean, r.line.confidence(), r.box()));
            }
        }
        Raw best = null;
        Corrections.Corrected[] period = null;
        for (Raw r : periods) {
            Corrections.Corrected[] p = Corrections.period(r.text());
            if (best == null || p[0].valid() && p[1].valid() && !(period[0].valid() && period[1].valid())) {
                best = r;
                period = p;
            }
        }
        if (best != null) {
            put(out, invalid, "valid_from", best, period[0]);
            put(out, invalid, "valid_to", best, period[1]);
        }
    }

    private static void license(PageLayout layout, Map<String, List<Raw>> raw, Map<String, FieldReading> out, Set<String> invalid) {
        List<Raw> codes = new ArrayList<>(raw.getOrDefault("credit_code", List.of()));
        for (PageLayout.Row r : layout.rows) {
            Matcher m = CODE_LIKE.matcher(r.clean.toUpperCase(java.util.Locale.ROOT));
            while (m.find()) {
                String t = m.group();
                if (t.chars().filter(Character::isDigit).count() >= 8) {
                    codes.add(new Raw(t, r.line.confidence(), r.part(m.start(), m.end())));
                }
            }
        }
        Raw code = null;
        for (Raw r : codes) {
            if (Corrections.creditCode(r.text(), r.confidence()).valid()) {
                code = r;
                break;
            }
        }
        if (code == null && !codes.isEmpty()) {
            code = codes.get(0);
        }
        put(out, invalid, "credit_code", code, code == null ? Corrections.Corrected.none() : Corrections.creditCode(code.text(), code.confidence()));
        put(out, invalid, "name", raw, text -> Corrections.chineseText(BusinessNames.withoutType(text)));
        put(out, invalid, "type", raw, Corrections::chineseText);
        put(out, invalid, "legal_representative", raw, Corrections::personName);
        put(out, invalid, "address", raw, Corrections::chineseText);
        put(out, invalid, "registered_capital", raw, Corrections::capital);
        put(out, invalid, "established_date", raw, Corrections::date);
    }

    private static void domainCertificate(PageLayout layout, Map<String, List<Raw>> raw, Map<String, FieldReading> out,
                                          Set<String> invalid) {
        put(out, invalid, "domain", raw, Corrections::domain);
        put(out, invalid, "registrant", raw, Corrections::chineseText);
        put(out, invalid, "registered_date", raw, Corrections::date);
        put(out, invalid, "expiry_date", raw, Corrections::date);
    }

    // ---- one field read again ----------------------------------------------------------------------------------

    /**
     * The corrected value of one field read on its own (a second engine on the field's region): {@code text} is what
     * the engine read there, possibly with the label; {@code context} the other fields of the page (the ID number is
     * checked against the printed birth date and sex). Null when nothing usable was read.
     */
    public static Corrections.Corrected correctField(CertificateKind kind, String key, String text, double confidence,
                                                     Map<String, FieldReading> context) {
        String t = OcrText.removeNoise(OcrText.foldWidth(text));
        for (Labels.Label l : Labels.of(kind)) {
            if (key.equals(l.field()) && t.startsWith(l.text())) {
                t = t.substring(l.text().length());
                break;
            }
        }
        if (t.isEmpty()) {
            return null;
        }
        switch (key) {
            case "id_number": {
                FieldReading birth = context.get("birth_date");
                FieldReading sex = context.get("sex");
                LocalDate b = birth != null && birth.isRead() && birth.value().matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(birth.value()) : null;
                return Corrections.idNumber(t, b, sex != null ? sex.value() : null, confidence);
            }
            case "credit_code":
                return Corrections.creditCode(t, confidence);
            case "birth_date": case "established_date": case "registered_date": case "expiry_date":
                return Corrections.date(t);
            case "valid_from":
                return Corrections.period(t)[0];
            case "valid_to":
                return Corrections.period(t)[1];
            case "sex":
                return Corrections.sex(t, null);
            case "ethnicity":
                return Corrections.ethnicity(t);
            case "domain":
                return Corrections.domain(t);
            case "registered_capital":
                return Corrections.capital(t);
            case "legal_representative":
                return Corrections.personName(t);
            case "name":
                return kind == CertificateKind.ID_CARD_FRONT ? Corrections.personName(t) : Corrections.chineseText(t);
            default:
                return Corrections.chineseText(t);
        }
    }

    // ---- choosing and recording -------------------------------------------------------------------------------

    private static void put(Map<String, FieldReading> out, Set<String> invalid, String key, Map<String, List<Raw>> raw,
                            java.util.function.Function<String, Corrections.Corrected> correct) {
        Raw r = first(raw, key, correct);
        put(out, invalid, key, r, r == null ? Corrections.Corrected.none() : correct.apply(r.text()));
    }

    private static void put(Map<String, FieldReading> out, Set<String> invalid, String key, Raw r, Corrections.Corrected c) {
        if (r == null || c.value() == null) {
            out.put(key, FieldReading.unread());
            invalid.add(key);
            return;
        }
        double confidence = r.confidence() * (c.valid() ? 1 : 0.5) * (c.corrected() ? 0.95 : 1);
        out.put(key, new FieldReading(c.value(), Math.round(confidence * 1000) / 1000.0, r.box(), c.corrected()));
        if (!c.valid()) {
            invalid.add(key);
        }
    }

    /** The first candidate whose corrected value is valid, else the first candidate, else null. */
    private static Raw first(Map<String, List<Raw>> raw, String key, java.util.function.Function<String, Corrections.Corrected> correct) {
        List<Raw> list = raw.getOrDefault(key, List.of());
        Raw valid = firstValid(list, correct);
        return valid != null ? valid : list.isEmpty() ? null : list.get(0);
    }

    private static Raw firstValid(List<Raw> list, java.util.function.Function<String, Corrections.Corrected> correct) {
        for (Raw r : list) {
            Corrections.Corrected c = correct.apply(r.text());
            if (c.value() != null && c.valid()) {
                return r;
            }
        }
        return null;
    }

    /** Runs of digit-like characters anywhere on the page, for an ID number whose label was not read. */
    private static List<Raw> idLike(PageLayout layout) {
        List<Raw> out = new ArrayList<>();
        for (PageLayout.Row r : layout.rows) {
            Matcher m = ID_LIKE.matcher(r.clean);
            while (m.find()) {
                String t = m.group();
                if (t.chars().filter(Character::isDigit).count() >= 14) {
                    out.add(new Raw(t, r.line.confidence(), r.part(m.start(), m.end())));
                }
            }
        }
        return out;
    }

    // ---- layout -----------------------------------------------------------------------------------------------

    /** For each field key, the values found beside or below its labels, in reading order. */
    private static Map<String, List<Raw>> candidates(PageLayout layout) {
        Map<String, List<Raw>> out = new LinkedHashMap<>();
        for (PageLayout.Row row : layout.rows) {
            for (int h = 0; h < row.hits.size(); h++) {
                PageLayout.Hit hit = row.hits.get(h);
                String field = hit.label().field();
                if (field == null) {
                    continue;
                }
                for (Raw value : valuesOf(layout, row, h)) {
                    if (hasContent(value.text())) {
                        out.computeIfAbsent(field, k -> new ArrayList<>()).add(value);
                    }
                }
            }
        }
        return out;
    }

    /** The value beside the label in its own line, else the one right of it, and the one below it. */
    private static List<Raw> valuesOf(PageLayout layout, PageLayout.Row row, int hitIndex) {
        PageLayout.Hit hit = row.hits.get(hitIndex);
        Box labelBox = row.part(hit.start(), hit.end());
        int end = hitIndex + 1 < row.hits.size() ? row.hits.get(hitIndex + 1).start() : row.clean.length();
        String field = hit.label().field();
        List<Raw> out = new ArrayList<>();
        if (end > hit.end()) {
            List<PageLayout.Row> used = new ArrayList<>(List.of(row));
            out.add(new Raw(row.clean.substring(hit.end(), end), row.line.confidence(), row.part(hit.end(), end)));
            if (MULTI_LINE.contains(field)) {
                out.set(0, continued(layout, out.get(0), labelBox, used, ENTITY_NAMES.contains(field)));
            }
            return out;
        }
        if (hitIndex + 1 < row.hits.size()) {
            return out;    // the next label follows at once: this one's value is missing
        }
        List<PageLayout.Row> used = new ArrayList<>(List.of(row));
        Raw right = right(layout, row, labelBox, used);
        if (right != null) {
            out.add(MULTI_LINE.contains(field) ? continued(layout, right, labelBox, used, ENTITY_NAMES.contains(field)) : right);
        }
        used = new ArrayList<>(List.of(row));
        Raw below = below(layout, labelBox, used);
        if (below != null) {
            out.add(MULTI_LINE.contains(field) ? continued(layout, below, labelBox, used, ENTITY_NAMES.contains(field)) : below);
        }
        return out;
    }

    private static boolean hasContent(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The lines right of the label on its row, nearest first, up to the next label. */
    private static Raw right(PageLayout layout, PageLayout.Row labelRow, Box labelBox, List<PageLayout.Row> used) {
        List<PageLayout.Row> row = new ArrayList<>();
        for (PageLayout.Row r : layout.rows) {
            if (r != labelRow && r.box().x() >= labelBox.right() - labelBox.height() && r.box().centerX() > labelBox.right()
                    && r.box().verticalOverlap(labelBox) >= 0.4 && r.box().x() - labelBox.right() < 6 * labelBox.height()) {
                row.add(r);
            }
        }
        row.sort(java.util.Comparator.comparingInt(r -> r.box().x()));
        StringBuilder text = new StringBuilder();
        double confidence = 1;
        Box box = null;
        for (PageLayout.Row r : row) {
            int end = r.endOfValue(0);
            if (end > 0) {
                text.append(r.clean, 0, end);
                confidence = Math.min(confidence, r.line.confidence());
                Box part = r.part(0, end);
                box = box == null ? part : box.union(part);
                used.add(r);
            }
            if (end < r.clean.length()) {
                break;
            }
        }
        return box == null ? null : new Raw(text.toString(), confidence, box);
    }

    /** The line just below the label, starting near the label's left edge (a credit code under its label). */
    private static Raw below(PageLayout layout, Box labelBox, List<PageLayout.Row> used) {
        int h = Math.max(1, labelBox.height());
        PageLayout.Row best = null;
        for (PageLayout.Row r : layout.rows) {
            Box b = r.box();
            if (b.y() >= labelBox.y() + h / 2 && b.y() - labelBox.bottom() < 1.8 * h && b.x() < labelBox.right() + h
                    && b.right() > labelBox.x() && !r.startsWithLabel() && (best == null || b.y() < best.box().y())) {
                best = r;
            }
        }
        if (best == null) {
            return null;
        }
        used.add(best);
        int end = best.endOfValue(0);
        return new Raw(best.clean.substring(0, end), best.line.confidence(), best.part(0, end));
    }

    /** Fields holding the name of a business, which ends with its form (有限公司, 厂, 中心...). */
    private static final Set<String> ENTITY_NAMES = Set.of("name", "registrant");
    /**
     * The value with the lines below it that start where it starts (a wrapped address or name). A business name
     * ({@code entity}) stops once it ends with a form of business (有限公司...) unless the next line opens a bracket,
     * and never takes a line that has a label cell of its own to the left, read or misread (美型 for 类型).
     */
    private static Raw continued(PageLayout layout, Raw first, Box labelBox, List<PageLayout.Row> used, boolean entity) {
        StringBuilder text = new StringBuilder(first.text());
        double confidence = first.confidence();
        Box box = first.box();
        Box last = first.box();
        int h = Math.max(1, last.height());
        for (int n = 0; n < 3; n++) {
            PageLayout.Row next = null;
            for (PageLayout.Row r : layout.rows) {
                Box b = r.box();
                if (used.contains(r) || r.startsWithLabel() || b.y() < last.y() + h / 2 || b.y() - last.bottom() > 0.9 * h
                        || Math.abs(b.x() - first.box().x()) > 1.5 * h || ownLabelOnRow(layout, r, labelBox)) {
                    continue;
                }
                if (next == null || b.y() < next.box().y()) {
                    next = r;
                }
            }
            if (next == null) {
                break;
            }
            if (entity && (BusinessNames.complete(text.toString()) && !next.clean.startsWith("（") && !next.clean.startsWith("(")
                    || labelCellLeftOf(layout, next, labelBox))) {
                break;
            }
            int end = next.endOfValue(0);
            text.append(next.clean, 0, end);
            confidence = Math.min(confidence, next.line.confidence());
            Box part = next.part(0, end);
            box = box.union(part);
            last = part;
            used.add(next);
            if (end < next.clean.length()) {
                break;
            }
        }
        return new Raw(text.toString(), confidence, box);
    }

    /**
     * True when a short line (a label, possibly misread: 美型, AR) starts in the label's column on the line's row,
     * left of it: the line is the value of that cell, not a wrapped part of the value above.
     */
    private static boolean labelCellLeftOf(PageLayout layout, PageLayout.Row line, Box labelBox) {
        int h = Math.max(1, labelBox.height());
        for (PageLayout.Row r : layout.rows) {
            Box b = r.box();
            if (r != line && r.clean.length() <= 6 && b.verticalOverlap(line.box()) >= 0.4
                    && b.right() <= line.box().x() + h / 2 && Math.abs(b.x() - labelBox.x()) <= 1.5 * h) {
                return true;
            }
        }
        return false;
    }

    /** True when a label of the same column sits left of the line: the line is that label's value. */
    private static boolean ownLabelOnRow(PageLayout layout, PageLayout.Row line, Box labelBox) {
        int h = Math.max(1, labelBox.height());
        for (PageLayout.Row r : layout.rows) {
            if (r != line && !r.hits.isEmpty() && r.box().verticalOverlap(line.box()) >= 0.4
                    && r.box().right() <= line.box().x() + h / 2 && r.box().x() >= labelBox.x() - h) {
                return true;
            }
        }
        return false;
    }

    // ---- classification ---------------------------------------------------------------------------------------

    /** How many distinct labels of {@code kind} the page shows. */
    public static int labelScore(CertificateKind kind, OcrPage page) {
        return new PageLayout(page, kind).labelCount();
    }

    /** The kind whose labels the page shows (at least two, more than any other kind), or null. */
    public static CertificateKind classify(OcrPage page) {
        CertificateKind best = null;
        int bestScore = 1;
        boolean tie = false;
        for (CertificateKind k : CertificateKind.values()) {
            int s = labelScore(k, page);
            if (s > bestScore) {
                best = k;
                bestScore = s;
                tie = false;
            } else if (s == bestScore && best != null) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /** True when the page shows too few of the kind's labels to be that kind. */
    public static boolean isNotKind(CertificateKind kind, OcrPage page) {
        return labelScore(kind, page) < 2;
    }
}
