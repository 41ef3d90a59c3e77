package org.icpdesk.rules.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.icpdesk.order.domain.Masking;
import org.icpdesk.order.domain.Principal;

/** The principals: ID numbers, ages, ID validity, phones, e-mail, legal representative, who may be site principal. */
final class PersonChecks implements RulesEngine.Check {
    @Override
    public void run(CheckContext ctx) {
        for (Person person : ctx.persons()) {
            idNumber(ctx, person);
            validity(ctx, person);
            minAge(ctx, person);
            mobile(ctx, person);
            phoneRules(ctx, person);
            email(ctx, person);
        }
        outOfProvince(ctx);
        legalRepresentative(ctx);
        siteMustBePrincipal(ctx);
        siteIdType(ctx);
    }

    static boolean holdsIdCard(Principal p) {
        return p.idType() == null ? p.idNumber() != null && p.idNumber().strip().length() == IdNumbers.LENGTH : "ID_CARD".equals(p.idType());
    }

    private static void idNumber(CheckContext ctx, Person person) {
        ReferenceData.FieldRule rule = ctx.reference.fieldRule("principal-id-number");
        Principal p = person.principal();
        if (!ctx.enabled(rule) || !holdsIdCard(p) && !Texts.isBlank(p.idType())) {
            return;
        }
        if (Texts.isBlank(p.idNumber())) {
            ctx.report(rule).fields(person.field("idNumber")).detail("rules.detail.id-number-missing");
            return;
        }
        IdNumbers.validate(p.idNumber()).ifPresentOrElse(problem -> ctx.report(rule).fields(person.field("idNumber")).entered(p.idNumber())
                .detail("rules.detail.id-number." + SubjectChecks.key(problem.name())), () -> {
                    if (!ctx.reference.regions().containsKey(p.idNumber().substring(0, 2))) {
                        ctx.report(rule).fields(person.field("idNumber")).entered(p.idNumber()).detail("rules.detail.id-number.region");
                    } else if (!ctx.reference.regionCodes().isEmpty() && !ctx.reference.regionCodes().knownPrefecture(p.idNumber())) {
                        // cards keep the code of their first issue, which may since have been abolished: a person confirms
                        ctx.report(rule).fields(person.field("idNumber")).entered(p.idNumber()).severity(Severity.WARNING)
                                .detail("rules.detail.id-number.prefecture", p.idNumber().substring(0, 4));
                    }
                });
    }

    /** {@code idValidTo} at least {@code min_remaining_months} after the day of the check; {@code 长期} never expires. */
    private static void validity(CheckContext ctx, Person person) {
        int months = ctx.rules("certificate-validity").stream()
                .mapToInt(r -> r.params().integer("min_remaining_months").orElse(0)).max().orElse(-1);
        if (months < 0) {
            return;
        }
        Rule rule = ctx.rules("certificate-validity").get(0);
        String validTo = person.principal().idValidTo();
        String field = person.field("idValidTo");
        if (Texts.isBlank(validTo)) {
            ctx.report(rule).fields(field).detail("rules.detail.valid-to-missing");
            return;
        }
        Optional<LocalDate> date = validUntil(validTo, ctx.reference.words("long_term_validity"));
        if (date.isEmpty()) {
            ctx.report(rule).fields(field).entered(validTo).severity(Severity.WARNING).detail("rules.detail.valid-to-unreadable", validTo);
            return;
        }
        LocalDate limit = ctx.today.plusMonths(months);
        if (date.get().isBefore(ctx.today)) {
            ctx.report(rule).fields(field).entered(validTo).detail("rules.detail.valid-to-expired", validTo);
        } else if (date.get().isBefore(limit)) {
            ctx.report(rule).fields(field).entered(validTo).detail("rules.detail.valid-to-expiring", validTo, months, limit.toString());
        }
    }

