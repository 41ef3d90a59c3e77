package org.icpdesk.order.domain;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One filing order as the applicant submitted it (orders bundle v1, {@code orders/<id>.json}).
 * Field names follow the bundle JSON; closed-list values stay strings so that an unknown value is kept and
 * reported by the rules, never refused at import.
 */
public record Order(
        String id,
        int version,
        String type,
        String provider,
        String province,
        OffsetDateTime submittedAt,
        Boolean assistedEditConsent,
        String filingNumber,
        Subject subject,
        Principal principal,
        List<Site> sites,
        List<Material> materials) {

    public Order {
        sites = sites == null ? List.of() : List.copyOf(sites);
        materials = materials == null ? List.of() : List.copyOf(materials);
    }

    public boolean consentsToAssistedEdit() {
        return Boolean.TRUE.equals(assistedEditConsent);
    }
}
