package org.icpdesk.rules.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.icpdesk.rules.domain.LocalizedText;
import org.icpdesk.rules.domain.Profile;
import org.icpdesk.rules.domain.Profiles;
import org.icpdesk.rules.domain.Province;
import org.icpdesk.rules.domain.Reason;
import org.icpdesk.rules.domain.ReferenceData;
import org.icpdesk.rules.domain.RegionCodes;
import org.icpdesk.rules.domain.Rule;
import org.icpdesk.rules.domain.RuleCatalogue;
import org.icpdesk.rules.domain.RuleParams;
import org.icpdesk.rules.domain.RuleType;
import org.icpdesk.rules.domain.RulesEngine;
import org.icpdesk.rules.domain.Severity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the rule data from the class path ({@code rules/*.yaml}) into typed records and checks that it holds
 * together: every code a rule, field rule or profile names exists, every rule type is known, ids are unique.
 */
public final class RuleDataLoader {
    private static final Logger LOG = LoggerFactory.getLogger(RuleDataLoader.class);
    static final String PROVINCE_RULES = "rules/province-rules.yaml";
    static final String REASONS = "rules/rejection-reasons.yaml";
    static final String REFERENCE = "rules/reference-data.yaml";
    static final String PROFILES = "rules/profiles.yaml";
    static final String REGIONS = "rules/regions.yaml";

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());

    /** Loads the data shipped in the program. */
    public RuleData load() {
        ClassLoader cl = RuleDataLoader.class.getClassLoader();
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String name : List.of(PROVINCE_RULES, REASONS, REFERENCE, PROFILES)) {
            try (InputStream in = cl.getResourceAsStream(name)) {
                if (in == null) {
                    throw new RuleDataException("Rule data " + name + " is missing from the program");
                }
                files.put(name, in.readAllBytes());
            } catch (IOException e) {
                throw new RuleDataException("Cannot read rule data " + name, e);
            }
        }
        return load(files.get(PROVINCE_RULES), files.get(REASONS), files.get(REFERENCE), files.get(PROFILES));
    }

    /** Loads rule data from the four files' bytes (tests may pass edited copies). */
    public RuleData load(byte[] provinceRules, byte[] reasons, byte[] reference, byte[] profiles) {
        JsonNode pr = parse(PROVINCE_RULES, provinceRules);
        JsonNode rr = parse(REASONS, reasons);
        JsonNode ref = parse(REFERENCE, reference);
        JsonNode prof = parse(PROFILES, profiles);
        String version = "pr" + pr.path("version").asInt() + ".rr" + rr.path("version").asInt() + ".ref" + ref.path("version").asInt()
                + ".prof" + prof.path("version").asInt() + "+" + sha256(provinceRules, reasons, reference, profiles).substring(0, 8);

        Map<String, Reason> reasonMap = reasons(rr);
        Map<String, RuleType> types = ruleTypes(pr);
        List<Rule> national = new ArrayList<>();
        for (JsonNode r : pr.path("national_rules")) {
            national.add(rule(null, r, types));
        }
        Map<String, Province> provinces = new LinkedHashMap<>();
        for (JsonNode p : pr.path("provinces")) {
            String code = text(p, "code");
            List<Rule> rules = new ArrayList<>();
            for (JsonNode r : p.path("rules")) {
                rules.add(rule(code, r, types));
            }
            provinces.put(code, new Province(code, text(p, "name_zh"), text(p, "name_en"), text(p, "icp_abbr"), text(p, "bureau_portal"), rules));
        }
        Map<String, String> conditions = new LinkedHashMap<>();
        pr.path("conditions").fields().forEachRemaining(e -> conditions.put(e.getKey(), e.getValue().asText()));
        RuleCatalogue catalogue = new RuleCatalogue(version, reasonMap, types, national, provinces, keys(pr.path("document_kinds")),
                keys(pr.path("content_types")), conditions);
        ReferenceData referenceData = reference(ref);
        Profiles profileData = profiles(prof);
        validate(catalogue, referenceData, profileData);
        LOG.info("Rule data {}: {} reasons, {} national rules, {} provinces", version, reasonMap.size(), national.size(), provinces.size());
        return new RuleData(catalogue, referenceData, profileData);
    }

    private JsonNode parse(String name, byte[] bytes) {
        try {
            JsonNode node = yaml.readTree(bytes);
            if (node == null || !node.path("version").canConvertToInt()) {
                throw new RuleDataException("Rule data " + name + " has no version");
            }
            return node;
        } catch (IOException e) {
            throw new RuleDataException("Rule data " + name + " is not valid YAML: " + e.getMessage(), e);
        }
    }

    private static Map<String, Reason> reasons(JsonNode rr) {
        Map<String, Reason> out = new LinkedHashMap<>();
        for (JsonNode r : rr.path("reasons")) {
            Reason reason = new Reason(text(r, "code"), text(r, "stage"), strings(r.path("fields")), text(r, "check"), text(r, "zh"),
                    text(r, "en"), text(r, "source"), strings(r.path("also_sources")), strings(r.path("provinces")), text(r, "conflicts_with"));
            if (out.put(reason.code(), reason) != null) {
                throw new RuleDataException("Reason " + reason.code() + " is defined twice");
            }
        }
        return out;
    }

    private static Map<String, RuleType> ruleTypes(JsonNode pr) {
        Map<String, RuleType> out = new LinkedHashMap<>();
        pr.path("rule_types").fields().forEachRemaining(e -> {
            Map<String, List<String>> enums = new LinkedHashMap<>();
            e.getValue().path("enums").fields().forEachRemaining(x -> enums.put(x.getKey(), strings(x.getValue())));
            out.put(e.getKey(), new RuleType(e.getKey(), text(e.getValue(), "meaning"), text(e.getValue(), "params"), enums,
                    text(e.getValue(), "reason")));
        });
        return out;
    }

    private Rule rule(String province, JsonNode r, Map<String, RuleType> types) {
        String id = text(r, "id");
        String type = text(r, "type");
        RuleType t = types.get(type);
        if (t == null) {
            throw new RuleDataException("Rule " + (province == null ? "" : province + "/") + id + " has unknown type " + type);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> params = r.has("params") && !r.get("params").isNull() ? yaml.convertValue(r.get("params"), Map.class) : Map.of();
        String reason = r.hasNonNull("reason") ? r.get("reason").asText() : t.reason();
        return new Rule(province, id, text(r, "applies_to"), type, new RuleParams(params), r.path("checkable").asBoolean(false),
                strings(r.path("fields")), text(r, "zh"), text(r, "en"), text(r, "source"), text(r, "conflicts_with"), text(r, "note"), reason);
    }

    private ReferenceData reference(JsonNode ref) {
        Map<String, ReferenceData.FieldRule> fieldRules = new LinkedHashMap<>();
        for (JsonNode f : ref.path("field_rules")) {
            fieldRules.put(text(f, "id"), new ReferenceData.FieldRule(text(f, "id"), text(f, "code"), text(f, "source"), text(f, "standard"),
                    text(f, "en")));
        }
        Map<String, ReferenceData.WordList> lexicon = new LinkedHashMap<>();
        ref.path("lexicon").fields().forEachRemaining(e -> lexicon.put(e.getKey(),
                new ReferenceData.WordList(e.getKey(), strings(e.getValue().path("words")), text(e.getValue(), "source"))));
        Map<String, Set<String>> classes = new LinkedHashMap<>();
        ref.path("certificate_classes").fields().forEachRemaining(e -> classes.put(e.getKey(), new LinkedHashSet<>(strings(e.getValue()))));
        List<ReferenceData.Suffix> approved = suffixes(ref.path("domain_suffixes").path("approved"));
        List<ReferenceData.Suffix> refused = suffixes(ref.path("domain_suffixes").path("refused"));
        List<ReferenceData.MaterialRequirement> materials = new ArrayList<>();
        for (JsonNode m : ref.path("materials").path("required")) {
            materials.add(new ReferenceData.MaterialRequirement(text(m, "id"), strings(m.path("kinds")), text(m, "owner"),
                    strings(m.path("also_owners")), strings(m.path("subject_kinds")), strings(m.path("id_types")),
                    m.path("principal_covers").asBoolean(false), text(m, "code"), text(m, "source")));
        }
        Map<String, String> preApprovalCodes = new LinkedHashMap<>();
        ref.path("pre_approval").path("categories").fields().forEachRemaining(e -> preApprovalCodes.put(e.getKey(), e.getValue().asText()));
        List<ReferenceData.OcrComparison> ocr = new ArrayList<>();
        for (JsonNode c : ref.path("ocr_comparisons")) {
            ocr.add(new ReferenceData.OcrComparison(text(c, "id"), text(c, "kind"), text(c, "ocr"), text(c, "target"), text(c, "validator"),
                    text(c, "code"), text(c, "source")));
        }
        Map<String, ReferenceData.Region> regions = new LinkedHashMap<>();
        for (JsonNode r : ref.path("regions")) {
            regions.put(text(r, "code"), new ReferenceData.Region(text(r, "code"), text(r, "zh"), text(r, "en"), strings(r.path("names"))));
        }
        Map<String, ReferenceData.AreaCode> areaCodes = new HashMap<>();
        ref.path("area_codes").path("by_province").fields().forEachRemaining(p -> p.getValue().fields().forEachRemaining(c -> {
            var code = new ReferenceData.AreaCode(c.getKey(), p.getKey(), c.getValue().asText());
            areaCodes.put(c.getKey(), code);
        }));
        Map<String, Set<String>> supersedes = new LinkedHashMap<>();
        ref.path("supersedes").fields().forEachRemaining(e -> supersedes.put(e.getKey(), new LinkedHashSet<>(strings(e.getValue()))));
        Map<String, Map<String, LocalizedText>> names = new LinkedHashMap<>();
        ref.path("names").fields().forEachRemaining(list -> {
            Map<String, LocalizedText> values = new LinkedHashMap<>();
            list.getValue().fields().forEachRemaining(v -> values.put(v.getKey(), new LocalizedText(text(v.getValue(), "zh"), text(v.getValue(), "en"))));
            names.put(list.getKey(), values);
        });
        return new ReferenceData(ref.path("version").asInt(), fieldRules, lexicon, classes, approved, refused,
                strings(ref.path("materials").path("order_types")), materials, preApprovalCodes,
                new LinkedHashSet<>(strings(ref.path("pre_approval").path("documents"))), ocr, regions, areaCodes, supersedes, names,
                regionCodes());
    }

    /** The prefecture and county codes of {@code rules/regions.yaml} (shipped with the program, not passed by tests). */
    private RegionCodes regionCodes() {
        try (InputStream in = RuleDataLoader.class.getClassLoader().getResourceAsStream(REGIONS)) {
            if (in == null) {
                throw new RuleDataException("Rule data " + REGIONS + " is missing from the program");
            }
            JsonNode node = parse(REGIONS, in.readAllBytes());
            Map<String, String> prefectures = new LinkedHashMap<>();
            node.path("prefectures").fields().forEachRemaining(e -> prefectures.put(e.getKey(), e.getValue().asText()));
            Map<String, String> counties = new LinkedHashMap<>();
            node.path("counties").fields().forEachRemaining(e -> counties.put(e.getKey(), e.getValue().asText()));
            for (String code : prefectures.keySet()) {
                if (!code.matches("\\d{4}")) {
                    throw new RuleDataException("Prefecture code " + code + " in " + REGIONS + " is not four digits");
                }
            }
            for (String code : counties.keySet()) {
                if (!code.matches("\\d{6}") || !prefectures.containsKey(code.substring(0, 4))) {
                    throw new RuleDataException("County code " + code + " in " + REGIONS + " is not six digits of a listed prefecture");
                }
            }
            return new RegionCodes(node.path("version").asInt(), prefectures, counties);
        } catch (IOException e) {
            throw new RuleDataException("Cannot read rule data " + REGIONS, e);
        }
    }

    private static List<ReferenceData.Suffix> suffixes(JsonNode list) {
        List<ReferenceData.Suffix> out = new ArrayList<>();
        for (JsonNode s : list) {
            out.add(new ReferenceData.Suffix(text(s, "suffix"), text(s, "basis"), text(s, "source")));
        }
        return out;
    }

    private static Profiles profiles(JsonNode prof) {
        Map<String, Profile> profiles = new LinkedHashMap<>();
        prof.path("profiles").fields().forEachRemaining(e -> {
            Map<String, Severity> severities = new LinkedHashMap<>();
            e.getValue().path("severity").fields().forEachRemaining(s -> severities.put(s.getKey(), Severity.parse(s.getValue().asText())));
            profiles.put(e.getKey(), new Profile(e.getKey(), new LinkedHashSet<>(strings(e.getValue().path("disabled"))), severities,
                    e.getValue().path("ocr_high_confidence").asDouble(0.9)));
        });
        Map<String, String> providers = new LinkedHashMap<>();
        prof.path("providers").fields().forEachRemaining(e -> providers.put(e.getKey(), e.getValue().asText()));
        try {
            return new Profiles(prof.path("version").asInt(), text(prof, "default_profile"), profiles, providers);
        } catch (IllegalArgumentException e) {
            throw new RuleDataException("Rule data " + PROFILES + ": " + e.getMessage(), e);
        }
    }

    /** Every name the data uses refers to something defined. */
    static void validate(RuleCatalogue catalogue, ReferenceData reference, Profiles profiles) {
        List<String> problems = new ArrayList<>();
        Set<String> ruleIds = new HashSet<>();
        for (Rule r : catalogue.allRules()) {
            if (!ruleIds.add(r.qualifiedId())) {
                problems.add("rule id " + r.qualifiedId() + " is not unique");
            }
            if (r.reason() != null && !catalogue.reasons().containsKey(r.reason())) {
                problems.add("rule " + r.qualifiedId() + " names unknown reason " + r.reason());
            }
            if (!Set.of("unit", "individual", "both").contains(r.appliesTo())) {
                problems.add("rule " + r.qualifiedId() + " applies to " + r.appliesTo());
            }
            r.params().string("condition").filter(c -> !catalogue.conditions().containsKey(c))
                    .ifPresent(c -> problems.add("rule " + r.qualifiedId() + " has unknown condition " + c));
            for (String key : List.of("document", "document_kind", "alternative_document")) {
                r.params().string(key).filter(k -> !catalogue.documentKinds().contains(k))
                        .ifPresent(k -> problems.add("rule " + r.qualifiedId() + " names unknown document kind " + k));
            }
            for (String key : List.of("requires", "extra_documents")) {
                r.params().strings(key).stream().filter(k -> !catalogue.documentKinds().contains(k))
                        .forEach(k -> problems.add("rule " + r.qualifiedId() + " names unknown document kind " + k));
            }
            if (r.checkable() && RulesEngine.decides(r) && r.reason() == null) {
                problems.add("checkable rule " + r.qualifiedId() + " has no reason code");
            }
        }
        Set<String> codes = catalogue.reasons().keySet();
        reference.fieldRules().values().forEach(f -> {
            if (!codes.contains(f.code())) {
                problems.add("field rule " + f.id() + " names unknown reason " + f.code());
            }
            ruleIds.add(f.qualifiedId());
        });
        reference.materials().forEach(m -> {
            if (!codes.contains(m.code())) {
                problems.add("material requirement " + m.id() + " names unknown reason " + m.code());
            }
            m.kinds().stream().filter(k -> !catalogue.documentKinds().contains(k))
                    .forEach(k -> problems.add("material requirement " + m.id() + " names unknown kind " + k));
            ruleIds.add(m.qualifiedId());
        });
        reference.ocrComparisons().forEach(c -> {
            if (!codes.contains(c.code())) {
                problems.add("OCR comparison " + c.id() + " names unknown reason " + c.code());
            }
            if (!catalogue.documentKinds().contains(c.materialKind())) {
                problems.add("OCR comparison " + c.id() + " names unknown kind " + c.materialKind());
            }
            ruleIds.add(c.qualifiedId());
        });
        reference.preApprovalCodes().forEach((category, code) -> {
            if (!codes.contains(code)) {
                problems.add("pre-approval category " + category + " names unknown reason " + code);
            }
        });
        reference.supersedes().forEach((specific, general) -> {
            if (!codes.contains(specific)) {
                problems.add("supersedes names unknown reason " + specific);
            }
            general.stream().filter(g -> !codes.contains(g)).forEach(g -> problems.add("supersedes names unknown reason " + g));
        });
        catalogue.documentKinds().stream().filter(k -> !reference.names().getOrDefault("document_kinds", Map.of()).containsKey(k))
                .forEach(k -> problems.add("reference data names no document kind " + k));
        catalogue.contentTypes().stream().filter(k -> !reference.names().getOrDefault("content_types", Map.of()).containsKey(k))
                .forEach(k -> problems.add("reference data names no content type " + k));
        for (String list : List.of("house_number_markers", "numerals", "most_detailed_address_remarks", "address_special_characters",
                "personal_site_unit_words", "long_term_validity")) {
            if (reference.wordList(list).isEmpty()) {
                problems.add("reference data has no word list " + list);
            }
        }
        for (Profile p : profiles.profiles().values()) {
            p.disabledRules().stream().filter(id -> !ruleIds.contains(id))
                    .forEach(id -> problems.add("profile " + p.name() + " disables unknown rule " + id));
            p.severities().keySet().stream().filter(id -> !ruleIds.contains(id))
                    .forEach(id -> problems.add("profile " + p.name() + " sets the severity of unknown rule " + id));
        }
        if (!problems.isEmpty()) {
            throw new RuleDataException("Rule data is inconsistent: " + String.join("; ", problems));
        }
    }

    private static Set<String> keys(JsonNode node) {
        Set<String> out = new LinkedHashSet<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(n -> out.add(n.asText()));
        } else if (node.isTextual()) {
            out.add(node.asText());
        }
        return out;
    }

    private static String sha256(byte[]... parts) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (byte[] p : parts) {
                md.update(p);
                md.update("\n".getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
