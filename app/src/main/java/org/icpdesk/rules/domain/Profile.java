package org.icpdesk.rules.domain;

import java.util.Map;
import java.util.Set;

/**
 * Provider configuration over the rule data (profiles.yaml): which of the rules the seeds disagree on apply
 * (DOMAIN.md section 14) and severities that differ from the catalogue's default.
 *
 * @param disabledRules      qualified rule ids ({@code <id>}, {@code <province>/<id>}, {@code reference/<id>}) that do not apply
 * @param severities         qualified rule id to the severity its findings get
 * @param ocrHighConfidence  OCR confidence from which a reading counts as sure
 */
public record Profile(String name, Set<String> disabledRules, Map<String, Severity> severities, double ocrHighConfidence) {
    public Profile {
        disabledRules = Set.copyOf(disabledRules);
        severities = Map.copyOf(severities);
    }

    public boolean enabled(String qualifiedRuleId) {
        return !disabledRules.contains(qualifiedRuleId);
    }
}
