package org.icpdesk.rules.domain;

import java.util.List;

/**
 * A reason an order is returned (rejection-reasons.yaml).
 *
 * @param check     {@code auto}, {@code assisted} or {@code manual}: how a finding with this code is reached
 * @param provinces GB/T 2260 codes when the reason only arises there; empty otherwise
 */
public record Reason(String code, String stage, List<String> fields, String check, String zh, String en, String source,
                     List<String> alsoSources, List<String> provinces, String conflictsWith) {
    public Reason {
        fields = List.copyOf(fields);
        alsoSources = List.copyOf(alsoSources);
        provinces = List.copyOf(provinces);
    }

    /** The severity of a finding with this code unless a check knows better. */
    public Severity defaultSeverity() {
        return Severity.forCheck(check);
    }
}
