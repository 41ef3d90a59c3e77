package org.icpdesk.rules.domain;

import java.util.Set;

/** Which checkable rules of the data the engine decides from the order alone; the others become checklist prompts. */
final class Coverage {
    private static final Set<String> KEYS = Set.of(
            "site-name-rule:min-han-chars", "site-name-rule:no-digits-or-latin-only", "site-name-rule:no-special-symbols",
            "site-name-rule:not-domain", "site-name-rule:template", "site-name-rule:unique-within-subject",
            "forbidden-words-in-site-name",
            "principal-must-be-legal-rep", "site-principal-must-equal-principal", "principal-id-type",
            "min-age", "certificate-validity", "out-of-province-individual",
            "phone-rule:landline-format", "phone-rule:landline-area-matches-address", "phone-rule:landline-required",
            "phone-rule:emergency-is-mobile", "email-rule:valid-deliverable",
            "address-rule:house-number-or-remark", "address-rule:region-same-province-as-certificate",
            "address-rule:province-matches-certificate", "address-rule:district-by-ring-road",
            "investor-field-rule", "content-type-rule",
            "domain-rule:approved-tld", "domain-rule:homepage-url", "domain-rule:root-domain-only",
            "max-domains-per-site", "max-domains-per-order", "max-sites-per-order", "max-sites-per-subject",
            "volume-threshold-requires", "unsupported-order-type", "subject-eligibility:mainland-only");

    /** Conditions of {@code requires-document} and {@code remark-required} that the order data decides. */
    private static final Set<String> CONDITIONS = Set.of(
            "always", "principal-under-18", "site-principal-differs-from-principal", "site-principal-not-legal-rep",
            "legal-rep-id-out-of-province", "subject-has-filed-sites", "individual-or-content-type-other",
            "different-prefix-domains-same-site");

    private Coverage() {
    }

    static boolean implemented(Rule rule) {
        if (!rule.checkable()) {
            return false;
        }
        switch (rule.type()) {
            case "requires-document":
                return CONDITIONS.contains(rule.params().string("condition").orElse("always"));
            case "remark-required":
                return CONDITIONS.contains(rule.params().string("condition").orElse("always"));
            case "pre-approval-required":
                return !rule.params().strings("trigger_keywords").isEmpty();
            case "resource-rule":
                return rule.params().has("ips_per_site_max") || rule.params().has("ip_only_sites");
            case "domain-rule":
                return KEYS.contains(rule.key()) && rule.params().strings("order_types").isEmpty();
            default:
                return KEYS.contains(rule.key()) || KEYS.contains(rule.type());
        }
    }
}
