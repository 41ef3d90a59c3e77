package org.icpdesk.rules.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The {@code params} of a rule: typed values whose schema the rule type states (province-rules.yaml). Values are
 * strings, numbers, booleans, lists and maps as read from YAML; a value may be null (e.g. {@code max: null}: no limit).
 */
public record RuleParams(Map<String, Object> values) {
    public static final RuleParams EMPTY = new RuleParams(Map.of());

    public RuleParams {
        values = values == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    public Optional<String> string(String key) {
        Object v = values.get(key);
        return v instanceof String ? Optional.of((String) v) : Optional.empty();
    }

    public OptionalInt integer(String key) {
        Object v = values.get(key);
        return v instanceof Number ? OptionalInt.of(((Number) v).intValue()) : OptionalInt.empty();
    }

    public Optional<Boolean> bool(String key) {
        Object v = values.get(key);
        return v instanceof Boolean ? Optional.of((Boolean) v) : Optional.empty();
    }

    /** A list of strings; a single string counts as a list of one; anything else is empty. */
    public List<String> strings(String key) {
        Object v = values.get(key);
        if (v instanceof String) {
            return List.of((String) v);
        }
        if (!(v instanceof List)) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Object o : (List<?>) v) {
            if (o != null) {
                out.add(String.valueOf(o));
            }
        }
        return List.copyOf(out);
    }

    /** A nested map (e.g. {@code threshold: {enterprise: 20, sole-proprietor: 10}}), empty when not a map. */
    public Map<String, Object> map(String key) {
        Object v = values.get(key);
        if (!(v instanceof Map)) {
            return Map.of();
        }
        Map<String, Object> out = new LinkedHashMap<>();
        ((Map<?, ?>) v).forEach((k, x) -> out.put(String.valueOf(k), x));
        return Collections.unmodifiableMap(out);
    }
}
