package org.icpdesk.rules.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.icpdesk.order.domain.PreApproval;
import org.icpdesk.order.domain.Principal;
import org.icpdesk.order.domain.Site;

/** Materials: those every order needs, documents the rules require in a situation, volume thresholds, pre-approvals. */
final class MaterialChecks implements RulesEngine.Check {
    @Override
    public void run(CheckContext ctx) {
        if (ctx.reference.materialOrderTypes().contains(ctx.order.type())) {
            for (ReferenceData.MaterialRequirement req : ctx.reference.materials()) {
                if (ctx.profile.enabled(req.qualifiedId()) && req.subjectKinds().contains(ctx.kind)) {
                    requirement(ctx, req);
                }
            }
            for (Rule r : ctx.rules("requires-document")) {
                if (Coverage.implemented(r)) {
                    requiresDocument(ctx, r);
                }
            }
        }
        for (Rule r : ctx.rules("volume-threshold-requires")) {
            volume(ctx, r);
        }
        for (Rule r : ctx.rules("pre-approval-required")) {
            if (Coverage.implemented(r)) {
                keywords(ctx, r);
            }
        }
        declaredPreApprovals(ctx);
    }

    static String materialField(String kind) {
        return "materials." + kind.toLowerCase(Locale.ROOT);
    }

    private static boolean needsIdDocuments(ReferenceData.MaterialRequirement req, Principal p) {
        if (req.idTypes().isEmpty()) {
            return true;
        }
        String type = p == null || p.idType() == null ? "ID_CARD" : p.idType();
        return req.idTypes().contains(type);
    }

    private static void requirement(CheckContext ctx, ReferenceData.MaterialRequirement req) {
        List<String> owners = new ArrayList<>(req.alsoOwners());
        String kind = req.kinds().get(0);
        switch (req.owner()) {
            case "site":
                for (int i = 0; i < ctx.sites().size(); i++) {
                    Principal sp = ctx.sites().get(i).principal();
                    if (!needsIdDocuments(req, sp)) {
                        continue;
                    }
                    if (req.principalCovers() && ctx.sitePerson(i).map(ctx::isSubjectPrincipal).orElse(false)) {
                        continue;                    // the subject principal's own documents serve, and are checked as such
                    }
                    List<String> siteOwners = new ArrayList<>(owners);
                    siteOwners.add("site:" + i);
                    if (ctx.materials(req.kinds(), siteOwners).isEmpty()) {
                        String owner = CheckContext.sitePath(i) + (req.idTypes().isEmpty() ? "" : ".principal");
                        ctx.report(req.code(), req.qualifiedId(), req.source()).fields(owner, materialField(kind))
                                .detail("rules.detail.material-missing-site", ctx.document(kind), i + 1);
                    }
                }
                break;
            default:
                if (!needsIdDocuments(req, ctx.order.principal())) {
                    return;
                }
                owners.add(req.owner());
                if (ctx.materials(req.kinds(), owners).isEmpty()) {
                    ctx.report(req.code(), req.qualifiedId(), req.source()).fields(materialField(kind))
                            .detail("rules.detail.material-missing", ctx.document(kind));
                }
                break;
        }
    }

