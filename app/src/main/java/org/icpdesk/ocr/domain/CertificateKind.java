package org.icpdesk.ocr.domain;

import java.util.List;
import java.util.Optional;

/** The certificate kinds OCR reads, with the field keys of spec/cli.md in their printed order. */
public enum CertificateKind {
    ID_CARD_FRONT(List.of("name", "sex", "ethnicity", "birth_date", "address", "id_number")),
    ID_CARD_BACK(List.of("issuing_authority", "valid_from", "valid_to")),
    BUSINESS_LICENSE(List.of("credit_code", "name", "type", "legal_representative", "address", "registered_capital",
            "established_date")),
    DOMAIN_CERTIFICATE(List.of("domain", "registrant", "registered_date", "expiry_date"));

    private final List<String> fieldKeys;

    CertificateKind(List<String> fieldKeys) {
        this.fieldKeys = fieldKeys;
    }

    /** The keys of the {@code fields} object of the {@code ocr} command, all present in every reading. */
    public List<String> fieldKeys() {
        return fieldKeys;
    }

    /** The certificate kind of a bundle material kind, empty for kinds OCR does not read (photos, letters). */
    public static Optional<CertificateKind> ofMaterialKind(String materialKind) {
        for (CertificateKind k : values()) {
            if (k.name().equals(materialKind)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
