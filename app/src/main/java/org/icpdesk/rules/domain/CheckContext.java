package org.icpdesk.rules.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.icpdesk.order.domain.Material;
import org.icpdesk.order.domain.Order;
import org.icpdesk.order.domain.Principal;
import org.icpdesk.order.domain.Site;
import org.icpdesk.order.domain.Subject;

/** Everything a check needs for one order, and where it reports. */
final class CheckContext {
    final Order order;
    final Subject subject;
    final LocalDate today;
    final OcrReadings ocr;
    final RuleCatalogue catalogue;
    final ReferenceData reference;
    final Profile profile;
    final PublicSuffixes suffixes;
    /** {@code unit} or {@code individual} (anything else is treated as individual). */
    final String kind;
    /** GB/T 2260 code of the bureau: {@code order.province}. */
    final String province;
    private final List<Rule> rules;
    private final List<FindingDraft> drafts = new ArrayList<>();

    CheckContext(Order order, LocalDate today, OcrReadings ocr, RuleCatalogue catalogue, ReferenceData reference, Profile profile,
                 PublicSuffixes suffixes) {
        this.order = order;
        this.subject = order.subject() != null ? order.subject()
                : new Subject(null, null, null, null, null, null, null, null, null, null, null, null);
        this.today = today;
        this.ocr = ocr;
        this.catalogue = catalogue;
        this.reference = reference;
        this.profile = profile;
        this.suffixes = suffixes;
        this.kind = "unit".equals(subject.kind()) ? "unit" : "individual";
        this.province = order.province();
        List<Rule> applicable = new ArrayList<>();
        for (Rule r : catalogue.rulesFor(province)) {
            if (r.checkable() && r.appliesTo(kind) && profile.enabled(r.qualifiedId())) {
                applicable.add(r);
            }
        }
        this.rules = List.copyOf(applicable);
    }

    boolean isUnit() {
        return "unit".equals(kind);
    }

    /** The checkable, enabled rules of this type that apply to the subject kind (national first). */
    List<Rule> rules(String type) {
        return rules.stream().filter(r -> r.type().equals(type)).toList();
    }

    List<Rule> rules(String type, String variant) {
        return rules.stream().filter(r -> r.type().equals(type) && variant.equals(r.variant())).toList();
    }

    /**
     * The rules of a type where a province rule replaces the national ones (province-rules.yaml: "the province rule
     * wins"): the province's rules of the type when it has any, else the national ones.
     */
    List<Rule> effectiveRules(String type) {
        List<Rule> all = rules(type);
        List<Rule> provincial = all.stream().filter(r -> !r.isNational()).toList();
        return provincial.isEmpty() ? all : provincial;
    }

    boolean enabled(ReferenceData.FieldRule rule) {
        return profile.enabled(rule.qualifiedId());
    }

    /** Starts a finding for a rule of the data; the code is the rule's reason. */
    FindingDraft report(Rule rule) {
        return report(rule, rule.reason());
    }

    /** Starts a finding for a rule of the data with a more specific code than its reason. */
    FindingDraft report(Rule rule, String code) {
        FindingDraft d = new FindingDraft(Objects.requireNonNull(code, rule.qualifiedId()), rule.qualifiedId(), rule.source());
        drafts.add(d);
        return d;
    }

    /** Starts a finding for a field rule of the reference data. */
    FindingDraft report(ReferenceData.FieldRule rule) {
        FindingDraft d = new FindingDraft(rule.code(), rule.qualifiedId(), rule.source());
        drafts.add(d);
        return d;
    }

    /** Starts a finding for a material requirement or an OCR comparison of the reference data. */
    FindingDraft report(String code, String ruleId, String source) {
        FindingDraft d = new FindingDraft(code, ruleId, source);
        drafts.add(d);
        return d;
    }

    List<FindingDraft> drafts() {
        return drafts;
    }

    // --- the order, seen through the rules ---

    List<Site> sites() {
        return order.sites();
    }

    static String sitePath(int i) {
        return "sites[" + i + "]";
    }

    /** The subject principal, then each site principal, with their bundle paths. */
    List<Person> persons() {
        List<Person> out = new ArrayList<>();
        if (order.principal() != null) {
            out.add(new Person(order.principal(), "principal", -1));
        }
        for (int i = 0; i < sites().size(); i++) {
            Principal p = sites().get(i).principal();
            if (p != null) {
                out.add(new Person(p, sitePath(i) + ".principal", i));
            }
        }
        return out;
    }

    Optional<Principal> principal() {
        return Optional.ofNullable(order.principal());
    }

    /** Materials of one of the kinds whose owner is one of {@code owners} ({@code any} matches every owner). */
    List<Material> materials(List<String> kinds, List<String> owners) {
        return order.materials().stream()
                .filter(m -> kinds.contains(m.kind()))
                .filter(m -> owners.contains("any") || owners.contains(m.owner()))
                .toList();
    }

