package org.icpdesk.rules.domain;

import java.util.List;

/**
 * A national or province rule (province-rules.yaml).
 *
 * @param province   GB/T 2260 code of the province, or null for a national rule
 * @param appliesTo  {@code unit}, {@code individual} or {@code both}
 * @param checkable  true when a program can decide it; false when a reviewer judges (a checklist prompt)
 * @param reason     the rejection code when it fails: its own {@code reason}, else its type's default; may be null
 */
public record Rule(String province, String id, String appliesTo, String type, RuleParams params, boolean checkable,
                   List<String> fields, String zh, String en, String source, String conflictsWith, String note, String reason) {
    public Rule {
        fields = List.copyOf(fields);
        params = params == null ? RuleParams.EMPTY : params;
    }

    /** The rule id unique across the data: {@code <id>} for national rules, {@code <province>/<id>} for province rules. */
    public String qualifiedId() {
        return province == null ? id : province + "/" + id;
    }

    public boolean isNational() {
        return province == null;
    }

    /** Whether the rule applies to a subject of this kind ({@code unit} or {@code individual}). */
    public boolean appliesTo(String subjectKind) {
        return "both".equals(appliesTo) || appliesTo.equals(subjectKind);
    }

    /** {@code params.rule}, the variant of types such as {@code site-name-rule}; null when the type has none. */
    public String variant() {
        return params.string("rule").orElse(null);
    }

    /** {@code type} or {@code type:variant}: the key a check implements. */
    public String key() {
        String v = variant();
        return v == null ? type : type + ":" + v;
    }
}
