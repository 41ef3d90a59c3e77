package org.icpdesk.ocr.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.icpdesk.common.Json;
import org.icpdesk.ocr.domain.Box;
import org.icpdesk.ocr.domain.CertificateKind;
import org.icpdesk.ocr.domain.CertificateReading;
import org.icpdesk.ocr.domain.FieldReading;
import org.icpdesk.ocr.domain.Quality;
import org.icpdesk.ocr.domain.QualityProblem;

/**
 * The JSON of readings as spec/cli.md's {@code ocr} command prints them ({@code quality}, {@code fields} with value,
 * confidence, box), also the form the OCR cache stores, plus {@code corrected} where domain knowledge changed a value.
 */
public final class ReadingJson {
    private static final ObjectMapper MAPPER = Json.mapper();

    private ReadingJson() {
    }

    /** {@code {"name":{"value":..,"confidence":..,"box":[x,y,w,h]}, ...}}; unread fields have {@code "value": null}. */
    public static ObjectNode fields(CertificateReading reading) {
        ObjectNode fields = MAPPER.createObjectNode();
        for (Map.Entry<String, FieldReading> e : reading.fields().entrySet()) {
            FieldReading f = e.getValue();
            ObjectNode o = fields.putObject(e.getKey());
            o.put("value", f.value());
            o.put("confidence", Math.round(f.confidence() * 1000) / 1000.0);
            if (f.box() != null) {
                ArrayNode box = o.putArray("box");
                for (int v : f.box().toArray()) {
                    box.add(v);
                }
            } else {
                o.putNull("box");
            }
            if (f.corrected()) {
                o.put("corrected", true);
            }
        }
        return fields;
    }

    /** {@code {"ok":..,"problems":[...]}}; an image that could not be read is never ok. */
    public static ObjectNode quality(CertificateReading reading) {
        ObjectNode q = MAPPER.createObjectNode();
        q.put("ok", reading.error() == null && reading.quality().ok());
        ArrayNode problems = q.putArray("problems");
        reading.quality().problems().forEach(p -> problems.add(p.name()));
        return q;
    }

    /** Parses what {@link #fields} wrote. */
    public static Map<String, FieldReading> parseFields(String json) {
        try {
            JsonNode root = MAPPER.readTree(json);
            Map<String, FieldReading> out = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode f = e.getValue();
                JsonNode b = f.path("box");
                Box box = b.isArray() && b.size() == 4 ? new Box(b.get(0).asInt(), b.get(1).asInt(), b.get(2).asInt(), b.get(3).asInt()) : null;
                String value = f.path("value").isNull() || f.path("value").isMissingNode() ? null : f.path("value").asText();
                out.put(e.getKey(), new FieldReading(value, f.path("confidence").asDouble(), box, f.path("corrected").asBoolean(false)));
            }
            return out;
        } catch (java.io.IOException e) {
            throw new IllegalStateException("unreadable OCR cache entry", e);
        }
    }

    public static String problems(Quality q) {
        return String.join(",", q.problems().stream().map(Enum::name).toList());
    }

    public static Quality parseProblems(String s) {
        List<QualityProblem> list = new ArrayList<>();
        if (s != null && !s.isBlank()) {
            for (String p : s.split(",")) {
                list.add(QualityProblem.valueOf(p.trim()));
            }
        }
        return new Quality(list);
    }

    public static CertificateReading reading(CertificateKind kind, String problems, String fieldsJson, String reader, String error) {
        return new CertificateReading(kind, parseProblems(problems), parseFields(fieldsJson), reader, error);
    }
}