    private static void requiresDocument(CheckContext ctx, Rule rule) {
        String document = rule.params().string("document").orElse(null);
        if (document == null) {
            return;
        }
        String condition = rule.params().string("condition").orElse("always");
        switch (condition) {
            case "always":
                if ("ID_CARD_BACK".equals(document)) {
                    idCardBacks(ctx, rule);
                } else if (!ctx.hasMaterial(document)) {
                    ctx.report(rule).fields(materialField(document)).detail("rules.detail.material-missing", ctx.document(document));
                }
                break;
            case "principal-under-18": {
                Principal p = ctx.order.principal();
                OptionalInt age = p == null ? OptionalInt.empty() : IdNumbers.ageOn(p.idNumber(), ctx.today);
                if (age.isPresent() && age.getAsInt() < 18 && !ctx.hasMaterial(document)) {
                    ctx.report(rule).fields("principal.idNumber", materialField(document)).entered(p.idNumber())
                            .detail("rules.detail.minor-proof", age.getAsInt(), ctx.document(document));
                }
                break;
            }
            case "site-principal-differs-from-principal":
            case "site-principal-not-legal-rep":
                authorization(ctx, rule, document, condition);
                break;
            case "legal-rep-id-out-of-province": {
                Principal p = ctx.order.principal();
                if (p == null || !ctx.principalIsLegalRep().orElse(false) || IdNumbers.regionCode(p.idNumber()).isEmpty()
                        || p.idNumber().startsWith(ctx.province)) {
                    return;
                }
                String alternative = rule.params().string("alternative_document").orElse(document);
                if (!ctx.hasMaterial(document) && !ctx.hasMaterial(alternative)) {
                    ctx.report(rule).fields("principal.idNumber", materialField(document)).entered(p.idNumber()).severity(Severity.WARNING)
                            .detail("rules.detail.legal-rep-out-of-province", ctx.provinceNameOf(p.idNumber().substring(0, 2)),
                                    ctx.provinceName(), ctx.document(document), ctx.document(alternative));
                }
                break;
            }
            case "subject-has-filed-sites":
                if (("add-site".equals(ctx.order.type()) || !Texts.isBlank(ctx.order.filingNumber())) && !ctx.hasMaterial(document)) {
                    ctx.report(rule).fields("sites", materialField(document)).detail("rules.detail.filed-sites-document", ctx.document(document), ctx.provinceName());
                }
                break;
            default:
                break;
        }
    }

    /** ID cards need both sides; one image may hold both, so a missing back beside a front is a warning. */
    private static void idCardBacks(CheckContext ctx, Rule rule) {
        for (Person person : ctx.persons()) {
            Principal p = person.principal();
            if (!PersonChecks.holdsIdCard(p) || person.siteIndex() >= 0 && (!ctx.isUnit() || ctx.isSubjectPrincipal(person))) {
                continue;
            }
            List<String> owners = person.isSubjectPrincipal() ? List.of("principal", "subject") : List.of("site:" + person.siteIndex());
            boolean front = !ctx.materials(List.of("ID_CARD_FRONT"), owners).isEmpty();
            boolean back = !ctx.materials(List.of("ID_CARD_BACK"), owners).isEmpty();
            if (!back) {
                FindingDraft d = ctx.report(rule).fields(person.path(), materialField("ID_CARD_BACK"))
                        .detail("rules.detail.id-back-missing", person.isSubjectPrincipal() ? 0 : person.siteIndex() + 1);
                if (front) {
                    d.severity(Severity.WARNING);
                }
            }
        }
    }

    private static void authorization(CheckContext ctx, Rule rule, String document, String condition) {
        if (!ctx.isUnit()) {
            return;
        }
        for (Person person : ctx.persons()) {
            if (person.isSubjectPrincipal()) {
                continue;
            }
            boolean needed = "site-principal-differs-from-principal".equals(condition)
                    ? !ctx.isSubjectPrincipal(person)
                    : !ctx.isLegalRep(person).orElse(true);
            if (needed && !ctx.hasMaterialForSite(document, person.siteIndex())) {
                ctx.report(rule).fields(person.field("name"), materialField(document)).entered(person.principal().name())
                        .detail("site-principal-differs-from-principal".equals(condition) ? "rules.detail.authorization-differs"
                                : "rules.detail.authorization-not-legal-rep", person.siteIndex() + 1, ctx.provinceName());
            }
        }
    }

