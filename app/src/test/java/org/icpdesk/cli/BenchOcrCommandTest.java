package org.icpdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import org.icpdesk.common.Json;
import org.icpdesk.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench ocr} on a tiny set (12 images) with Tesseract, so that the command and its baseline cannot rot. */
class BenchOcrCommandTest {
    @TempDir
    Path dir;

    @Test
    void timesTheEngineAndTheTesseractProgramOnTheSameImages() throws Exception {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int exit = Cli.run(new String[] {"bench", "ocr", "--per-kind", "1", "--engines", "TESSERACT", "--threads", "2", "--raw"},
                new CliEnvironment(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                        Map.of("OMP_THREAD_LIMIT", "1"), Clock.systemUTC(), dir.resolve("store"), new Messages(Locale.ENGLISH)));
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        JsonNode line = Json.mapper().readTree(out.toString(StandardCharsets.UTF_8).lines().findFirst().orElseThrow());
        assertThat(line.get("bench").asText()).isEqualTo("ocr");
        assertThat(line.get("images").asInt()).isEqualTo(12);
        assertThat(line.get("ompThreadLimit").asText()).isEqualTo("1");
        for (String path : new String[] {"/readers/TESSERACT", "/engines/TESSERACT", "/baseline/tesseractCli"}) {
            JsonNode e = line.at(path);
            String name = path;
            assertThat(e.get("medianMillis").asLong()).as(name).isPositive();
            assertThat(e.get("p95Millis").asLong()).as(name).isGreaterThanOrEqualTo(e.get("medianMillis").asLong());
            assertThat(e.get("imagesPerSecond").asDouble()).as(name).isPositive();
            assertThat(e.get("cpuMedianMillis").asLong()).as(name).isPositive();
            assertThat(e.get("threads").asInt()).isEqualTo(2);
            // An unreadable image is a reading's verdict, not the bench's failure; the raw runs must not throw.
            assertThat(e.get("failures").asInt()).as(name).isLessThanOrEqualTo(path.startsWith("/readers") ? 12 : 0);
        }
    }

    @Test
    void rejectsAnEmptySet() {
        var err = new ByteArrayOutputStream();
        int exit = Cli.run(new String[] {"bench", "ocr", "--per-kind", "0"},
                new CliEnvironment(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), Clock.systemUTC(), dir.resolve("store"),
                        new Messages(Locale.ENGLISH)));
        assertThat(exit).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--per-kind");
    }
}
