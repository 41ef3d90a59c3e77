package org.icpdesk.cli;

import org.icpdesk.testing.CliRunner.Result;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.icpdesk.i18n.Messages;
import org.icpdesk.testing.SmallBundles;
import org.junit.jupiter.api.Test;

/** {@code check} as spec/cli.md defines it, on orders imported into a temp store. */
class CheckCommandTest extends SmallStoreCommandTest {

    @Test
    void allPrintsOneLineForEachOrderWithTheKeysOfTheSpec() {
        Result r = run("check", "--all", "--json", "--today", "2026-11-22", "--store", store);
        assertThat(r.exit()).as(r.err()).isZero();
        List<JsonNode> lines = r.lines();
        assertThat(lines).extracting(l -> l.get("orderId").asText()).containsExactly("ICPT000001", "ICPT000002", "ICPT000003");
        for (JsonNode line : lines) {
            assertThat(line.fieldNames()).toIterable().containsExactly("orderId", "version", "findings");
            assertThat(line.get("version").asInt()).isEqualTo(1);
            for (JsonNode f : line.get("findings")) {
                assertThat(f.fieldNames()).toIterable()
                        .containsExactly("code", "severity", "fields", "entered", "extracted", "material", "message");
                assertThat(f.get("severity").asText()).isIn("error", "warning", "info");
                assertThat(f.get("fields").isArray()).isTrue();
                assertThat(f.get("message").get("zh").asText()).isNotBlank();
                assertThat(f.get("message").get("en").asText()).isNotBlank();
            }
        }
        // Order 2 is a unit with the bundle example's placeholder credit code 91440300MA5XXXXXXX, filed in province 46.
        JsonNode second = lines.get(1).get("findings");
        assertThat(second.findValuesAsText("code")).contains("SUB-CERT-NUMBER-INVALID", "SUB-ADDRESS-REGION-MISMATCH");
        JsonNode invalid = findings(second, "SUB-CERT-NUMBER-INVALID");
        assertThat(invalid.get("entered").asText()).isEqualTo("91440300MA5XXXXXXX");
        assertThat(invalid.get("extracted").isNull()).isTrue();
        assertThat(invalid.get("material").isNull()).isTrue();
        assertThat(invalid.get("fields").get(0).asText()).isEqualTo("subject.certificateNumber");
    }

    @Test
    void namedOrdersOnlyAndTodayDecidesValidity() {
        // SmallBundles principals' IDs are valid to 2035-05-01
        Result now = run("check", "ICPT000002", "--json", "--store", store);
        assertThat(now.lines()).singleElement().satisfies(l -> assertThat(l.get("orderId").asText()).isEqualTo("ICPT000002"));
        assertThat(now.out()).doesNotContain("RSP-ID-EXPIRING");
        Result later = run("check", "ICPT000002", "--json", "--today", "2035-03-01", "--store", store);
        assertThat(later.out()).contains("RSP-ID-EXPIRING");
    }

    @Test
    void badUsageAndUnknownOrdersExitWith2() {
        assertThat(run("check", "--json", "--store", store).exit()).isEqualTo(2);
        assertThat(run("check", "ICPT000001", "--all", "--json", "--store", store).exit()).isEqualTo(2);
        assertThat(run("check", "--all", "--json", "--today", "2026-13-01", "--store", store).exit()).isEqualTo(2);
        Result unknown = run("check", "NOPE", "ICPT000001", "--json", "--store", store);
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("NOPE");
        assertThat(unknown.lines()).hasSize(1);
    }

    @Test
    void withoutJsonAShortReportInTheUserLanguage() {
        Result zh = run("check", "ICPT000002", "--lang", "zh", "--store", store);
        assertThat(zh.exit()).isZero();
        assertThat(zh.out()).contains("订单 ICPT000002", "SUB-CERT-NUMBER-INVALID");
    }

    private static JsonNode findings(JsonNode list, String code) {
        for (JsonNode f : list) {
            if (f.get("code").asText().equals(code)) {
                return f;
            }
        }
        throw new AssertionError(code + " not in " + list);
    }
}
