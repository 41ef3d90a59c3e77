package org.icpdesk.bundle.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Typed access to one JSON object of a bundle entry. Every failure names the bundle, the entry and the field
 * path ({@code sites[0].domains}). Required means present, not null and not empty (blank text, empty list);
 * optional values may be absent or null. Unknown properties are never looked at.
 */
final class JsonFields {
    private final ObjectNode node;
    private final JsonPath path;
    private final String bundle;
    private final String entry;

    private JsonFields(ObjectNode node, JsonPath path, String bundle, String entry) {
        this.node = node;
        this.path = path;
        this.bundle = bundle;
        this.entry = entry;
    }

    /** The root of a document, which must be an object. */
    static JsonFields root(JsonNode root, String bundle, String entry) {
        String shown = EntryNames.display(entry);
        if (!root.isObject()) {
            throw BundleError.JSON_TYPE_OBJECT.rejected(bundle, shown, JsonPath.ROOT.toString(), found(root, false));
        }
        return new JsonFields((ObjectNode) root, JsonPath.ROOT, bundle, shown);
    }

    JsonPath path(String field) {
        return path.field(field);
    }

    /** A rejection about this entry: the bundle and entry come first, then {@code more}. */
    BundleRejected reject(BundleError error, Object... more) {
        Object[] args = new Object[more.length + 2];
        args[0] = bundle;
        args[1] = entry;
        System.arraycopy(more, 0, args, 2, more.length);
        return error.rejected(args);
    }

    /** The value as parsed, or null when absent. */
    JsonNode raw(String field) {
        return node.get(field);
    }

    boolean isPresent(String field) {
        JsonNode value = node.get(field);
        return value != null && !value.isNull();
    }

    String requiredString(String field) {
        JsonNode value = node.get(field);
        JsonPath at = path.field(field);
        if (value == null || value.isNull()) {
            throw reject(BundleError.FIELD_MISSING, at.toString());
        }
        return nonBlank(value, at);
    }

    String optionalString(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw reject(BundleError.JSON_TYPE_STRING, path.field(field).toString(), found(value, false));
        }
        return value.textValue();
    }

    /** An integer from {@code min} to {@code max}; {@code "3"} and {@code 1.5} are refused. */
    long requiredInteger(String field, long min, long max) {
        JsonNode value = node.get(field);
        JsonPath at = path.field(field);
        if (value == null || value.isNull()) {
            throw reject(BundleError.FIELD_MISSING, at.toString());
        }
        return integer(value, at, min, max);
    }

    long integer(JsonNode value, JsonPath at, long min, long max) {
        if (!value.isIntegralNumber()) {
            throw reject(BundleError.JSON_TYPE_INTEGER, at.toString(), found(value, true));
        }
        BigInteger big = value.bigIntegerValue();
        if (big.compareTo(BigInteger.valueOf(min)) < 0 || big.compareTo(BigInteger.valueOf(max)) > 0) {
            throw reject(BundleError.INTEGER_RANGE, at.toString(), shortText(value), min, max);
        }
        return big.longValue();
    }

    Boolean optionalBoolean(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isBoolean()) {
            throw reject(BundleError.JSON_TYPE_BOOLEAN, path.field(field).toString(), found(value, false));
        }
        return value.booleanValue();
    }

    JsonFields requiredObject(String field) {
        return optionalObject(field).orElseThrow(() -> reject(BundleError.FIELD_MISSING, path.field(field).toString()));
    }

    Optional<JsonFields> optionalObject(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        return Optional.of(object(value, path.field(field)));
    }

    /** A list of objects; absent or null is an empty list. */
    List<JsonFields> objects(String field) {
        List<JsonFields> out = new ArrayList<>();
        JsonNode value = array(field);
        for (int i = 0; value != null && i < value.size(); i++) {
            out.add(object(value.get(i), path.field(field).element(i)));
        }
        return out;
    }

    /** A list of strings, none of them null; absent or null is an empty list. */
    List<String> optionalStrings(String field) {
        List<String> out = new ArrayList<>();
        JsonNode value = array(field);
        for (int i = 0; value != null && i < value.size(); i++) {
            JsonNode item = value.get(i);
            if (!item.isTextual()) {
                throw reject(BundleError.JSON_TYPE_STRING, path.field(field).element(i).toString(), found(item, false));
            }
            out.add(item.textValue());
        }
        return out;
    }

    /** A non-empty list of non-blank strings. */
    List<String> requiredStrings(String field) {
        JsonNode value = array(field);
        JsonPath at = path.field(field);
        if (value == null) {
            throw reject(BundleError.FIELD_MISSING, at.toString());
        }
        if (value.isEmpty()) {
            throw reject(BundleError.FIELD_EMPTY, at.toString());
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            if (item.isNull()) {
                throw reject(BundleError.FIELD_MISSING, at.element(i).toString());
            }
            out.add(nonBlank(item, at.element(i)));
        }
        return out;
    }

    /** An instant with an offset ({@code 2026-11-22T09:30:00+08:00}), or null. */
    OffsetDateTime optionalInstant(String field) {
        String text = optionalString(field);
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException e) {
            throw reject(BundleError.INSTANT_INVALID, path.field(field).toString());
        }
    }

    private JsonNode array(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isArray()) {
            throw reject(BundleError.JSON_TYPE_ARRAY, path.field(field).toString(), found(value, false));
        }
        return value;
    }

    private JsonFields object(JsonNode value, JsonPath at) {
        if (!value.isObject()) {
            throw reject(BundleError.JSON_TYPE_OBJECT, at.toString(), found(value, false));
        }
        return new JsonFields((ObjectNode) value, at, bundle, entry);
    }

    private String nonBlank(JsonNode value, JsonPath at) {
        if (!value.isTextual()) {
            throw reject(BundleError.JSON_TYPE_STRING, at.toString(), found(value, false));
        }
        if (value.textValue().isBlank()) {
            throw reject(BundleError.FIELD_EMPTY, at.toString());
        }
        return value.textValue();
    }

    /**
     * What was found instead, without showing personal data: the JSON type name, or for a number where an
     * integer was wanted the number itself (so that {@code 1.5} is named).
     */
    static String found(JsonNode value, boolean showNumber) {
        if (value.isNumber()) {
            return showNumber ? shortText(value) : "number";
        }
        if (value.isTextual()) {
            return "string";
        }
        if (value.isBoolean()) {
            return "boolean";
        }
        if (value.isObject()) {
            return "object";
        }
        if (value.isArray()) {
            return "array";
        }
        return "null";
    }

    private static String shortText(JsonNode number) {
        String text = number.asText();
        return text.length() > 24 ? text.substring(0, 24) + "..." : text;
    }
}
