package org.icpdesk.rules.domain;

import java.util.List;
import java.util.Optional;
import org.icpdesk.order.domain.Site;
import org.icpdesk.order.domain.Subject;

/** The subject: bureau and region, certificate number, kind, communication address, investor, eligibility. */
final class SubjectChecks implements RulesEngine.Check {
    private final Addresses addresses;

    SubjectChecks(Addresses addresses) {
        this.addresses = addresses;
    }

    @Override
    public void run(CheckContext ctx) {
        bureauProvince(ctx);
        certificateNumber(ctx);
        kindAndCertificate(ctx);
        for (Rule r : ctx.rules("address-rule")) {
            switch (r.variant()) {
                case "house-number-or-remark": houseNumber(ctx, r); break;
                case "region-same-province-as-certificate": addressFormatAndRegion(ctx, r); break;
                case "province-matches-certificate": creditCodeRegion(ctx, r); break;
                case "district-by-ring-road": ringRoad(ctx, r); break;
                default: break;
            }
        }
        for (Rule r : ctx.effectiveRules("investor-field-rule")) {
            investor(ctx, r);
        }
        for (Rule r : ctx.rules("subject-eligibility", "mainland-only")) {
            mainlandOnly(ctx, r);
        }
    }

    /** order.province (the bureau) and subject.province must agree (bundle-format: a finding, not bad input). */
    private static void bureauProvince(CheckContext ctx) {
        ReferenceData.FieldRule rule = ctx.reference.fieldRule("bureau-province-matches-subject");
        String subjectProvince = ctx.subject.province();
        if (!ctx.enabled(rule) || Texts.isBlank(subjectProvince) || subjectProvince.equals(ctx.province)) {
            return;
        }
        ctx.report(rule).fields("province", "subject.province").entered(subjectProvince)
                .detail("rules.detail.bureau-province", ctx.provinceNameOf(ctx.province), ctx.provinceNameOf(subjectProvince));
    }

    private static void certificateNumber(CheckContext ctx) {
        ReferenceData.FieldRule rule = ctx.reference.fieldRule("subject-certificate-number");
        if (!ctx.enabled(rule)) {
            return;
        }
        Subject s = ctx.subject;
        String type = s.certificateType();
        String number = s.certificateNumber();
        boolean creditCode = type == null ? ctx.isUnit() : ctx.reference.certificateClass("credit_code").contains(type);
        boolean idCard = type == null ? !ctx.isUnit() : "ID_CARD".equals(type);
        if (!creditCode && !idCard) {
            return;
        }
        if (Texts.isBlank(number)) {
            ctx.report(rule).fields("subject.certificateNumber").detail("rules.detail.certificate-number-missing");
            return;
        }
        if (creditCode) {
            CreditCodes.validate(number).ifPresent(problem -> ctx.report(rule).fields("subject.certificateNumber").entered(number)
                    .detail("rules.detail.credit-code." + key(problem.name())));
        } else {
            IdNumbers.validate(number).ifPresent(problem -> ctx.report(rule).fields("subject.certificateNumber").entered(number)
                    .detail("rules.detail.id-number." + key(problem.name())));
        }
    }

    /** Unit with a personal document, individual with a unit certificate, or a certificate type outside the list. */
    private static void kindAndCertificate(CheckContext ctx) {
        ReferenceData.FieldRule rule = ctx.reference.fieldRule("subject-kind-matches-certificate");
        String type = ctx.subject.certificateType();
        if (!ctx.enabled(rule) || Texts.isBlank(type)) {
            return;
        }
        boolean unitType = ctx.reference.certificateClass("unit").contains(type);
        boolean personType = ctx.reference.certificateClass("person").contains(type);
        if (!unitType && !personType && !"OTHER".equals(type)) {
            ctx.report(rule).fields("subject.certificateType").entered(type).detail("rules.detail.certificate-type-unknown", ctx.idType(type));
        } else if (ctx.isUnit() && personType || !ctx.isUnit() && unitType) {
            ctx.report(rule).fields("subject.kind", "subject.certificateType").entered(ctx.subject.kind())
                    .detail("rules.detail.kind-certificate", ctx.reference.name("subject_kinds", ctx.subject.kind()), ctx.idType(type));
        }
    }

    private void houseNumber(CheckContext ctx, Rule rule) {
        String address = ctx.subject.address();
        if (Texts.isBlank(address)) {
            ctx.report(rule).fields("subject.address").severity(Severity.ERROR).detail("rules.detail.address-missing");
            return;
        }
        String abbreviated = addresses.abbreviatedNumber(address);
        if (abbreviated != null) {
            ctx.report(rule).fields("subject.address").entered(address).detail("rules.detail.address-abbreviated", abbreviated);
            return;
        }
        if (!addresses.hasHouseNumber(address) && !mostDetailedRemark(ctx)) {
            ctx.report(rule).fields("subject.address", "subject.remark").entered(address)
                    .detail("rules.detail.address-no-house-number", rule.params().string("remark_text").orElse(""));
        }
    }