    /**
     * Volume thresholds (Hunan, Guangdong, Sichuan, Chongqing, Ningxia, Henan), counted on this order alone: a lower
     * bound, since the subject's filed sites need the MIIT records. Mail, e-mail and in-person steps are infos.
     */
    private static void volume(CheckContext ctx, Rule rule) {
        int count = count(ctx, rule.params().string("count").orElse("sites"));
        Object t = rule.params().values().get("threshold");
        int threshold;
        if (t instanceof Number) {
            threshold = ((Number) t).intValue();
        } else if (t instanceof Map) {
            threshold = ((Map<?, ?>) t).values().stream().filter(Number.class::isInstance).mapToInt(v -> ((Number) v).intValue()).max()
                    .orElse(Integer.MAX_VALUE);
        } else {
            return;
        }
        boolean reached = rule.params().bool("inclusive").orElse(false) ? count >= threshold : count > threshold;
        if (!reached) {
            return;
        }
        String delivery = rule.params().string("delivery").orElse("upload");
        List<String> missing = new ArrayList<>();
        for (String kind : rule.params().strings("requires")) {
            if (!"upload".equals(delivery) || !ctx.hasMaterial(kind)) {
                missing.add(kind);
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        FindingDraft d = ctx.report(rule).fields("sites", materialField(missing.get(0))).entered(String.valueOf(count))
                .detail("upload".equals(delivery) ? "rules.detail.volume-upload" : "rules.detail.volume-deliver",
                        count, threshold, ctx.names("document_kinds", missing), ctx.provinceName(), ctx.reference.name("deliveries", delivery));
        if (!"upload".equals(delivery)) {
            d.severity(Severity.INFO);
        }
    }

    private static int count(CheckContext ctx, String what) {
        switch (what) {
            case "domains":
                return ctx.sites().stream().mapToInt(s -> s.domains().size()).sum();
            case "distinct-prefix-domains": {
                Set<String> prefixes = new LinkedHashSet<>();
                for (Site s : ctx.sites()) {
                    for (String d : s.domains()) {
                        String host = ctx.suffixes.registrableDomain(Domains.host(d)).orElse(Domains.host(d));
                        prefixes.add(host.contains(".") ? host.substring(0, host.indexOf('.')) : host);
                    }
                }
                return prefixes.size();
            }
            default:
                return ctx.sites().size();
        }
    }

    /** Finance (and Jiangsu financing) words in the subject or a site name need a licence, a commitment, or another name. */
    private static void keywords(CheckContext ctx, Rule rule) {
        List<String> words = rule.params().strings("trigger_keywords");
        boolean covered = ctx.order.materials().stream().anyMatch(m -> ctx.reference.preApprovalDocuments().contains(m.kind())
                || "COMMITMENT_LETTER".equals(m.kind()));
        if (covered) {
            return;
        }
        String code = rule.reason();
        List<String> hits = Texts.occurring(ctx.subject.name(), words);
        if (!hits.isEmpty()) {
            ctx.report(rule, code).fields("subject.name").entered(ctx.subject.name())
                    .detail("rules.detail.finance-words-subject", String.join("\u3001", hits));
        }
        for (int i = 0; i < ctx.sites().size(); i++) {
            Site site = ctx.sites().get(i);
            List<String> siteHits = Texts.occurring(site.name(), words);
            boolean declared = site.preApprovals().stream().anyMatch(p -> code.equals(ctx.reference.preApprovalCodes().get(p.category())));
            if (!siteHits.isEmpty() && !declared) {
                ctx.report(rule, code).fields(CheckContext.sitePath(i) + ".name").entered(site.name())
                        .detail("rules.detail.finance-words-site", String.join("\u3001", siteHits), i + 1);
            }
        }
    }

    /** A site that declares a pre-approval must carry its document; the code is the category's specific one. */
    private static void declaredPreApprovals(CheckContext ctx) {
        ReferenceData.FieldRule rule = ctx.reference.fieldRule("declared-pre-approval-document");
        if (!ctx.enabled(rule)) {
            return;
        }
        for (int i = 0; i < ctx.sites().size(); i++) {
            boolean document = false;
            for (String kind : ctx.reference.preApprovalDocuments()) {
                document |= ctx.hasMaterialForSite(kind, i);
            }
            for (PreApproval p : ctx.sites().get(i).preApprovals()) {
                String category = p.category() == null ? "" : p.category();
                String code = ctx.reference.preApprovalCodes().getOrDefault(category, rule.code());
                if (!document) {
                    ctx.report(code, rule.qualifiedId(), rule.source()).fields(CheckContext.sitePath(i) + ".preApprovals")
                            .entered(category).severity(Severity.ERROR).detail("rules.detail.pre-approval-document", category, i + 1);
                }
            }
        }
    }
}
