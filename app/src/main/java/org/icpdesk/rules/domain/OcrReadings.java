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

    /**
     * The image quality gate's problems with the material's image ({@code BLURRED}, {@code TOO_DARK}, {@code GLARE},
     * {@code TOO_SMALL}, {@code CROPPED}, {@code NOT_THIS_KIND}); empty when it is fine or was not read.
     */
    default java.util.List<String> problems(String materialId) {
        return java.util.List.of();
    }

    /** No OCR at all. */
    static OcrReadings none() {
        return materialId -> Map.of();
    }

    /** Fixed readings, e.g. from a cache or a test. */
    static OcrReadings of(Map<String, Map<String, OcrValue>> byMaterial) {
        return of(byMaterial, Map.of());
    }

    /** Fixed readings and quality problems by material id. */
    static OcrReadings of(Map<String, Map<String, OcrValue>> byMaterial, Map<String, java.util.List<String>> problemsByMaterial) {
        Map<String, Map<String, OcrValue>> copy = Map.copyOf(byMaterial);
        Map<String, java.util.List<String>> problems = Map.copyOf(problemsByMaterial);
        return new OcrReadings() {
            @Override
            public Map<String, OcrValue> fields(String materialId) {
                return copy.getOrDefault(materialId, Map.of());
            }

            @Override
            public java.util.List<String> problems(String materialId) {
                return problems.getOrDefault(materialId, java.util.List.of());
            }
        };
    }
}
