package org.icpdesk.cli;

import org.icpdesk.testing.CliRunner.Result;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.icpdesk.i18n.Messages;
import org.icpdesk.testing.DecisionBundles;
import org.icpdesk.testing.SmallBundles;
import org.junit.jupiter.api.Test;

/** {@code decide} and {@code export} as spec/cli.md defines them, through {@link Cli#run}; the bundle read back per bundle-format.md. */
class DecideExportCommandTest extends SmallStoreCommandTest {

    @Test
    void decideApprovesRejectsAndEditsThenExportWritesTheDecisionsBundle() throws Exception {
        Result approved = run("decide", "ICPT000002", "--approve", "--reviewer", "reviewer01", "--store", store);
        assertThat(approved.exit()).as(approved.err()).isZero();
        assertThat(approved.json().get("outcome").asText()).isEqualTo("approved");

        Result rejected = run("decide", "ICPT000001", "--reject", "RSP-ID-NUMBER-MISMATCH:证件号码与证件照片不一致",
                "--reject", "RSP-NAME-MISMATCH", "--reviewer", "reviewer01", "--store", store);
        assertThat(rejected.exit()).as(rejected.err()).isZero();
        assertThat(rejected.json().get("reasons")).hasSize(2);

        Result edited = run("decide", "ICPT000003", "--approve", "--edit", "subject.address=深圳市南山区科技园南区一路3号院",
                "--reviewer", "reviewer02", "--store", store);
        assertThat(edited.exit()).as(edited.err()).isZero();

        Path out = dir.resolve("out/decisions.zip");
        Result exported = run("export", "--out", out.toString(), "--store", store);
        assertThat(exported.exit()).as(exported.err()).isZero();
        assertThat(exported.json().get("decisions").asInt()).isEqualTo(3);

        Map<String, JsonNode> decisions = readBundle(out);
        assertThat(decisions).containsOnlyKeys("ICPT000001", "ICPT000002", "ICPT000003");
        JsonNode r = decisions.get("ICPT000001");
        assertThat(r.fieldNames()).toIterable().containsExactly("orderId", "orderVersion", "outcome", "reasons", "edits", "reviewer",
                "decidedAt", "auditHash");
        assertThat(r.get("outcome").asText()).isEqualTo("rejected");
        assertThat(r.get("orderVersion").asInt()).isEqualTo(1);
        assertThat(r.get("reasons").get(0).get("code").asText()).isEqualTo("RSP-ID-NUMBER-MISMATCH");
        assertThat(r.get("reasons").get(0).get("note").asText()).isEqualTo("证件号码与证件照片不一致");
        assertThat(r.get("reasons").get(1).get("note").asText()).isNotBlank();
        assertThat(r.get("reviewer").asText()).isEqualTo("reviewer01");
        assertThat(r.get("decidedAt").asText()).isEqualTo("2026-11-22T10:00:00+08:00");
        assertThat(r.get("auditHash").asText()).matches("[0-9a-f]{64}");
        JsonNode e = decisions.get("ICPT000003").get("edits").get(0);
        assertThat(e.get("field").asText()).isEqualTo("subject.address");
        assertThat(e.get("after").asText()).isEqualTo("深圳市南山区科技园南区一路3号院");
        assertThat(e.get("before").asText()).isEqualTo("深圳市南山区科技园南区一路3号");
        assertThat(e.get("basis").asText()).contains("m2");
        assertThat(e.get("consent").asBoolean()).isTrue();

        Path again = dir.resolve("again.zip");
        assertThat(run("export", "--out", again.toString(), "--store", store).json().get("decisions").asInt()).isZero();
        assertThat(readBundle(again)).isEmpty();
        Path since = dir.resolve("since.zip");
        Result reexported = run("export", "--out", since.toString(), "--since", "2026-11-22T00:00:00+08:00", "--store", store);
        assertThat(reexported.exit()).as(reexported.err()).isZero();
        assertThat(readBundle(since)).containsOnlyKeys("ICPT000001", "ICPT000002", "ICPT000003");

        Result audit = run("audit", "verify", "--store", store);
        assertThat(audit.exit()).as(audit.out() + audit.err()).isZero();
    }

    @Test
    void badInputExitsTwoAndChangesNothing() {
        Result unknownCode = run("decide", "ICPT000001", "--reject", "NOT-A-CODE", "--reviewer", "r", "--store", store);
        assertThat(unknownCode.exit()).isEqualTo(2);
        assertThat(unknownCode.err()).contains("NOT-A-CODE");
        Result unknownOrder = run("decide", "ICPNOPE", "--approve", "--reviewer", "r", "--store", store);
        assertThat(unknownOrder.exit()).isEqualTo(2);
        assertThat(unknownOrder.err()).contains("ICPNOPE");
        Result noConsent = run("decide", "ICPT000001", "--approve", "--edit", "subject.address=x路1号", "--reviewer", "r", "--store", store);
        assertThat(noConsent.exit()).isEqualTo(2);
        assertThat(noConsent.err()).contains("consent");
        Result notEditable = run("decide", "ICPT000003", "--approve", "--edit", "principal.mobile=13900000001", "--reviewer", "r",
                "--store", store);
        assertThat(notEditable.exit()).isEqualTo(2);
        assertThat(run("decide", "ICPT000001", "--approve", "--reject", "RSP-NAME-MISMATCH", "--reviewer", "r", "--store", store).exit())
                .isEqualTo(2);
        assertThat(run("decide", "ICPT000001", "--approve", "--store", store).exit()).isEqualTo(2); // --reviewer is required
        assertThat(run("export", "--out", dir.resolve("x.zip").toString(), "--since", "yesterday", "--store", store).exit()).isEqualTo(2);
        Result zh = run("decide", "ICPT000001", "--approve", "--edit", "subject.address=x", "--reviewer", "r", "--store", store, "--lang", "zh");
        assertThat(zh.err()).contains("未同意协助更改");
        Result nothing = run("export", "--out", dir.resolve("none.zip").toString(), "--store", store);
        assertThat(nothing.json().get("decisions").asInt()).isZero();
    }

    @Test
    void aNewerVersionWaitingIsAConflictExitThree() {
        assertThat(run("decide", "ICPT000001", "--approve", "--reviewer", "r", "--store", store).exit()).isZero();
        Path v2 = SmallBundles.write(dir.resolve("v2.zip"), List.of(SmallBundles.order(1, 2, "b")), "b", 16);
        assertThat(run("import", "--no-ocr", "--store", store, v2.toString()).exit()).isEqualTo(3);
        Result again = run("decide", "ICPT000001", "--reject", "RSP-NAME-MISMATCH", "--reviewer", "r", "--store", store);
        assertThat(again.exit()).as(again.err()).isEqualTo(3);
        assertThat(again.json().get("orderId").asText()).isEqualTo("ICPT000001");
    }

    static Map<String, JsonNode> readBundle(Path zip) throws Exception {
        return DecisionBundles.read(zip);
    }
}