    /** The date of a validity value: {@link LocalDate#MAX} for long term (one of {@code longTerm}); empty when unreadable. */
    static Optional<LocalDate> validUntil(String value, List<String> longTerm) {
        String v = Texts.fold(value);
        if (longTerm.contains(v)) {
            return Optional.of(LocalDate.MAX);
        }
        try {
            return Optional.of(LocalDate.parse(v));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static void minAge(CheckContext ctx, Person person) {
        Principal p = person.principal();
        if (!holdsIdCard(p)) {
            return;
        }
        for (Rule rule : ctx.rules("min-age")) {
            String role = rule.params().string("role").orElse("principal");
            if (person.isSubjectPrincipal() != "principal".equals(role)) {
                continue;
            }
            int min = rule.params().integer("min_years").orElse(0);
            OptionalInt age = IdNumbers.ageOn(p.idNumber(), ctx.today);
            if (age.isPresent() && age.getAsInt() < min) {
                ctx.report(rule).fields(person.field("idNumber")).entered(p.idNumber())
                        .detail("rules.detail.underage", age.getAsInt(), min);
            }
        }
    }

    private static void mobile(CheckContext ctx, Person person) {
        ReferenceData.FieldRule rule = ctx.reference.fieldRule("mobile-format");
        String mobile = person.principal().mobile();
        if (!ctx.enabled(rule)) {
            return;
        }
        if (Texts.isBlank(mobile)) {
            ctx.report(rule).fields(person.field("mobile")).severity(Severity.ERROR).detail("rules.detail.mobile-missing");
        } else if (!Phones.isMobile(mobile)) {
            ctx.report(rule).fields(person.field("mobile")).entered(mobile).severity(Severity.ERROR)
                    .detail("rules.detail.mobile-format", Masking.phone(mobile));
        }
    }

    private static void phoneRules(CheckContext ctx, Person person) {
        Principal p = person.principal();
        for (Rule rule : ctx.rules("phone-rule")) {
            switch (rule.variant()) {
                case "landline-format":
                    if (!Texts.isBlank(p.landline()) && Phones.landline(p.landline()).isEmpty()) {
                        ctx.report(rule).fields(person.field("landline")).entered(p.landline())
                                .detail("rules.detail.landline-format", Masking.phone(p.landline()));
                    }
                    break;
                case "landline-required":
                    if (person.isSubjectPrincipal() && Texts.isBlank(p.landline())) {
                        ctx.report(rule).fields(person.field("landline")).detail("rules.detail.landline-missing");
                    }
                    break;
                case "landline-area-matches-address":
                    if (person.isSubjectPrincipal()) {
                        landlineArea(ctx, rule, person);
                    }
                    break;
                case "emergency-is-mobile":
                    if (!Texts.isBlank(p.emergencyPhone()) && !Phones.isMobile(p.emergencyPhone())) {
                        ctx.report(rule).fields(person.field("emergencyPhone")).entered(p.emergencyPhone()).severity(Severity.ERROR)
                                .detail("rules.detail.emergency-not-mobile", Masking.phone(p.emergencyPhone()));
                    }
                    break;
                default:
                    break;
            }
        }
    }

    private static void landlineArea(CheckContext ctx, Rule rule, Person person) {
        Optional<Phones.Landline> landline = Phones.landline(person.principal().landline());
        ReferenceData.AreaCode expected = ctx.reference.areaCodes().get(Texts.fold(String.valueOf(ctx.subject.city())));
        if (landline.isEmpty() || expected == null || expected.code().equals(landline.get().areaCode())) {
            return;
        }
        ctx.report(rule).fields(person.field("landline"), "subject.city").entered(person.principal().landline())
                .detail("rules.detail.landline-area", landline.get().areaCode(), expected.city(), expected.code());
    }

    private static void email(CheckContext ctx, Person person) {
        String email = person.principal().email();
        for (Rule rule : ctx.rules("email-rule", "valid-deliverable")) {
            if (Texts.isBlank(email)) {
                ctx.report(rule).fields(person.field("email")).detail("rules.detail.email-missing");
            } else if (!Emails.isValid(email)) {
                ctx.report(rule).fields(person.field("email")).entered(email).detail("rules.detail.email-format", email);
            }
            return;
        }
    }

    /**
     * Individuals whose ID number was issued in another province: refused, or a residence permit is needed, as the
     * province says. The region code only says where the number was first issued, so this is a warning.
     */
    private static void outOfProvince(CheckContext ctx) {
        if (ctx.isUnit() || ctx.order.principal() == null) {
            return;
        }
        Principal p = ctx.order.principal();
        if (!holdsIdCard(p) || IdNumbers.regionCode(p.idNumber()).isEmpty()) {
            return;
        }
        String home = p.idNumber().substring(0, 2);
        if (home.equals(ctx.province)) {
            return;
        }
        for (Rule rule : ctx.effectiveRules("out-of-province-individual")) {
            String policy = rule.params().string("policy").orElse("accepted");
            if ("refused".equals(policy)) {
                ctx.report(rule, "SUB-OUT-OF-PROVINCE-REFUSED").fields("principal.idNumber", "province").entered(p.idNumber())
                        .severity(Severity.WARNING)
                        .detail("rules.detail.out-of-province-refused", ctx.provinceNameOf(home), ctx.provinceName());
            } else if ("residence-permit".equals(policy)) {
                for (String kind : rule.params().strings("extra_documents")) {
                    if (!ctx.hasMaterial(kind)) {
                        ctx.report(rule, "SUB-RESIDENCE-PERMIT-MISSING").fields("principal.idNumber", "materials." + lower(kind))
                                .entered(p.idNumber()).severity(Severity.WARNING)
                                .detail("rules.detail.residence-permit-missing", ctx.provinceNameOf(home), ctx.provinceName(), ctx.document(kind));
                    }
                }
            }
        }
    }

    /** Province rules and name-triggered rules that want the legal representative as subject principal. */
    private static void legalRepresentative(CheckContext ctx) {
        if (!ctx.isUnit()) {
            return;
        }
        Optional<Boolean> isRep = ctx.principalIsLegalRep();
        if (isRep.isEmpty() || isRep.get()) {
            return;
        }
        for (Rule rule : ctx.rules("principal-must-be-legal-rep")) {
            List<String> words = rule.params().strings("when_subject_name_contains");
            List<String> hits = Texts.occurring(ctx.subject.name(), words);
            if (!words.isEmpty() && hits.isEmpty() || exempt(ctx, rule)) {
                continue;
            }
            FindingDraft d = ctx.report(rule).fields("principal.name", "subject.legalRepresentative").entered(ctx.order.principal().name());
            if (hits.isEmpty()) {
                d.detail("rules.detail.legal-rep-province", ctx.provinceName(), ctx.subject.legalRepresentative());
            } else {
                d.detail("rules.detail.legal-rep-name-words", String.join("\u3001", hits), ctx.subject.legalRepresentative());
            }
        }
    }

    private static boolean exempt(CheckContext ctx, Rule rule) {
        String type = ctx.subject.certificateType();
        for (String orgKind : rule.params().strings("exempt_org_kinds")) {
            if (type != null && ctx.reference.certificateClass(orgKind).contains(type)) {
                return true;
            }
        }
        return false;
    }

    /** Individuals: the site principal is the subject. Jiangsu, Sichuan: when the principal is not the legal rep, all sites. */
    private static void siteMustBePrincipal(CheckContext ctx) {
        Principal principal = ctx.order.principal();
        if (principal == null) {
            return;
        }
        for (Rule rule : ctx.rules("site-principal-must-equal-principal")) {
            String condition = rule.params().string("condition").orElse("always");
            boolean applies = "always".equals(condition)
                    || "principal-not-legal-rep".equals(condition) && ctx.principalIsLegalRep().map(b -> !b).orElse(false);
            if (!applies) {
                continue;
            }
            for (Person person : ctx.persons()) {
                if (!ctx.isSubjectPrincipal(person)) {
                    ctx.report(rule).fields(person.field("name"), person.field("idNumber")).entered(person.principal().name())
                            .detail("always".equals(condition) ? "rules.detail.site-principal-not-subject" : "rules.detail.site-principal-must-match",
                                    person.siteIndex() + 1, ctx.provinceName());
                }
            }
        }
    }

    /** Fujian: a website principal who is not the legal representative uses a resident ID card (002:4140). */
    private static void siteIdType(CheckContext ctx) {
        for (Rule rule : ctx.rules("principal-id-type")) {
            List<String> allowed = rule.params().strings("allowed");
            boolean siteRole = "site-principal".equals(rule.params().string("role").orElse("principal"));
            String condition = rule.params().string("condition").orElse("always");
            for (Person person : ctx.persons()) {
                if (person.isSubjectPrincipal() == siteRole) {
                    continue;
                }
                if ("site-principal-not-legal-rep".equals(condition) && !ctx.isLegalRep(person).map(b -> !b).orElse(false)) {
                    continue;
                }
                String idType = person.principal().idType();
                if (idType != null && !allowed.contains(idType)) {
                    ctx.report(rule).fields(person.field("idType")).entered(idType)
                            .detail("rules.detail.id-type-not-allowed", ctx.idType(idType), ctx.names("id_types", allowed), ctx.provinceName());
                }
            }
        }
    }

    static String lower(String kind) {
        return kind.toLowerCase(java.util.Locale.ROOT);
    }
}
