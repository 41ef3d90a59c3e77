package org.icpdesk.rules.domain;

import java.util.List;
import java.util.Map;

/** One of the closed vocabulary of rule types; {@code reason} is the default code of its rules (null: none). */
public record RuleType(String name, String meaning, String params, Map<String, List<String>> enums, String reason) {
    public RuleType {
        enums = Map.copyOf(enums);
    }
}
