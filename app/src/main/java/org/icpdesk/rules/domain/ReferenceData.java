package org.icpdesk.rules.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reference data the checks need that the seeds only sample (reference-data.yaml): the field rules of DOMAIN.md
 * section 5, word lists, certificate-type classes, approved domain suffixes, required materials, pre-approval
 * categories, OCR comparisons, regions, telephone area codes, and which specific codes supersede general ones
 * ({@code supersedes}: specific code to the general codes it replaces on the same fields), and how closed-list values
 * read in messages ({@code names}). Every entry carries its source.
 */
public record ReferenceData(
        int version,
        Map<String, FieldRule> fieldRules,
        Map<String, WordList> lexicon,
        Map<String, Set<String>> certificateClasses,
        List<Suffix> approvedSuffixes,
        List<Suffix> refusedSuffixes,
        List<String> materialOrderTypes,
        List<MaterialRequirement> materials,
        Map<String, String> preApprovalCodes,
        Set<String> preApprovalDocuments,
        List<OcrComparison> ocrComparisons,
        Map<String, Region> regions,
        Map<String, AreaCode> areaCodes,
        Map<String, Set<String>> supersedes,
        Map<String, Map<String, LocalizedText>> names,
        RegionCodes regionCodes) {

    public ReferenceData {
        fieldRules = Map.copyOf(fieldRules);
        lexicon = Map.copyOf(lexicon);
        certificateClasses = Map.copyOf(certificateClasses);
        approvedSuffixes = List.copyOf(approvedSuffixes);
        refusedSuffixes = List.copyOf(refusedSuffixes);
        materialOrderTypes = List.copyOf(materialOrderTypes);
        materials = List.copyOf(materials);
        preApprovalCodes = Map.copyOf(preApprovalCodes);
        preApprovalDocuments = Set.copyOf(preApprovalDocuments);
        ocrComparisons = List.copyOf(ocrComparisons);
        regions = Map.copyOf(regions);
        areaCodes = Map.copyOf(areaCodes);
        supersedes = Map.copyOf(supersedes);
        names = Map.copyOf(names);
    }

    /** How a value of a closed list ({@code document_kinds}, {@code id_types}, ...) reads; the value itself when unnamed. */
    public LocalizedText name(String list, String value) {
        LocalizedText t = names.getOrDefault(list, Map.of()).get(value);
        return t != null ? t : new LocalizedText(String.valueOf(value), String.valueOf(value));
    }

    /** A check DOMAIN.md states for a field without a rule in province-rules.yaml. */
    public record FieldRule(String id, String code, String source, String standard, String en) {
        /** Qualified id used in findings. */
        public String qualifiedId() {
            return "reference/" + id;
        }
    }

    /** A named list of words or characters, with its source. */
    public record WordList(String name, List<String> words, String source) {
        public WordList {
            words = List.copyOf(words);
        }
    }

    /**
     * A domain suffix (without the leading dot, Unicode), with where the approval (or refusal) is stated.
     *
     * @param basis {@code seed} when a seed names it, {@code miit-list} when taken from the MIIT list of approved suffixes
     */
    public record Suffix(String suffix, String basis, String source) {
    }

    /**
     * A material an order needs.
     *
     * @param kinds              any one of these material kinds satisfies it
     * @param owner              {@code subject}, {@code principal}, {@code site} (each site) or {@code any}
     * @param alsoOwners         further owners accepted (e.g. {@code subject} for an individual's ID card)
     * @param subjectKinds       subject kinds it applies to
     * @param idTypes            when not empty, only for a person holding one of these ID types
     * @param principalCovers    for a site requirement: not needed when the site principal is the subject principal (whose own
     *                           documents are checked by the principal requirement)
     */
    public record MaterialRequirement(String id, List<String> kinds, String owner, List<String> alsoOwners,
                                      List<String> subjectKinds, List<String> idTypes, boolean principalCovers,
                                      String code, String source) {
        public MaterialRequirement {
            kinds = List.copyOf(kinds);
            alsoOwners = List.copyOf(alsoOwners);
            subjectKinds = List.copyOf(subjectKinds);
            idTypes = List.copyOf(idTypes);
        }

        public String qualifiedId() {
            return "reference/" + id;
        }
    }

    /**
     * A comparison of an OCR reading with an entered value.
     *
     * @param target    what it compares with: {@code subject.name}, {@code subject.certificateNumber},
     *                  {@code subject.residenceAddress}, {@code subject.legalRepresentative}, {@code person.name},
     *                  {@code person.idNumber}, {@code person.idValidTo}, {@code person.residenceAddress} or {@code site.domains}
     *                  ({@code person} and {@code site} are resolved from the material's owner)
     * @param validator {@code id-number}, {@code credit-code} or null: a reading that passes it is trusted
     */
    public record OcrComparison(String id, String materialKind, String ocrKey, String target, String validator,
                                String code, String source) {
        public String qualifiedId() {
            return "reference/" + id;
        }
    }

    /** A province-level region of GB/T 2260; {@code names} are the ways an address may start with it. */
    public record Region(String code, String nameZh, String nameEn, List<String> names) {
        public Region {
            names = List.copyOf(names);
        }
    }

    /** The telephone area code of a prefecture-level area, by the name used in {@code subject.city}. */
    public record AreaCode(String city, String province, String code) {
    }

    public List<String> words(String list) {
        WordList w = lexicon.get(list);
        if (w == null) {
            throw new IllegalStateException("Reference data has no word list " + list);
        }
        return w.words();
    }

    public Optional<WordList> wordList(String list) {
        return Optional.ofNullable(lexicon.get(list));
    }

    public Set<String> certificateClass(String name) {
        return certificateClasses.getOrDefault(name, Set.of());
    }

    public FieldRule fieldRule(String id) {
        FieldRule r = fieldRules.get(id);
        if (r == null) {
            throw new IllegalStateException("Reference data has no field rule " + id);
        }
        return r;
    }
}
