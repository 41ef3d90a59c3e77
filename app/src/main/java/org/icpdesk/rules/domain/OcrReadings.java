package org.icpdesk.rules.domain;

import java.util.Map;

/**
 * What OCR read from the materials of an order: per material id, the field values by the keys of spec/cli.md
 * ({@code name}, {@code id_number}, {@code credit_code}, {@code address}, {@code legal_representative},
 * {@code valid_to}, {@code domain}, {@code registrant}, ...).
 */
public interface OcrReadings {
    /** Readings of one material; empty when it was not read. */
    Map<String, OcrValue> fields(String materialId);

    /** No OCR at all. */
    static OcrReadings none() {
        return materialId -> Map.of();
    }

    /** Fixed readings, e.g. from a cache or a test. */
    static OcrReadings of(Map<String, Map<String, OcrValue>> byMaterial) {
        Map<String, Map<String, OcrValue>> copy = Map.copyOf(byMaterial);
        return materialId -> copy.getOrDefault(materialId, Map.of());
    }
}
