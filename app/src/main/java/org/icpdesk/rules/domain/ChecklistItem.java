package org.icpdesk.rules.domain;

/**
 * A rule the program does not decide, as a prompt for the reviewer of an order in a province.
 *
 * @param ruleId qualified rule id
 * @param code   the rejection code to use when the reviewer finds the rule broken (may be null)
 * @param why    why a person has to look
 */
public record ChecklistItem(String ruleId, String province, String appliesTo, String type, String code, String zh, String en,
                            String source, Why why) {
    /** Why a rule is a prompt rather than a check. */
    public enum Why {
        /** The rule data marks it {@code checkable: false}: a reviewer judges. */
        REVIEWER_JUDGES,
        /** Checkable in principle, but it needs back-office data the order does not carry (ext.*, filed records, images). */
        NEEDS_BACK_OFFICE_DATA
    }
}
