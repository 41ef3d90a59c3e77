package org.icpdesk.review.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.icpdesk.order.domain.Material;
import org.icpdesk.order.domain.Order;
import org.icpdesk.order.domain.Principal;
import org.icpdesk.order.domain.Site;
import org.icpdesk.rules.domain.OcrReadings;
import org.icpdesk.rules.domain.OcrValue;

/**
 * The order view's field table: per compared field the entered value, the value read from the certificate (OCR, through
 * rules' {@link OcrReadings}) and how they compare. Without readings a field is {@link Status#NOT_READ}.
 */
public final class FieldComparison {
    private FieldComparison() {
    }

    /** How an entered value compares with the certificate. */
    public enum Status { MATCH, MISMATCH, UNREADABLE, NOT_READ, NO_MATERIAL }

    /**
     * One row.
     *
     * @param field    bundle path, e.g. {@code principal.idNumber}
     * @param material id of the material read (null when the order has none for the field)
     */
    public record Row(String field, String entered, String read, Double confidence, String material, Status status,
                      boolean corrected, OcrValue.Area area) {
        public Row(String field, String entered, String read, Double confidence, String material, Status status) {
            this(field, entered, read, confidence, material, status, false, null);
        }

        /** The entered value against the read one, character by character (empty when nothing was read). */
        public List<CharDiff.Segment> diff() {
            return read == null ? List.of() : CharDiff.of(entered == null ? "" : entered, read);
        }

        /** As {@link #diff()}, with the entered characters the reading lacks as missing segments where they stand. */
        public List<CharDiff.Segment> diffWithMissing() {
            return read == null ? List.of() : CharDiff.withMissing(entered == null ? "" : entered, read);
        }

        @Override
        public String toString() {
            return "Row[" + field + ", " + status + "]";
        }
    }

    public static List<Row> rows(Order order, OcrReadings readings) {
        List<Row> rows = new ArrayList<>();
        boolean unit = order.subject() != null && order.subject().isUnit();
        if (order.subject() != null) {
            var s = order.subject();
            String certKey = unit ? "credit_code" : "id_number";
            rows.add(row(order, readings, "subject.name", s.name(), "name"));
            rows.add(row(order, readings, "subject.certificateNumber", s.certificateNumber(), certKey));
            if (unit) {
                rows.add(row(order, readings, "subject.legalRepresentative", s.legalRepresentative(), "legal_representative"));
            }
            rows.add(row(order, readings, "subject.address", s.address(), "address"));
        }
        principalRows(order, readings, rows, "principal", order.principal());
        for (int i = 0; i < order.sites().size(); i++) {
            Site site = order.sites().get(i);
            String owner = "site:" + i;
            Optional<Material> cert = order.materials().stream()
                    .filter(m -> owner.equals(m.owner()) && "DOMAIN_CERTIFICATE".equals(m.kind())).findFirst();
            for (int d = 0; d < site.domains().size(); d++) {
                rows.add(compare("sites[" + i + "].domains[" + d + "]", site.domains().get(d), cert, readings, "domain"));
            }
            principalRows(order, readings, rows, "sites[" + i + "].principal", site.principal());
        }
        return rows;
    }

    private static void principalRows(Order order, OcrReadings readings, List<Row> rows, String prefix, Principal p) {
        if (p == null) {
            return;
        }
        rows.add(row(order, readings, prefix + ".name", p.name(), "name"));
        rows.add(row(order, readings, prefix + ".idNumber", p.idNumber(), "id_number"));
        rows.add(row(order, readings, prefix + ".idValidTo", p.idValidTo(), "valid_to"));
    }

    private static Row row(Order order, OcrReadings readings, String field, String entered, String key) {
        Optional<Material> basis = EditableFields.find(order, field).flatMap(e -> e.basis().stream().findFirst());
        return compare(field, entered, basis, readings, key);
    }

    private static Row compare(String field, String entered, Optional<Material> material, OcrReadings readings, String key) {
        if (material.isEmpty()) {
            return new Row(field, entered, null, null, null, Status.NO_MATERIAL);
        }
        Map<String, OcrValue> read = readings.fields(material.get().id());
        OcrValue value = read.get(key);
        if (value == null || value.value() == null) {
            // A reading without this field: the certificate was read but the field could not be.
            Status status = read.isEmpty() ? Status.NOT_READ : Status.UNREADABLE;
            return new Row(field, entered, null, null, material.get().id(), status, false, value == null ? null : value.area());
        }
        Function<String, String> norm = t -> t == null ? "" : t.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
        Status status = norm.apply(entered).equals(norm.apply(value.value())) ? Status.MATCH : Status.MISMATCH;
        return new Row(field, entered, value.value(), value.confidence(), material.get().id(), status, value.corrected(), value.area());
    }
}
