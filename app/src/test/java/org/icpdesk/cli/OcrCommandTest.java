package org.icpdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.icpdesk.Launcher;
import org.icpdesk.common.Json;
import org.icpdesk.ocr.domain.CertificateKind;
import org.icpdesk.testing.CliRunner;
import org.icpdesk.testing.DemoImages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code ocr} command of spec/cli.md on real demo certificates, with the real default engine. */
class OcrCommandTest {
    @TempDir
    static Path dir;
    static List<DemoImages.Image> images;

    @BeforeAll
    static void images() {
        images = DemoImages.extract(dir, 2, 11);
    }

    static DemoImages.Image first(String kind) {
        return images.stream().filter(i -> i.kind().equals(kind)).findFirst().orElseThrow();
    }

    @Test
    void printsOneLinePerImageInArgumentOrderWithTheSpecKeysAndReadsTheIdNumber() {
        DemoImages.Image front = first("ID_CARD_FRONT");
        Path broken = dir.resolve("broken.jpg");
        writeBytes(broken, "not an image".getBytes(StandardCharsets.UTF_8));
        String missing = dir.resolve("missing.jpg").toString();

        CliRunner.Result r = new CliRunner(dir.resolve("store")).run("ocr", "--kind", "ID_CARD_FRONT",
                front.file().toString(), broken.toString(), missing);

        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.BAD_INPUT);
        List<JsonNode> lines = r.jsonLines();
        assertThat(lines).extracting(l -> l.path("file").asText())
                .containsExactly(front.file().toString(), broken.toString(), missing);

        JsonNode ok = lines.get(0);
        assertThat(ok.path("kind").asText()).isEqualTo("ID_CARD_FRONT");
        assertThat(ok.path("millis").isIntegralNumber()).isTrue();
        assertThat(fieldNames(ok.path("fields"))).containsExactlyElementsOf(CertificateKind.ID_CARD_FRONT.fieldKeys());
        assertThat(ok.path("fields").path("id_number").path("value").asText()).isEqualTo(front.printed().get("id_number"));
        assertThat(ok.path("fields").path("id_number").path("box")).hasSize(4);

        for (JsonNode bad : lines.subList(1, 3)) {
            assertThat(bad.path("fields").isNull()).isTrue();
            assertThat(bad.path("quality").path("ok").asBoolean()).isFalse();
            assertThat(bad.path("error").asText()).isNotBlank();
        }
    }

    @Test
    void autoClassifiesEachImage() {
        List<String> args = new ArrayList<>(List.of("ocr", "--kind", "AUTO"));
        List<String> kinds = new ArrayList<>();
        for (String kind : List.of("ID_CARD_BACK", "BUSINESS_LICENSE", "DOMAIN_CERTIFICATE")) {
            images.stream().filter(i -> i.kind().equals(kind)).findFirst().ifPresent(i -> {
                args.add(i.file().toString());
                kinds.add(kind);
            });
        }
        CliRunner.Result r = new CliRunner(dir.resolve("store")).run(args.toArray(String[]::new));
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.jsonLines()).extracting(l -> l.path("kind").asText()).containsExactlyElementsOf(kinds);
    }

    @Test
    void anUnknownKindIsBadUsage() {
        CliRunner.Result r = new CliRunner(dir.resolve("store")).run("ocr", "--kind", "PASSPORT", first("ID_CARD_BACK").file().toString());
        assertThat(r.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("PASSPORT");
        assertThat(r.out()).isEmpty();
    }

    /** The real process: what the native OCR library prints must not reach standard output. */
    @Test
    void standardOutputOfTheProcessHoldsOnlyTheJsonLines() throws Exception {
        DemoImages.Image back = first("ID_CARD_BACK");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dicpdesk.log.dir=" + dir, "-cp", System.getProperty("java.class.path"), Launcher.class.getName(),
                "ocr", "--kind", "ID_CARD_BACK", back.file().toString())
                .redirectError(dir.resolve("child.err").toFile())
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("child.err"))).isZero();
        List<String> lines = out.lines().toList();
        assertThat(lines).hasSize(1);
        JsonNode line = Json.mapper().readTree(lines.get(0));
        assertThat(line.path("fields").path("valid_from").path("value").asText()).as(lines.get(0)).isEqualTo(back.printed().get("valid_from"));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static void writeBytes(Path p, byte[] b) {
        try {
            Files.write(p, b);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
