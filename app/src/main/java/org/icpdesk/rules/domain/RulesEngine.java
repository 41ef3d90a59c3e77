package org.icpdesk.rules.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.icpdesk.order.domain.Order;

/**
 * Runs every checkable rule of the rule data, and the field rules and OCR comparisons of the reference data, on one
 * order. Pure: no I/O, no clock (the day of the check is a parameter), thread-safe once built.
 */
public final class RulesEngine {
    private static final Comparator<Finding> BY_SEVERITY = Comparator.comparing(Finding::severity);

    private final RuleCatalogue catalogue;
    private final ReferenceData reference;
    private final Profiles profiles;
    private final PublicSuffixes suffixes;
    private final MessageRenderer renderer;
    private final Map<String, Set<String>> supersedes;
    private final List<Check> checks;

    /** One group of checks. */
    interface Check {
        void run(CheckContext ctx);
    }

    public RulesEngine(RuleCatalogue catalogue, ReferenceData reference, Profiles profiles, PublicSuffixes suffixes,
                       MessageRenderer renderer) {
        this.catalogue = catalogue;
        this.reference = reference;
        this.profiles = profiles;
        this.suffixes = suffixes;
        this.renderer = renderer;
        this.supersedes = reference.supersedes();
        Addresses addresses = new Addresses(reference.words("house_number_markers"), reference.words("numerals"),
                reference.words("address_special_characters"));
        this.checks = List.of(new SubjectChecks(addresses), new PersonChecks(), new SiteNameChecks(), new DomainChecks(),
                new SiteChecks(), new MaterialChecks(), new OcrChecks());
    }

    public RuleCatalogue catalogue() {
        return catalogue;
    }

    /** The version of the rule data, as recorded in each finding. */
    public String dataVersion() {
        return catalogue.dataVersion();
    }

    /**
     * The findings for {@code order} as of {@code today} (validity periods and ages count from it), comparing with
     * what OCR read from its materials. Errors first, then warnings, then infos.
     */
    public List<Finding> check(Order order, LocalDate today, OcrReadings readings) {
        Profile profile = profiles.forProvider(order.provider());
        CheckContext ctx = new CheckContext(order, today, readings == null ? OcrReadings.none() : readings, catalogue, reference,
                profile, suffixes);
        for (Check c : checks) {
            c.run(ctx);
        }
        List<Finding> findings = new ArrayList<>();
        for (FindingDraft d : ctx.drafts()) {
            findings.add(finish(d, profile));
        }
        findings.sort(BY_SEVERITY);
        return dropSuperseded(dedupe(findings));
    }

    /**
     * The prompts for a reviewer of an order of this subject kind in this province: the rules a person judges
     * ({@code checkable: false}) and the checkable ones that need data the order does not carry.
     */
    public List<ChecklistItem> checklist(String province, String subjectKind, String provider) {
        Profile profile = profiles.forProvider(provider);
        List<ChecklistItem> items = new ArrayList<>();
        for (Rule r : catalogue.rulesFor(province)) {
            if (!r.appliesTo(subjectKind) || !profile.enabled(r.qualifiedId()) || Coverage.implemented(r)) {
                continue;
            }
            items.add(new ChecklistItem(r.qualifiedId(), r.province(), r.appliesTo(), r.type(), r.reason(), r.zh(), r.en(), r.source(),
                    r.checkable() ? ChecklistItem.Why.NEEDS_BACK_OFFICE_DATA : ChecklistItem.Why.REVIEWER_JUDGES));
        }
        return Collections.unmodifiableList(items);
    }

    /** Whether the engine decides this rule itself (else it is a checklist prompt). */
    public static boolean decides(Rule rule) {
        return Coverage.implemented(rule);
    }

    private Finding finish(FindingDraft d, Profile profile) {
        Reason reason = catalogue.reason(d.code)
                .orElseThrow(() -> new IllegalStateException("Rule " + d.ruleId + " reports unknown code " + d.code));
        Severity severity = profile.severities().get(d.ruleId);
        if (severity == null) {
            severity = d.severity != null ? d.severity : reason.defaultSeverity();
        }
        LocalizedText message = renderer.render(reason, d.detailKey, d.detailArgs);
        return new Finding(d.code, severity, d.fields, d.entered, d.extracted, d.material, message, d.ruleId, d.source,
                catalogue.dataVersion());
    }

    /** One finding per code, fields and material: the first, which is the most severe after sorting. */
    private static List<Finding> dedupe(List<Finding> sorted) {
        Map<String, Finding> seen = new LinkedHashMap<>();
        for (Finding f : sorted) {
            seen.putIfAbsent(f.code() + "|" + f.fields() + "|" + f.material(), f);
        }
        return new ArrayList<>(seen.values());
    }

    /** Drops a general code where a specific one covers one of the same fields (e.g. PRE-APPROVAL-MISSING under PRE-FINANCE). */
    private List<Finding> dropSuperseded(List<Finding> findings) {
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) {
            boolean covered = findings.stream().anyMatch(g -> g != f
                    && supersedes.getOrDefault(g.code(), Set.of()).contains(f.code())
                    && !Collections.disjoint(g.fields(), f.fields()));
            if (!covered) {
                out.add(f);
            }
        }
        return Collections.unmodifiableList(out);
    }
}
