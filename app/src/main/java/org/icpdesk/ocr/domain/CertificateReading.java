package org.icpdesk.ocr.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What OCR made of one certificate image: the kind (classified when asked for AUTO), the quality verdict, every field
 * key of the kind (unread ones with a null value), the engine that read it and, for an image that could not be read
 * at all, the reason ({@code error}, else null).
 */
public record CertificateReading(CertificateKind kind, Quality quality, Map<String, FieldReading> fields, String engine,
                                 String error) {

    public CertificateReading {
        Map<String, FieldReading> all = new LinkedHashMap<>();
        if (kind != null) {
            for (String key : kind.fieldKeys()) {
                all.put(key, fields.getOrDefault(key, FieldReading.unread()));
            }
        }
        fields.forEach(all::putIfAbsent);
        fields = Collections.unmodifiableMap(all);
    }

    /** An image that could not be decoded or read at all. */
    public static CertificateReading failed(CertificateKind kind, String engine, String error) {
        return new CertificateReading(kind, new Quality(java.util.List.of()), Map.of(), engine, error);
    }

    public FieldReading field(String key) {
        return fields.getOrDefault(key, FieldReading.unread());
    }
}
