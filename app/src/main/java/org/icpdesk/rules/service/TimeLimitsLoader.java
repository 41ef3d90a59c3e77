package org.icpdesk.rules.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.icpdesk.rules.domain.TimeLimits;
import org.icpdesk.rules.domain.WorkingCalendar;

/** Reads {@code rules/time-limits.yaml}: limits by provider, province and effective date, and the holiday calendar. */
public final class TimeLimitsLoader {
    static final String RESOURCE = "rules/time-limits.yaml";
    private static final Set<String> ENTRY_KEYS = Set.of("provider", "province", "from", "until", "source", "note");

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());

    /** The limits shipped in the program. */
    public TimeLimits load() {
        try (InputStream in = TimeLimitsLoader.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new RuleDataException("Rule data " + RESOURCE + " is missing from the program");
            }
            return load(in.readAllBytes());
        } catch (IOException e) {
            throw new RuleDataException("Cannot read rule data " + RESOURCE, e);
        }
    }

    /** The limits of a file's bytes (tests may pass their own). */
    public TimeLimits load(byte[] bytes) {
        JsonNode root;
        try {
            root = yaml.readTree(bytes);
        } catch (IOException e) {
            throw new RuleDataException("Rule data " + RESOURCE + " is not valid YAML: " + e.getMessage(), e);
        }
        if (root == null || !root.path("version").canConvertToInt()) {
            throw new RuleDataException("Rule data " + RESOURCE + " has no version");
        }
        List<TimeLimits.Entry> entries = new ArrayList<>();
        for (JsonNode e : root.path("limits")) {
            Map<TimeLimits.Limit, Integer> values = new EnumMap<>(TimeLimits.Limit.class);
            for (TimeLimits.Limit limit : TimeLimits.Limit.values()) {
                JsonNode v = e.get(limit.key());
                if (v != null) {
                    if (!v.canConvertToInt() || v.asInt() < 0) {
                        throw new RuleDataException("Time limit " + limit.key() + " must be a whole number >= 0: " + v);
                    }
                    values.put(limit, v.asInt());
                }
            }
            e.fieldNames().forEachRemaining(k -> {
                if (!ENTRY_KEYS.contains(k) && values.keySet().stream().noneMatch(l -> l.key().equals(k))) {
                    throw new RuleDataException("Unknown key " + k + " in " + RESOURCE);
                }
            });
            try {
                entries.add(new TimeLimits.Entry(text(e, "provider"), text(e, "province"), date(e, "from"), date(e, "until"), values,
                        text(e, "source"), text(e, "note")));
            } catch (IllegalArgumentException ex) {
                throw new RuleDataException(ex.getMessage(), ex);
            }
        }
        Set<LocalDate> holidays = new HashSet<>();
        for (JsonNode h : root.path("calendar").path("holidays")) {
            holidays.addAll(days(h.asText()));
        }
        Set<LocalDate> working = new HashSet<>();
        for (JsonNode w : root.path("calendar").path("working_weekend_days")) {
            working.addAll(days(w.asText()));
        }
        try {
            return new TimeLimits(root.path("version").asInt(), entries, new WorkingCalendar(holidays, working));
        } catch (IllegalArgumentException ex) {
            throw new RuleDataException(ex.getMessage() + " in " + RESOURCE, ex);
        }
    }

    private static String text(JsonNode node, String key) {
        JsonNode v = node.get(key);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static LocalDate date(JsonNode node, String key) {
        String v = text(node, key);
        return v == null ? null : parse(v);
    }

    /** One day, or a range FIRST/LAST with both ends included. */
    static List<LocalDate> days(String text) {
        String[] parts = text.strip().split("/", 2);
        LocalDate first = parse(parts[0]);
        LocalDate last = parts.length == 2 ? parse(parts[1]) : first;
        if (last.isBefore(first)) {
            throw new RuleDataException("Day range ends before it starts: " + text);
        }
        List<LocalDate> out = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            out.add(d);
        }
        return out;
    }

    private static LocalDate parse(String s) {
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            throw new RuleDataException("Not a date (YYYY-MM-DD) in " + RESOURCE + ": " + s, e);
        }
    }
}
