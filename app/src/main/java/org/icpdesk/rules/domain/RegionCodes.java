package org.icpdesk.rules.domain;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * GB/T 2260 codes below the province: four-digit prefectures and six-digit counties ({@code rules/regions.yaml}).
 * Grouping entries (市辖区, 县, 省直辖县级行政区划) are codes but not place names.
 */
public record RegionCodes(int version, Map<String, String> prefectures, Map<String, String> counties) {
    private static final java.util.Set<String> GROUPS = java.util.Set.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划");

    public RegionCodes {
        prefectures = Map.copyOf(prefectures);
        counties = Map.copyOf(counties);
    }

    public static RegionCodes empty() {
        return new RegionCodes(0, Map.of(), Map.of());
    }

    public boolean isEmpty() {
        return prefectures.isEmpty();
    }

    /** Whether characters 1-4 of a six-digit code name a listed prefecture. */
    public boolean knownPrefecture(String code6) {
        return code6 != null && code6.length() >= 4 && prefectures.containsKey(code6.substring(0, 4));
    }

    /** The prefecture's name for characters 1-4 of a code, when listed and a place name. */
    public Optional<String> prefectureName(String code6) {
        if (code6 == null || code6.length() < 4) {
            return Optional.empty();
        }
        String name = prefectures.get(code6.substring(0, 4));
        return name == null || GROUPS.contains(name) ? Optional.empty() : Optional.of(name);
    }

    /** The county-level name of a six-digit code, when listed and a place name. */
    public Optional<String> countyName(String code6) {
        String name = code6 == null ? null : counties.get(code6);
        return name == null || GROUPS.contains(name) ? Optional.empty() : Optional.of(name);
    }

    /**
     * The province (two digits) of the prefecture an address starts with, for addresses that leave the province out
     * ({@code 石家庄市长安区...}); empty when no prefecture name or more than one province's starts it.
     */
    public Optional<String> provinceOfPrefectureAt(String address) {
        if (address == null) {
            return Optional.empty();
        }
        String best = null;
        int bestLength = 0;
        boolean ambiguous = false;
        for (Map.Entry<String, String> e : byName().entrySet()) {
            String name = e.getKey();
            if (address.startsWith(name) && name.length() >= bestLength) {
                ambiguous = name.length() == bestLength && best != null && !best.equals(e.getValue());
                best = e.getValue();
                bestLength = name.length();
            }
        }
        return ambiguous || best == null ? Optional.empty() : Optional.of(best);
    }

    private Map<String, String> byName() {
        Map<String, String> out = new HashMap<>();
        prefectures.forEach((code, name) -> {
            if (!GROUPS.contains(name)) {
                out.merge(name, code.substring(0, 2), (a, b) -> a.equals(b) ? a : "");
            }
        });
        out.values().removeIf(String::isEmpty);
        return out;
    }
}