    boolean hasMaterial(String kind) {
        return order.materials().stream().anyMatch(m -> kind.equals(m.kind()));
    }

    /** A material of the kind owned by site {@code i}, or owned by nobody in particular (subject, principal). */
    boolean hasMaterialForSite(String kind, int i) {
        return order.materials().stream().anyMatch(m -> kind.equals(m.kind())
                && (("site:" + i).equals(m.owner()) || "subject".equals(m.owner()) || "principal".equals(m.owner())));
    }

    /** The subject principal as a person of the order. */
    Optional<Person> principalPerson() {
        return persons().stream().filter(Person::isSubjectPrincipal).findFirst();
    }

    /** The principal of site {@code i}. */
    Optional<Person> sitePerson(int i) {
        return persons().stream().filter(p -> p.siteIndex() == i).findFirst();
    }

    /**
     * A person's ID numbers, normalised: the one entered and those OCR read from the ID cards the person owns. A
     * typo in one entry then does not make two entries of one person two people (the mismatch is its own finding).
     */
    Set<String> idNumbersOf(Person person) {
        return identity(person, person.principal().idNumber(), "id_number");
    }

    /** A person's names, normalised: the one entered and those OCR read from the ID cards the person owns. */
    Set<String> namesOf(Person person) {
        return identity(person, person.principal().name(), "name");
    }

    private Set<String> identity(Person person, String entered, String ocrKey) {
        Set<String> out = new HashSet<>();
        if (!Texts.isBlank(entered)) {
            out.add(Texts.normalize(entered));
        }
        List<String> owners = person.isSubjectPrincipal() ? List.of("principal", "subject") : List.of("site:" + person.siteIndex());
        for (Material m : materials(List.of("ID_CARD_FRONT"), owners)) {
            OcrValue v = ocr.fields(m.id()).get(ocrKey);
            if (v != null && !Texts.isBlank(v.value())) {
                out.add(Texts.normalize(v.value()));
            }
        }
        return out;
    }

    /** Same person: a common ID number when both have one, else a common name. */
    boolean samePerson(Person a, Person b) {
        Set<String> ids = idNumbersOf(a);
        Set<String> other = idNumbersOf(b);
        if (!ids.isEmpty() && !other.isEmpty()) {
            return !Collections.disjoint(ids, other);
        }
        return !Collections.disjoint(namesOf(a), namesOf(b));
    }

    /** Whether the site principal of {@code person} is the subject principal. */
    boolean isSubjectPrincipal(Person person) {
        return person.isSubjectPrincipal() || principalPerson().map(p -> samePerson(p, person)).orElse(false);
    }

    /** The legal representative's names: entered, and as OCR read them from the business licence. */
    Set<String> legalRepNames() {
        Set<String> out = new HashSet<>();
        if (!Texts.isBlank(subject.legalRepresentative())) {
            out.add(Texts.normalize(subject.legalRepresentative()));
        }
        for (Material m : materials(List.of("BUSINESS_LICENSE"), List.of("any"))) {
            OcrValue v = ocr.fields(m.id()).get("legal_representative");
            if (v != null && !Texts.isBlank(v.value())) {
                out.add(Texts.normalize(v.value()));
            }
        }
        return out;
    }

    /** Whether a person is the legal representative (by name, entered or read); empty when nobody names him. */
    Optional<Boolean> isLegalRep(Person person) {
        Set<String> rep = legalRepNames();
        Set<String> names = namesOf(person);
        if (rep.isEmpty() || names.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(!Collections.disjoint(rep, names));
    }

    /** Whether the subject principal is the legal representative; empty when that cannot be said. */
    Optional<Boolean> principalIsLegalRep() {
        return principalPerson().flatMap(this::isLegalRep);
    }

    /** A document kind as it reads in messages. */
    LocalizedText document(String kind) {
        return reference.name("document_kinds", kind);
    }

    /** Values of a closed list as they read in messages, joined (、 in Chinese, a comma in English). */
    LocalizedText names(String list, List<String> values) {
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        for (String v : values) {
            LocalizedText t = reference.name(list, v);
            zh.add(t.zh());
            en.add(t.en());
        }
        return new LocalizedText(String.join("\u3001", zh), String.join(", ", en));
    }

    /** A certificate or ID type as it reads in messages. */
    LocalizedText idType(String type) {
        return reference.name("id_types", type);
    }

    /** The bureau's province by name in both languages. */
    LocalizedText provinceName() {
        return provinceNameOf(province);
    }

    /** A province-level region by name in both languages (the code itself when unknown). */
    LocalizedText provinceNameOf(String code) {
        ReferenceData.Region r = code == null ? null : reference.regions().get(code);
        return r != null ? new LocalizedText(r.nameZh(), r.nameEn()) : new LocalizedText(String.valueOf(code), String.valueOf(code));
    }
}
