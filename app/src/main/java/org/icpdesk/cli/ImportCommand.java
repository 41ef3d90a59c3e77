package org.icpdesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.icpdesk.AppContext;
import org.icpdesk.bundle.domain.ImportSummary;
import org.icpdesk.bundle.service.BundleRejected;
import org.icpdesk.common.Json;
import org.icpdesk.common.Progress;
import org.icpdesk.ocr.service.OcrService;
import org.icpdesk.security.domain.Actor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code import <bundle.zip>...}: one JSON summary line per bundle; exit code the highest of the bundles'. */
@Command(name = "import", sortOptions = false)
final class ImportCommand extends StoreCommand {
    @Parameters(arity = "1..*", paramLabel = "<bundle.zip>", descriptionKey = "cli.import.bundles")
    List<Path> bundles;

    @Option(names = "--progress", negatable = true, descriptionKey = "cli.import.progress")
    Boolean progress;

    @Option(names = "--ocr", negatable = true, defaultValue = "true", fallbackValue = "true", descriptionKey = "cli.import.ocr")
    boolean ocr;

    private final ObjectMapper json = Json.mapper();

    ImportCommand(CliEnvironment cli) {
        super(cli);
    }

    @Override
    int execute() throws Exception {
        int exit = ExitCode.OK;
        try (AppContext app = openStore()) {
            for (Path bundle : bundles) {
                try {
                    ImportSummary summary = app.imports().importBundle(bundle, Actor.localReviewer(), progress());
                    cli.out().println(json.writeValueAsString(summaryLine(summary)));
                    cli.out().flush();
                    if (!summary.conflicts().isEmpty()) {
                        exit = Math.max(exit, ExitCode.CONFLICT);
                    }
                } catch (BundleRejected e) {
                    cli.err().println(cli.messages().format(e.userMessage()));
                    if (common.verbose) {
                        e.printStackTrace(cli.err());
                    }
                    exit = Math.max(exit, ExitCode.BAD_INPUT);
                }
            }
            if (ocr) {
                // After the summaries: the import is committed and acknowledged before the (long) reading starts.
                try {
                    long read = app.ocr().readPending(Runtime.getRuntime().availableProcessors(), progress(), () -> false);
                    if (read > 0 && progress() != Progress.NONE) {
                        cli.err().println(cli.messages().get("cli.import.ocr-done", read));
                    }
                } catch (OcrService.OcrUnavailable e) {
                    // The orders are imported; only the reading is missing, and the window or a later import does it.
                    cli.err().println(cli.messages().get("cli.import.ocr-unavailable", e.getMessage()));
                    exit = Math.max(exit, ExitCode.FAILURE);
                }
            }
        }
        return exit;
    }

    private Progress progress() {
        boolean show = progress != null ? progress : System.console() != null;
        if (!show) {
            return Progress.NONE;
        }
        return (phase, done, total) -> {
            cli.err().println(total > 0 ? cli.messages().format(phase) + " " + done + "/" + total : cli.messages().format(phase));
            cli.err().flush();
        };
    }

    private ObjectNode summaryLine(ImportSummary s) {
        ObjectNode line = json.createObjectNode();
        line.put("bundle", s.bundle());
        line.put("bundleId", s.bundleId());
        ObjectNode counts = line.putObject("orders");
        counts.put("added", s.added());
        counts.put("updated", s.updated());
        counts.put("unchanged", s.unchanged());
        counts.put("conflicts", s.conflicts().size());
        if (!s.conflicts().isEmpty()) {
            ArrayNode list = line.putArray("conflicts");
            for (ImportSummary.Conflict c : s.conflicts()) {
                list.addObject().put("orderId", c.orderId()).put("storedVersion", c.storedVersion())
                        .put("incomingVersion", c.incomingVersion()).put("decision", c.decisionOutcome());
            }
        }
        return line;
    }
}
