package org.icpdesk.rules.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.icpdesk.order.domain.Masking;
import org.icpdesk.order.domain.Material;
import org.icpdesk.order.domain.Principal;

/**
 * What the documents say against what was entered: names, ID and credit-code numbers, addresses, the legal
 * representative, the domain and its registrant. A mismatch is an error when the reading is itself validated (its
 * check digit passes) or highly confident, else a warning.
 */
final class OcrChecks implements RulesEngine.Check {
    /** Similarity from which an address read differently is taken for an OCR slip (one character in 20-30). */
    static final double ADDRESS_SLIP = 0.9;

    /** What a comparison compares with: the value entered and its bundle path. */
    private record Target(String value, String field, List<String> alternatives) {
    }

    @Override
    public void run(CheckContext ctx) {
        for (int i = 0; i < ctx.order.materials().size(); i++) {
            Material m = ctx.order.materials().get(i);
            quality(ctx, m, i);
            Map<String, OcrValue> read = ctx.ocr.fields(m.id());
            if (read.isEmpty()) {
                continue;
            }
            for (ReferenceData.OcrComparison c : ctx.reference.ocrComparisons()) {
                OcrValue v = read.get(c.ocrKey());
                if (!c.materialKind().equals(m.kind()) || v == null || Texts.isBlank(v.value()) || !ctx.profile.enabled(c.qualifiedId())) {
                    continue;
                }
                target(ctx, c.target(), m).ifPresent(t -> compare(ctx, c, m, v, t));
            }
        }
    }

    /**
     * The image quality gate's verdict as a finding a person confirms: an unreadable image (blurred, dark, glare, too
     * small, cut off) is DOC-UNCLEAR; an image that is not the document its material claims is DOC-WRONG-DOCUMENT.
     */
    private static void quality(CheckContext ctx, Material m, int index) {
        List<String> problems = ctx.ocr.problems(m.id());
        if (problems.isEmpty()) {
            return;
        }
        // A blurred or dark image cannot show its labels either: only a clear image without them is another document.
        boolean wrongKind = problems.size() == 1 && problems.contains("NOT_THIS_KIND");
        String code = wrongKind ? "DOC-WRONG-DOCUMENT" : "DOC-UNCLEAR";
        ctx.report(code, "ocr.quality-gate", "ICP Desk image quality gate").fields("materials[" + index + "]").material(m.id())
                .severity(Severity.WARNING)
                .detail(wrongKind ? "rules.detail.image-wrong-kind" : "rules.detail.image-unclear", ctx.document(m.kind()), m.id(),
                        String.join(", ", problems));
    }

    private static void compare(CheckContext ctx, ReferenceData.OcrComparison c, Material m, OcrValue v, Target t) {
        boolean sure = validated(c.validator(), v.value()) || v.confidence() >= ctx.profile.ocrHighConfidence();
        Severity severity = sure ? Severity.ERROR : Severity.WARNING;
        if (c.target().endsWith("idValidTo")) {
            validity(ctx, c, m, v, t, severity);
            return;
        }
        if (t.value() == null || Texts.isBlank(t.value()) && t.alternatives().isEmpty()) {
            return;
        }
        if (c.target().equals("site.domains")) {
            String host = Domains.host(v.value());
            if (t.alternatives().stream().anyMatch(d -> Domains.host(d).equals(host))) {
                return;
            }
        } else if (Texts.normalize(t.value()).equals(Texts.normalize(v.value()))
                || t.alternatives().stream().anyMatch(a -> Texts.normalize(a).equals(Texts.normalize(v.value())))) {
            return;
        }
        boolean secret = c.target().endsWith("idNumber") || c.target().endsWith("certificateNumber");
        String shown = secret ? Masking.idNumber(Texts.fold(v.value())) : Texts.fold(v.value());
        double similarity = Texts.similarity(t.value(), v.value());
        long percent = Math.round(100 * similarity);
        if (c.target().endsWith("Address") && similarity >= ADDRESS_SLIP && digits(t.value()).equals(digits(v.value()))) {
            // Long addresses: OCR drops or swaps a rare character (涪 in 涪城区) far more often than an applicant
            // types a wrong one. With the same numbers (road, building, room) a near match is shown, not raised.
            severity = Severity.INFO;
        }
        ctx.report(c.code(), c.qualifiedId(), c.source()).fields(t.field()).entered(t.value()).extracted(v.value()).material(m.id())
                .severity(severity).detail("rules.detail.ocr-mismatch", ctx.document(m.kind()), m.id(), shown, percent);
    }

