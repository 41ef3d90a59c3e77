package org.icpdesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.icpdesk.common.Json;
import org.icpdesk.ocr.domain.CertificateKind;
import org.icpdesk.ocr.domain.CertificateReading;
import org.icpdesk.ocr.service.CertificateReader;
import org.icpdesk.ocr.service.Engines;
import org.icpdesk.ocr.service.OcrService;
import org.icpdesk.ocr.service.ReadingJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ocr --kind <KIND> <image>...}: one JSON line per image in argument order (spec/cli.md). Uses no store. An
 * unreadable image gets its line with {@code fields: null} and {@code error}, and makes the exit code 2.
 */
@Command(name = "ocr", sortOptions = false)
final class OcrCommand extends StoreCommand {
    @Option(names = "--kind", required = true, paramLabel = "<KIND>", descriptionKey = "cli.ocr.kind")
    String kind;

    @Parameters(arity = "1..*", paramLabel = "<image>", descriptionKey = "cli.ocr.images")
    List<Path> images;

    @Option(names = "--engine", paramLabel = "rapidocr|tesseract|combined", descriptionKey = "cli.ocr.engine")
    String engine;

    @Option(names = "--threads", paramLabel = "N", descriptionKey = "cli.ocr.threads")
    Integer threads;

    private final ObjectMapper mapper = Json.mapper();

    OcrCommand(CliEnvironment cli) {
        super(cli);
    }

    @Override
    int execute() throws Exception {
        CertificateKind certificate;
        Engines engines;
        try {
            certificate = "AUTO".equalsIgnoreCase(kind) ? null : CertificateKind.valueOf(kind.trim().toUpperCase(Locale.ROOT));
            engines = engine == null ? Engines.DEFAULT : Engines.parse(engine);
        } catch (IllegalArgumentException e) {
            cli.err().println(cli.messages().get("cli.ocr.error.kind", kind + (engine == null ? "" : " / " + engine)));
            return ExitCode.BAD_INPUT;
        }
        int workers = threads != null ? Math.max(1, threads) : Math.min(images.size(), Runtime.getRuntime().availableProcessors());
        int exit = ExitCode.OK;
        CertificateReader started;
        try {
            started = OcrService.defaultReader(engines, workers).get();
        } catch (OcrService.OcrUnavailable e) {
            cli.err().println(cli.messages().get("cli.ocr.error.engine", e.getMessage()));
            return ExitCode.FAILURE;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, workers));
        try (CertificateReader reader = started) {
            List<Future<ObjectNode>> lines = new ArrayList<>();
            for (Path image : images) {
                lines.add(pool.submit(() -> line(reader, image, certificate)));
            }
            for (Future<ObjectNode> f : lines) {
                ObjectNode line = f.get();
                if (line.has("error")) {
                    exit = ExitCode.BAD_INPUT;
                }
                cli.out().println(mapper.writeValueAsString(line));
            }
            cli.out().flush();
        } finally {
            pool.shutdownNow();
        }
        return exit;
    }

    /** The pipeline's errors are message keys; the file errors above are already sentences. */
    private String errorText(String error) {
        return cli.messages().bundle().containsKey(error) ? cli.messages().get(error) : error;
    }

    private ObjectNode line(CertificateReader reader, Path image, CertificateKind certificate) {
        long t0 = System.nanoTime();
        ObjectNode line = mapper.createObjectNode();
        line.put("file", image.toString());
        CertificateReading reading;
        try {
            reading = reader.read(Files.readAllBytes(image), certificate);
        } catch (NoSuchFileException e) {
            reading = CertificateReading.failed(certificate, reader.id(), cli.messages().get("cli.ocr.error.missing"));
        } catch (IOException e) {
            reading = CertificateReading.failed(certificate, reader.id(), cli.messages().get("cli.ocr.error.unreadable", e.getMessage()));
        }
        long millis = (System.nanoTime() - t0) / 1_000_000;
        line.put("kind", reading.kind() == null ? null : reading.kind().name());
        line.put("millis", millis);
        line.set("quality", ReadingJson.quality(reading));
        if (reading.error() != null) {
            line.putNull("fields");
            line.put("error", errorText(reading.error()));
        } else {
            line.set("fields", ReadingJson.fields(reading));
        }
        return line;
    }
}
