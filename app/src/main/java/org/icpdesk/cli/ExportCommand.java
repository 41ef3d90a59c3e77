package org.icpdesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.icpdesk.AppContext;
import org.icpdesk.common.Json;
import org.icpdesk.review.service.DecisionExporter;
import org.icpdesk.security.domain.Actor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code export --out <decisions.zip> [--since <instant>]}: writes a decisions bundle with every decision not yet exported
 * and marks them exported; {@code --since} re-exports. Prints one JSON line: bundle, bundleId, decisions, orders.
 */
@Command(name = "export", sortOptions = false)
final class ExportCommand extends StoreCommand {
    @Option(names = "--out", required = true, paramLabel = "<decisions.zip>", descriptionKey = "cli.export.out")
    Path out;

    @Option(names = "--since", paramLabel = "<instant>", descriptionKey = "cli.export.since")
    String since;

    private final ObjectMapper json = Json.mapper();

    ExportCommand(CliEnvironment cli) {
        super(cli);
    }

    @Override
    int execute() throws Exception {
        Instant from = null;
        if (since != null) {
            from = parse(since);
            if (from == null) {
                cli.err().println(cli.messages().get("cli.export.error.since", since));
                return ExitCode.BAD_INPUT;
            }
        }
        try (AppContext app = openStore()) {
            DecisionExporter.ExportResult r = app.decisionExporter().export(Actor.localReviewer(), out, from);
            ObjectNode line = json.createObjectNode();
            line.put("bundle", out.toString());
            line.put("bundleId", r.bundleId());
            line.put("decisions", r.decisions());
            var orders = line.putArray("orders");
            r.orderIds().forEach(orders::add);
            cli.out().println(json.writeValueAsString(line));
            cli.out().flush();
        }
        return ExitCode.OK;
    }

    private static Instant parse(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }
}
