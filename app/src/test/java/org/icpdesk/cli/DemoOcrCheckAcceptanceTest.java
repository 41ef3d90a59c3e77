package org.icpdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.icpdesk.demo.DemoTruth;
import org.icpdesk.testing.CliRunner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issues 4 and 5 end to end with real OCR: {@code demo --orders 16}, {@code import} (which reads every certificate
 * with the default engine into the OCR cache), {@code check --all --json}. The comparisons with the certificates
 * (names, ID numbers, unit names) and the image quality gate find what the demo planted, and the readings raise no
 * error or warning on clean orders. Complements {@code DemoCheckAcceptanceTest} (200 orders, rules without OCR).
 */
class DemoOcrCheckAcceptanceTest {
    /** The codes that need OCR readings or the quality gate. */
    private static final List<String> OCR_CODES = List.of("RSP-NAME-MISMATCH", "RSP-ID-NUMBER-MISMATCH", "SUB-NAME-MISMATCH", "DOC-UNCLEAR");
    private static final double MINIMUM = 0.95;

    @TempDir
    static Path dir;
    static List<JsonNode> lines;
    static DemoTruth truth;
    static String importErr;

    @BeforeAll
    static void demoImportCheck() throws Exception {
        CliRunner cli = new CliRunner(dir.resolve("default"));
        Path bundle = dir.resolve("demo.zip");
        String store = dir.resolve("store").toString();
        CliRunner.Result demo = cli.run("demo", "--out", bundle.toString(), "--orders", "16", "--seed", "7");
        assertThat(demo.exit()).as(demo.err()).isZero();
        long t0 = System.nanoTime();
        CliRunner.Result imported = cli.run("import", bundle.toString(), "--store", store, "--progress");
        System.out.println("import with OCR of 16 demo orders: " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        importErr = imported.err();
        assertThat(imported.exit()).as(imported.err()).isZero();
        CliRunner.Result check = cli.run("check", "--all", "--json", "--today", "2026-11-22", "--store", store);
        assertThat(check.exit()).as(check.err()).isZero();
        lines = check.jsonLines();
        truth = DemoTruth.read(bundle);
    }

    @Test
    void theImportReportsItsReadingProgressOnStandardError() {
        assertThat(importErr).contains("Reading certificates (OCR)").containsPattern("Certificates read: \\d+");
    }

    @Test
    void cleanOrdersGetNoErrorOrWarningFromTheReadings() {
        Map<String, List<String>> unexpected = new TreeMap<>();
        for (JsonNode line : lines) {
            DemoTruth.TruthOrder order = truth.order(line.get("orderId").asText()).orElseThrow();
            if (order.clean()) {
                for (JsonNode f : line.get("findings")) {
                    if (!"info".equals(f.get("severity").asText())) {
                        unexpected.computeIfAbsent(f.get("code").asText(), k -> new ArrayList<>())
                                .add(order.id() + " " + f.path("fields") + " entered=" + f.path("entered").asText()
                                        + " read=" + f.path("extracted").asText());
                    }
                }
            }
        }
        assertThat(unexpected).isEmpty();
    }

    @Test
    void theComparisonsWithTheCertificatesFindWhatWasPlanted() {
        Map<String, int[]> counts = new TreeMap<>();          // true positives, false positives, false negatives
        OCR_CODES.forEach(c -> counts.put(c, new int[3]));
        for (JsonNode line : lines) {
            DemoTruth.TruthOrder order = truth.order(line.get("orderId").asText()).orElseThrow();
            Set<String> reported = new HashSet<>();
            line.get("findings").forEach(f -> reported.add(f.get("code").asText()));
            for (String code : OCR_CODES) {
                boolean p = order.has(code);
                boolean r = reported.contains(code);
                if (p || r) {
                    counts.get(code)[p && r ? 0 : r ? 1 : 2]++;
                }
            }
        }
        List<String> below = new ArrayList<>();
        int planted = 0;
        System.out.println("check with OCR on 16 demo orders (seed 7): code, planted, reported, precision, recall");
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            planted += c[0] + c[2];
            double precision = c[0] + c[1] == 0 ? 1.0 : (double) c[0] / (c[0] + c[1]);
            double recall = c[0] + c[2] == 0 ? 1.0 : (double) c[0] / (c[0] + c[2]);
            System.out.printf(Locale.ROOT, "  %-24s %3d %3d  %.3f  %.3f%n", e.getKey(), c[0] + c[2], c[0] + c[1], precision, recall);
            if (precision < MINIMUM || recall < MINIMUM) {
                below.add(e.getKey() + " precision " + precision + " recall " + recall);
            }
        }
        assertThat(planted).as("the demo plants OCR-detectable defects").isGreaterThanOrEqualTo(5);
        assertThat(below).isEmpty();
    }
}