    /** The ID card's back says it expires within the required months (or has expired). */
    private static void validity(CheckContext ctx, ReferenceData.OcrComparison c, Material m, OcrValue v, Target t, Severity severity) {
        int months = ctx.rules("certificate-validity").stream()
                .mapToInt(r -> r.params().integer("min_remaining_months").orElse(0)).max().orElse(0);
        Optional<LocalDate> date = PersonChecks.validUntil(v.value(), ctx.reference.words("long_term_validity"));
        if (date.isEmpty() || !date.get().isBefore(ctx.today.plusMonths(months))) {
            return;
        }
        ctx.report(c.code(), c.qualifiedId(), c.source()).fields(t.field()).entered(t.value()).extracted(v.value()).material(m.id())
                .severity(severity).detail("rules.detail.ocr-valid-to", ctx.document(m.kind()), m.id(), Texts.fold(v.value()), months);
    }

    private static String digits(String s) {
        return Texts.fold(s).replaceAll("[^0-9]", "");
    }

    private static boolean validated(String validator, String value) {
        if ("id-number".equals(validator)) {
            return IdNumbers.isValid(Texts.fold(value));
        }
        if ("credit-code".equals(validator)) {
            return CreditCodes.isValid(Texts.fold(value));
        }
        return false;
    }

    private static Optional<Target> target(CheckContext ctx, String target, Material material) {
        String owner = material.owner();
        switch (target) {
            case "subject.name":
                // Another document (a domain certificate) naming the subject as its own certificate does is no
                // mismatch with the subject: a wrong entered name is the certificate's finding.
                List<String> alternatives = "BUSINESS_LICENSE".equals(material.kind()) ? List.of() : subjectNamesRead(ctx);
                return Optional.of(new Target(ctx.subject.name(), "subject.name", alternatives));
            case "subject.certificateNumber":
                return Optional.of(new Target(ctx.subject.certificateNumber(), "subject.certificateNumber", List.of()));
            case "subject.residenceAddress":
                return Optional.of(new Target(ctx.subject.residenceAddress(), "subject.residenceAddress", List.of()));
            case "subject.legalRepresentative":
                return Optional.of(new Target(ctx.subject.legalRepresentative(), "subject.legalRepresentative", List.of()));
            case "site.domains":
                return domains(ctx, owner);
            default:
                break;
        }
        Optional<Person> person = person(ctx, owner);
        if (person.isEmpty()) {
            return Optional.empty();
        }
        Principal p = person.get().principal();
        switch (target) {
            case "person.name":
                return Optional.of(new Target(p.name(), person.get().field("name"), List.of()));
            case "person.idNumber":
                return Optional.of(new Target(p.idNumber(), person.get().field("idNumber"), List.of()));
            case "person.idValidTo":
                return Optional.of(new Target(p.idValidTo(), person.get().field("idValidTo"), List.of()));
            case "person.residenceAddress":
                // Only an individual subject's own ID card address is entered (as the certificate address).
                return person.get().isSubjectPrincipal() && !ctx.isUnit()
                        ? Optional.of(new Target(ctx.subject.residenceAddress(), "subject.residenceAddress", List.of()))
                        : Optional.empty();
            default:
                throw new IllegalStateException("Unknown OCR comparison target " + target);
        }
    }

    /** The subject's name as its certificate reads: the licence for units, the principal's ID card for individuals. */
    private static List<String> subjectNamesRead(CheckContext ctx) {
        List<String> names = new ArrayList<>();
        if (ctx.isUnit()) {
            for (Material m : ctx.materials(List.of("BUSINESS_LICENSE"), List.of("any"))) {
                OcrValue v = ctx.ocr.fields(m.id()).get("name");
                if (v != null && !Texts.isBlank(v.value())) {
                    names.add(v.value());
                }
            }
        } else {
            ctx.principalPerson().ifPresent(p -> names.addAll(ctx.namesOf(p)));
        }
        return names;
    }

    private static Optional<Person> person(CheckContext ctx, String owner) {
        if ("principal".equals(owner) || "subject".equals(owner) && !ctx.isUnit()) {
            return ctx.persons().stream().filter(Person::isSubjectPrincipal).findFirst();
        }
        int site = siteIndex(owner);
        return ctx.persons().stream().filter(p -> p.siteIndex() == site && site >= 0).findFirst();
    }

    private static Optional<Target> domains(CheckContext ctx, String owner) {
        int site = siteIndex(owner);
        List<String> domains = new ArrayList<>();
        String field = "sites";
        if (site >= 0 && site < ctx.sites().size()) {
            domains.addAll(ctx.sites().get(site).domains());
            field = CheckContext.sitePath(site) + ".domains";
        } else {
            ctx.sites().forEach(s -> domains.addAll(s.domains()));
        }
        return domains.isEmpty() ? Optional.empty() : Optional.of(new Target(String.join(", ", domains), field, domains));
    }

    private static int siteIndex(String owner) {
        if (owner == null || !owner.startsWith("site:")) {
            return -1;
        }
        try {
            return Integer.parseInt(owner.substring("site:".length()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
