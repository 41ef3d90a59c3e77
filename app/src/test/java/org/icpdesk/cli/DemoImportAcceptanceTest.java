package org.icpdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.icpdesk.AppContext;
import org.icpdesk.common.Json;
import org.icpdesk.i18n.Messages;
import org.icpdesk.store.JdbiTx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 3's acceptance through the real command line: {@code demo --orders 200}, {@code import} into a fresh store
 * (all 200 present), import again (nothing added or updated), a copy with one changed image hash (exit 2, store unchanged).
 */
class DemoImportAcceptanceTest {
    @TempDir
    Path dir;

    private String[] run(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int exit = Cli.run(args, new CliEnvironment(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), Clock.systemUTC(), dir.resolve("default"),
                new Messages(Locale.ENGLISH)));
        return new String[] {String.valueOf(exit), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
    }

    private static JsonNode json(String line) throws Exception {
        return Json.mapper().readTree(line);
    }

    private List<Long> snapshot(Path store) {
        try (AppContext app = AppContext.open(store, null, Clock.systemUTC())) {
            return app.store().read(tx -> List.of("orders", "order_version", "material", "blob", "imported_bundle", "audit_event")
                    .stream().map(t -> JdbiTx.handle(tx).createQuery("SELECT COUNT(*) FROM " + t).mapTo(Long.class).one()).toList());
        }
    }

    @Test
    void demoOf200ImportsOnceThenNothingChangesAndAChangedHashIsRefused() throws Exception {
        Path bundle = dir.resolve("demo.zip");
        String[] demo = run("demo", "--out", bundle.toString(), "--orders", "200", "--seed", "7");
        assertThat(demo[0]).as(demo[2]).isEqualTo("0");
        assertThat(json(demo[1]).get("orders").asInt()).isEqualTo(200);

        Path store = dir.resolve("store");
        String[] first = run("import", "--no-ocr", bundle.toString(), "--store", store.toString());
        assertThat(first[0]).as(first[2]).isEqualTo("0");
        assertThat(json(first[1]).at("/orders/added").asInt()).isEqualTo(200);
        List<Long> afterFirst = snapshot(store);
        assertThat(afterFirst.get(0)).isEqualTo(200L);

        String[] again = run("import", "--no-ocr", bundle.toString(), "--store", store.toString());
        assertThat(again[0]).isEqualTo("0");
        assertThat(json(again[1]).at("/orders/added").asInt()).isZero();
        assertThat(json(again[1]).at("/orders/updated").asInt()).isZero();
        assertThat(json(again[1]).at("/orders/unchanged").asInt()).isEqualTo(200);
        assertThat(snapshot(store)).isEqualTo(afterFirst);

        // One image of a new order changed after the manifest was written.
        Path changed = dir.resolve("changed.zip");
        String victim;
        try (ZipFile in = new ZipFile(bundle.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(changed))) {
            victim = Collections.list(in.entries()).stream().map(ZipEntry::getName).filter(n -> n.startsWith("materials/"))
                    .reduce((a, b) -> b).orElseThrow();
            for (ZipEntry e : Collections.list(in.entries())) {
                byte[] data = in.getInputStream(e).readAllBytes();
                if (e.getName().equals(victim)) {
                    data[data.length / 2] ^= 0x5A;
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(data);
                out.closeEntry();
            }
        }
        String[] refused = run("import", "--no-ocr", changed.toString(), "--store", store.toString());
        assertThat(refused[0]).isEqualTo("2");
        assertThat(refused[2]).contains(changed.toString()).contains(victim);
        assertThat(snapshot(store)).isEqualTo(afterFirst);
    }
}
