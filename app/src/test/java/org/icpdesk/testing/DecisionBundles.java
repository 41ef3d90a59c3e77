package org.icpdesk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.icpdesk.common.Json;

/** Reads a decisions bundle back, checking the manifest of bundle-format.md on the way. */
public final class DecisionBundles {
    private DecisionBundles() {
    }

    /** The decisions bundle per bundle-format.md: kind decisions, every entry listed with its size and SHA-256. */
    public static Map<String, JsonNode> read(Path zip) throws Exception {
        Map<String, JsonNode> decisions = new HashMap<>();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            JsonNode manifest = Json.mapper().readTree(z.getInputStream(z.getEntry("manifest.json")));
            assertThat(manifest.get("format").asText()).isEqualTo("icp-review-bundle");
            assertThat(manifest.get("formatVersion").asInt()).isEqualTo(1);
            assertThat(manifest.get("kind").asText()).isEqualTo("decisions");
            assertThat(manifest.get("entries")).hasSize(z.size() - 1);
            for (JsonNode entry : manifest.get("entries")) {
                ZipEntry ze = z.getEntry(entry.get("path").asText());
                byte[] data = z.getInputStream(ze).readAllBytes();
                assertThat(data).hasSize(entry.get("size").asInt());
                assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data))).isEqualTo(entry.get("sha256").asText());
                JsonNode d = Json.mapper().readTree(data);
                assertThat(entry.get("path").asText()).isEqualTo("decisions/" + d.get("orderId").asText() + ".json");
                decisions.put(d.get("orderId").asText(), d);
            }
        }
        return decisions;
    }
}
