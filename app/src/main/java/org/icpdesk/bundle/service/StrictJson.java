package org.icpdesk.bundle.service;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Parses a JSON entry of a bundle under the format's rules: UTF-8 only (a leading BOM is skipped; UTF-16,
 * UTF-32 and invalid UTF-8 are refused), at most {@code maxDepth} levels of nesting (the root object is level 1),
 * no string or property name longer than {@code maxStringBytes} UTF-8 bytes, no property twice in one object,
 * exactly one value in the document. Numbers keep their JSON kind (integer or not) for strict typing.
 */
final class StrictJson {
    private final JsonFactory factory;
    private final JsonNodeFactory nodes = JsonNodeFactory.instance;
    private final int maxDepth;
    private final int maxStringBytes;

    StrictJson(int maxDepth, int maxStringBytes) {
        this.maxDepth = maxDepth;
        this.maxStringBytes = maxStringBytes;
        this.factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(maxDepth + 10)              // ours trips first, with the path
                        .maxStringLength(Integer.MAX_VALUE)          // entries are capped in bytes before parsing
                        .maxNameLength(Integer.MAX_VALUE)
                        .build())
                .build();
    }

    JsonNode parse(String bundle, String entry, byte[] bytes) {
        String shownEntry = EntryNames.display(entry);
        String encoding = otherEncoding(bytes);
        if (encoding != null) {
            throw BundleError.JSON_ENCODING.rejected(bundle, shownEntry, encoding);
        }
        int start = hasUtf8Bom(bytes) ? 3 : 0;
        int bad = Utf8.firstError(bytes, start, bytes.length);
        if (bad >= 0) {
            throw BundleError.JSON_UTF8.rejected(bundle, shownEntry, (long) bad);
        }
        try (JsonParser parser = factory.createParser(bytes, start, bytes.length - start)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw invalid(bundle, shownEntry, parser.currentLocation());
            }
            JsonNode root = value(parser, first, JsonPath.ROOT, 0, bundle, shownEntry);
            if (parser.nextToken() != null) {
                throw invalid(bundle, shownEntry, parser.currentLocation());
            }
            return root;
        } catch (JsonProcessingException e) {
            throw invalid(bundle, shownEntry, e.getLocation());   // not as cause: its text may quote personal data
        } catch (IOException e) {
            throw invalid(bundle, shownEntry, null);
        }
    }

    private JsonNode value(JsonParser p, JsonToken token, JsonPath path, int depth, String bundle, String entry)
            throws IOException {
        switch (token) {
            case START_OBJECT: {
                if (depth + 1 > maxDepth) {
                    throw BundleError.JSON_TOO_DEEP.rejected(bundle, entry, path.toString(), maxDepth);
                }
                ObjectNode object = nodes.objectNode();
                for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
                    String name = p.currentName();
                    JsonPath child = path.field(name);
                    checkLength(name, child, bundle, entry);
                    if (object.has(name)) {
                        throw BundleError.JSON_DUPLICATE_PROPERTY.rejected(bundle, entry, child.toString());
                    }
                    object.set(name, value(p, p.nextToken(), child, depth + 1, bundle, entry));
                }
                return object;
            }
            case START_ARRAY: {
                if (depth + 1 > maxDepth) {
                    throw BundleError.JSON_TOO_DEEP.rejected(bundle, entry, path.toString(), maxDepth);
                }
                ArrayNode array = nodes.arrayNode();
                int i = 0;
                for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                    array.add(value(p, t, path.element(i++), depth + 1, bundle, entry));
                }
                return array;
            }
            case VALUE_STRING: {
                String text = p.getText();
                checkLength(text, path, bundle, entry);
                return nodes.textNode(text);
            }
            case VALUE_NUMBER_INT:
                switch (p.getNumberType()) {
                    case INT: return nodes.numberNode(p.getIntValue());
                    case LONG: return nodes.numberNode(p.getLongValue());
                    default: return nodes.numberNode(p.getBigIntegerValue());
                }
            case VALUE_NUMBER_FLOAT:
                return new DecimalNode(p.getDecimalValue());          // as written: 1.0 stays 1.0
            case VALUE_TRUE:
                return nodes.booleanNode(true);
            case VALUE_FALSE:
                return nodes.booleanNode(false);
            case VALUE_NULL:
                return nodes.nullNode();
            default:
                throw invalid(bundle, entry, p.currentLocation());
        }
    }

    private void checkLength(String text, JsonPath path, String bundle, String entry) {
        if (text.length() > maxStringBytes
                || (long) text.length() * 3 > maxStringBytes && text.getBytes(StandardCharsets.UTF_8).length > maxStringBytes) {
            throw BundleError.JSON_STRING_TOO_LONG.rejected(bundle, entry, path.toString(), maxStringBytes);
        }
    }

    private static BundleRejected invalid(String bundle, String entry, JsonLocation at) {
        long line = at == null ? 0 : Math.max(0, at.getLineNr());
        long column = at == null ? 0 : Math.max(0, at.getColumnNr());
        return BundleError.JSON_INVALID.rejected(bundle, entry, line, column);
    }

    private static boolean hasUtf8Bom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    /** UTF-16 or UTF-32 by byte-order mark, or by the zero bytes of an ASCII first character (RFC 4627, 3); else null. */
    static String otherEncoding(byte[] b) {
        int b0 = b.length > 0 ? b[0] & 0xFF : -1;
        int b1 = b.length > 1 ? b[1] & 0xFF : -1;
        int b2 = b.length > 2 ? b[2] & 0xFF : -1;
        int b3 = b.length > 3 ? b[3] & 0xFF : -1;
        if (b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF) {
            return "UTF-32BE";
        }
        if (b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0) {
            return "UTF-32LE";
        }
        if (b0 == 0xFE && b1 == 0xFF) {
            return "UTF-16BE";
        }
        if (b0 == 0xFF && b1 == 0xFE) {
            return "UTF-16LE";
        }
        if (b.length >= 4 && b0 == 0 && b1 == 0 && b2 == 0) {
            return "UTF-32BE";
        }
        if (b.length >= 4 && b1 == 0 && b2 == 0 && b3 == 0) {
            return "UTF-32LE";
        }
        if (b0 == 0) {
            return "UTF-16BE";
        }
        if (b1 == 0) {
            return "UTF-16LE";
        }
        return null;
    }
}
