package org.icpdesk.rules.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rule data: reasons, rule types, national and province rules, and the closed vocabularies they use.
 *
 * @param dataVersion version of the whole rule data (all files), recorded in every finding
 */
public record RuleCatalogue(
        String dataVersion,
        Map<String, Reason> reasons,
        Map<String, RuleType> ruleTypes,
        List<Rule> nationalRules,
        Map<String, Province> provinces,
        Set<String> documentKinds,
        Set<String> contentTypes,
        Map<String, String> conditions) {

    public RuleCatalogue {
        reasons = Map.copyOf(reasons);
        ruleTypes = Map.copyOf(ruleTypes);
        nationalRules = List.copyOf(nationalRules);
        provinces = Map.copyOf(provinces);
        documentKinds = Set.copyOf(documentKinds);
        contentTypes = Set.copyOf(contentTypes);
        conditions = Map.copyOf(conditions);
    }

    public Optional<Reason> reason(String code) {
        return Optional.ofNullable(reasons.get(code));
    }

    public Optional<Province> province(String code) {
        return Optional.ofNullable(code == null ? null : provinces.get(code));
    }

    /** National rules followed by the rules of {@code province} (when known), all kinds. */
    public List<Rule> rulesFor(String province) {
        List<Rule> all = new ArrayList<>(nationalRules);
        province(province).ifPresent(p -> all.addAll(p.rules()));
        return all;
    }

    /** Every rule: national first, then the provinces in code order. */
    public List<Rule> allRules() {
        List<Rule> all = new ArrayList<>(nationalRules);
        provinces.keySet().stream().sorted().forEach(code -> all.addAll(provinces.get(code).rules()));
        return all;
    }
}
