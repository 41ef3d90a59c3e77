package org.icpdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.icpdesk.common.Json;
import org.icpdesk.i18n.Messages;
import org.icpdesk.store.Store;
import org.icpdesk.store.StoreFactory;
import org.icpdesk.testing.SmallBundles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    @TempDir
    Path dir;

    record Result(int exit, String out, String err) {
        JsonNode json() {
            try {
                return Json.mapper().readTree(out.lines().findFirst().orElseThrow());
            } catch (Exception e) {
                throw new AssertionError(out, e);
            }
        }
    }

    Result run(Map<String, String> env, String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        Locale lang = Cli.languageArgument(args);
        int exit = Cli.run(args, new CliEnvironment(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), env, Clock.systemUTC(), dir.resolve("default-store"),
                new Messages(lang != null ? lang : Locale.ENGLISH)));
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    Result run(String... args) {
        return run(Map.of(), args);
    }

    @Test
    void importPrintsTheSummaryLineAndIsIdempotent() {
        Path bundle = SmallBundles.write(dir.resolve("orders.zip"), SmallBundles.orders(6, 1, ""), "", 16);
        String store = dir.resolve("s").toString();
        Result first = run("import", "--no-ocr", bundle.toString(), "--store", store);
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.json().get("bundle").asText()).isEqualTo(bundle.toString());
        assertThat(first.json().at("/orders/added").asInt()).isEqualTo(6);
        Result second = run("import", "--no-ocr", "--store", store, bundle.toString());
        assertThat(second.exit()).isZero();
        assertThat(second.json().at("/orders/added").asInt()).isZero();
        assertThat(second.json().at("/orders/updated").asInt()).isZero();
        assertThat(second.json().at("/orders/unchanged").asInt()).isEqualTo(6);
    }

    @Test
    void bundleWithOneChangedHashIsRefusedWithExit2AndTheStoreIsUnchanged() throws Exception {
        Path good = SmallBundles.write(dir.resolve("good.zip"), SmallBundles.orders(3, 1, ""), "", 16);
        Path bad = dir.resolve("bad.zip");
        // Same entries, one image byte changed: its hash no longer matches the manifest.
        try (ZipFile in = new ZipFile(good.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bad))) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                byte[] data = in.getInputStream(e).readAllBytes();
                if (e.getName().endsWith("ICPT000002/id-front.png")) {
                    data[data.length - 20] ^= 0x01;
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(data);
                out.closeEntry();
            }
        }
        String store = dir.resolve("s").toString();
        Result r = run("import", "--no-ocr", "--store", store, bad.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains(bad.toString()).contains("materials/ICPT000002/id-front.png").doesNotContain("Exception");
        try (Store s = StoreFactory.open(Path.of(store), null)) {
            long orders = s.read(tx -> org.icpdesk.store.JdbiTx.handle(tx).createQuery("SELECT COUNT(*) FROM orders").mapTo(Long.class).one());
            assertThat(orders).isZero();
        }
        Result zh = run("import", "--no-ocr", "--lang", "zh", "--store", store, bad.toString());
        assertThat(zh.err()).contains("订单包");
    }

    @Test
    void missingFileIsBadInputAndUnknownCommandIsUsageError() {
        Result missing = run("import", "--no-ocr", "--store", dir.resolve("s").toString(), dir.resolve("nope.zip").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("nope.zip");
        Result unknown = run("frobnicate");
        assertThat(unknown.exit()).isEqualTo(2);
        Result noArgs = run("import");
        assertThat(noArgs.exit()).isEqualTo(2);
    }

    @Test
    void wrongPasswordIsAStoreErrorWithExit4() {
        Path bundle = SmallBundles.write(dir.resolve("orders.zip"), SmallBundles.orders(2, 1, ""), "", 16);
        String store = dir.resolve("enc").toString();
        Result created = run(Map.of(StoreCommand.PASSWORD_ENV, "correct horse"), "import", "--no-ocr", "--store", store, bundle.toString());
        assertThat(created.exit()).as(created.err()).isZero();
        Result wrong = run(Map.of(StoreCommand.PASSWORD_ENV, "battery"), "import", "--no-ocr", "--store", store, bundle.toString());
        assertThat(wrong.exit()).isEqualTo(4);
        assertThat(wrong.err()).contains("Wrong password").doesNotContain("Exception");
        Result none = run("audit", "verify", "--store", store);
        assertThat(none.exit()).isEqualTo(4);
        assertThat(none.err()).contains("encrypted");
    }

    @Test
    void auditVerifyReportsAnIntactChain() {
        Path bundle = SmallBundles.write(dir.resolve("orders.zip"), SmallBundles.orders(2, 1, ""), "", 16);
        String store = dir.resolve("s").toString();
        run("import", "--no-ocr", "--store", store, bundle.toString());
        Result r = run("audit", "verify", "--store", store);
        assertThat(r.exit()).isZero();
        assertThat(r.json().get("intact").asBoolean()).isTrue();
        assertThat(r.json().get("records").asInt()).isEqualTo(3);
    }
}