    /** The remark (subject, or any site) says the address is the most detailed there is, in any of the seeds' wordings. */
    private static boolean mostDetailedRemark(CheckContext ctx) {
        List<String> wordings = ctx.reference.words("most_detailed_address_remarks");
        if (!Texts.occurring(ctx.subject.remark(), wordings).isEmpty()) {
            return true;
        }
        for (Site site : ctx.sites()) {
            if (!Texts.occurring(site.remark(), wordings).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** No special characters in the address; a unit's certificate address lies in the province it files in. */
    private void addressFormatAndRegion(CheckContext ctx, Rule rule) {
        String address = ctx.subject.address();
        if (rule.params().bool("no_special_chars").orElse(false)) {
            List<String> special = addresses.specialCharacters(address);
            if (!special.isEmpty()) {
                ctx.report(rule).fields("subject.address").entered(address)
                        .detail("rules.detail.address-special-characters", String.join(" ", special));
            }
        }
        if (!ctx.isUnit()) {
            return;                                  // individuals: the out-of-province rules decide
        }
        String subjectProvince = Texts.isBlank(ctx.subject.province()) ? ctx.province : ctx.subject.province();
        regionNamed(ctx, ctx.subject.residenceAddress()).filter(code -> !code.equals(subjectProvince))
                .ifPresent(code -> ctx.report(rule).fields("subject.province", "subject.residenceAddress")
                        .entered(ctx.subject.residenceAddress())
                        .detail("rules.detail.residence-province", ctx.provinceNameOf(code), ctx.provinceNameOf(subjectProvince)));
    }

    /** The province an address starts with, by the province names of the reference data, else by a prefecture's name. */
    static Optional<String> regionNamed(CheckContext ctx, String address) {
        if (Texts.isBlank(address)) {
            return Optional.empty();
        }
        String folded = Texts.fold(address);
        String best = null;
        int bestLength = 0;
        for (ReferenceData.Region region : ctx.reference.regions().values()) {
            for (String name : region.names()) {
                if (folded.startsWith(name) && name.length() > bestLength) {
                    best = region.code();
                    bestLength = name.length();
                }
            }
        }
        return best != null ? Optional.of(best) : ctx.reference.regionCodes().provinceOfPrefectureAt(folded);
    }

    /** Characters 3-4 of the credit code name the province of registration (GB 32100); a hint, since units may move. */
    private static void creditCodeRegion(CheckContext ctx, Rule rule) {
        String type = ctx.subject.certificateType();
        if (type != null && !ctx.reference.certificateClass("credit_code").contains(type)) {
            return;
        }
        String code = ctx.subject.certificateNumber();
        String subjectProvince = Texts.isBlank(ctx.subject.province()) ? ctx.province : ctx.subject.province();
        if (!CreditCodes.isValid(code) || subjectProvince == null) {
            return;
        }
        String region = CreditCodes.regionCode(code).orElseThrow().substring(0, 2);
        if (!region.equals(subjectProvince) && !region.equals("10")) {
            ctx.report(rule).fields("subject.province", "subject.certificateNumber").entered(code).severity(Severity.WARNING)
                    .detail("rules.detail.credit-code-region", ctx.provinceNameOf(region), ctx.provinceNameOf(subjectProvince));
        }
    }

    /** Tianjin 华苑: inside the ring road 南开区, outside 西青区 (002:3973): the district must be one of the two. */
    private static void ringRoad(CheckContext ctx, Rule rule) {
        String area = rule.params().string("area").orElse(null);
        String inside = rule.params().string("inside_ring").orElse(null);
        String outside = rule.params().string("outside_ring").orElse(null);
        if (area == null || Texts.occurring(ctx.subject.address(), List.of(area)).isEmpty()) {
            return;
        }
        String district = Texts.fold(ctx.subject.district());
        if (district == null || !district.equals(inside) && !district.equals(outside)) {
            ctx.report(rule).fields("subject.district", "subject.address").entered(ctx.subject.district()).severity(Severity.WARNING)
                    .detail("rules.detail.ring-road", area, inside, outside);
        }
    }

    private static void investor(CheckContext ctx, Rule rule) {
        String investor = ctx.subject.investor();
        if (Texts.isBlank(investor)) {
            return;                                   // optional in the bundle
        }
        List<String> mustBe = rule.params().strings("must_be");
        String n = Texts.normalize(investor);
        boolean ok = mustBe.contains("legal-representative-name") && n.equals(Texts.normalize(ctx.subject.legalRepresentative()))
                || mustBe.contains("subject-full-name") && n.equals(Texts.normalize(ctx.subject.name()));
        if (!ok) {
            String key = mustBe.contains("subject-full-name") ? "rules.detail.investor-rep-or-name" : "rules.detail.investor-rep";
            ctx.report(rule).fields("subject.investor").entered(investor).detail(key, ctx.provinceName());
        }
    }

    /** Individuals with a non-mainland identity document need a mainland residence document (002:2527). */
    private static void mainlandOnly(CheckContext ctx, Rule rule) {
        if (ctx.isUnit()) {
            return;
        }
        String idType = ctx.principal().map(p -> p.idType()).orElse(ctx.subject.certificateType());
        if (idType == null || !ctx.reference.certificateClass("non_mainland_person").contains(idType)) {
            return;
        }
        if (!ctx.hasMaterial("RESIDENCE_PERMIT")) {
            ctx.report(rule).fields("principal.idType").entered(idType).detail("rules.detail.non-mainland", ctx.idType(idType));
        }
    }

    static String key(String problem) {
        return problem.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
