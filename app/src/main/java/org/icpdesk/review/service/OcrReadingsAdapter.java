package org.icpdesk.review.service;

import java.util.LinkedHashMap;
import java.util.Map;
import org.icpdesk.ocr.domain.Box;
import org.icpdesk.ocr.domain.CertificateReading;
import org.icpdesk.ocr.domain.FieldReading;
import org.icpdesk.rules.domain.OcrReadings;
import org.icpdesk.rules.domain.OcrValue;

/** Hands the OCR cache's readings of an order's materials to the rules and the field table. */
public final class OcrReadingsAdapter {
    private OcrReadingsAdapter() {
    }

    /** Readings by material id; an image that could not be read at all contributes nothing. */
    public static OcrReadings of(Map<String, CertificateReading> byMaterial) {
        Map<String, Map<String, OcrValue>> out = new LinkedHashMap<>();
        Map<String, java.util.List<String>> problems = new LinkedHashMap<>();
        byMaterial.forEach((materialId, reading) -> {
            if (!reading.quality().ok()) {
                problems.put(materialId, reading.quality().problems().stream().map(Enum::name).toList());
            }
            if (reading.error() != null) {
                problems.put(materialId, java.util.List.of("UNREADABLE"));
                return;
            }
            Map<String, OcrValue> fields = new LinkedHashMap<>();
            reading.fields().forEach((key, f) -> fields.put(key, value(f)));
            out.put(materialId, fields);
        });
        return OcrReadings.of(out, problems);
    }

    private static OcrValue value(FieldReading f) {
        Box b = f.box();
        return new OcrValue(f.value(), f.confidence(), f.corrected(), b == null ? null : new OcrValue.Area(b.x(), b.y(), b.width(), b.height()));
    }
}
