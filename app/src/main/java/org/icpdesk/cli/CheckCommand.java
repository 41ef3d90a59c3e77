package org.icpdesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.icpdesk.ocr.domain.CertificateReading;
import java.util.Optional;
import org.icpdesk.AppContext;
import org.icpdesk.common.Json;
import org.icpdesk.order.domain.Order;
import org.icpdesk.rules.domain.Finding;
import org.icpdesk.review.service.OcrReadingsAdapter;
import org.icpdesk.rules.domain.Severity;
import org.icpdesk.rules.service.RulesService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code check [<orderId>... | --all] --json [--today YYYY-MM-DD]}: runs the rules and the comparison with the cached OCR
 * readings (the import reads the certificates; an image not read yet is compared with nothing) on stored orders; with {@code --json}
 * one JSON object per order per line (spec/cli.md), else a short report in the user's language. Unknown order ids
 * are reported on stderr and make the exit code 2; the others are still checked.
 */
@Command(name = "check", sortOptions = false)
final class CheckCommand extends StoreCommand {
    @Parameters(arity = "0..*", paramLabel = "<orderId>", descriptionKey = "cli.check.orders")
    List<String> orderIds;

    @Option(names = "--all", descriptionKey = "cli.check.all")
    boolean all;

    @Option(names = "--json", descriptionKey = "cli.check.json")
    boolean json;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", descriptionKey = "cli.check.today")
    LocalDate today;

    private static final int PAGE = 200;
    private final ObjectMapper mapper = Json.mapper();

    CheckCommand(CliEnvironment cli) {
        super(cli);
    }

    @Override
    int execute() throws Exception {
        boolean someIds = orderIds != null && !orderIds.isEmpty();
        if (all == someIds) {
            cli.err().println(cli.messages().get("cli.check.error.which"));
            return ExitCode.BAD_INPUT;
        }
        LocalDate day = today != null ? today : LocalDate.now(cli.clock());
        int exit = ExitCode.OK;
        try (AppContext app = openStore()) {
            RulesService rules = app.rules();
            List<String> ids = all ? app.orders().allIds() : orderIds;
            // The OCR cache in pages of orders: one query per page instead of one per material.
            Map<String, Map<String, CertificateReading>> readings = Map.of();
            for (int i = 0; i < ids.size(); i++) {
                if (i % PAGE == 0) {
                    readings = app.ocr().readings(ids.subList(i, Math.min(ids.size(), i + PAGE)));
                }
                String id = ids.get(i);
                Optional<Order> order = app.orders().find(id);
                if (order.isEmpty()) {
                    cli.err().println(cli.messages().get("cli.check.error.unknown-order", id));
                    exit = ExitCode.BAD_INPUT;
                    continue;
                }
                List<Finding> findings = rules.check(order.get(), day, OcrReadingsAdapter.of(readings.getOrDefault(id, Map.of())));
                if (json) {
                    cli.out().println(mapper.writeValueAsString(line(order.get(), findings)));
                } else {
                    report(order.get(), findings);
                }
            }
            cli.out().flush();
        }
        return exit;
    }

    /** The line of spec/cli.md: orderId, version, findings with code, severity, fields, entered, extracted, material, message. */
    private ObjectNode line(Order order, List<Finding> findings) {
        ObjectNode line = mapper.createObjectNode();
        line.put("orderId", order.id());
        line.put("version", order.version());
        ArrayNode list = line.putArray("findings");
        for (Finding f : findings) {
            ObjectNode o = list.addObject();
            o.put("code", f.code());
            o.put("severity", f.severity().json());
            ArrayNode fields = o.putArray("fields");
            f.fields().forEach(fields::add);
            o.put("entered", f.entered());
            o.put("extracted", f.extracted());
            o.put("material", f.material());
            o.putObject("message").put("zh", f.message().zh()).put("en", f.message().en());
        }
        return line;
    }

    private void report(Order order, List<Finding> findings) {
        long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
        cli.out().println(cli.messages().get("cli.check.summary", order.id(), order.version(), errors, warnings));
        boolean chinese = "zh".equals(cli.messages().locale().getLanguage());
        for (Finding f : findings) {
            cli.out().println(cli.messages().get("cli.check.finding", f.severity().json(), f.code(), String.join(", ", f.fields()),
                    chinese ? f.message().zh() : f.message().en()));
        }
    }
}
