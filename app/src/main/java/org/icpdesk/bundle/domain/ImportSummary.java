package org.icpdesk.bundle.domain;

import java.util.List;

/**
 * What one import did: counts per cli.md's summary line, and the conflicts that need a person
 * (a newer order version arrived while a decision on the stored version was not yet exported).
 */
public record ImportSummary(String bundle, String bundleId, int added, int updated, int unchanged, List<Conflict> conflicts) {
    public ImportSummary {
        conflicts = List.copyOf(conflicts);
    }

    /** A newer version kept aside until the reviewer resolves it. */
    public record Conflict(String orderId, int storedVersion, int incomingVersion, String decisionOutcome) {
    }
}
