package org.icpdesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.icpdesk.AppContext;
import org.icpdesk.common.Json;
import org.icpdesk.order.domain.Order;
import org.icpdesk.review.domain.Decision;
import org.icpdesk.review.service.EditRequest;
import org.icpdesk.review.service.ReasonInput;
import org.icpdesk.review.service.ReviewException;
import org.icpdesk.security.domain.Actor;
import org.icpdesk.security.domain.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code decide <orderId> --approve | --reject <CODE>[:note]... [--edit field=value]... --reviewer <id>}: records a decision
 * through the window's {@code ReviewService} and prints it as one JSON line. Bad input (unknown order or code, an edit
 * without consent or basis) exits 2; a newer version waiting (conflict) or a changed order exits 3.
 */
@Command(name = "decide", sortOptions = false)
final class DecideCommand extends StoreCommand {
    @Parameters(index = "0", paramLabel = "<orderId>", descriptionKey = "cli.decide.order")
    String orderId;

    @Option(names = "--approve", descriptionKey = "cli.decide.approve")
    boolean approve;

    @Option(names = "--reject", paramLabel = "<CODE>[:note]", descriptionKey = "cli.decide.reject")
    List<String> reject;

    @Option(names = "--edit", paramLabel = "field=value", descriptionKey = "cli.decide.edit")
    List<String> edits;

    @Option(names = "--reviewer", required = true, paramLabel = "<id>", descriptionKey = "cli.decide.reviewer")
    String reviewer;

    private final ObjectMapper json = Json.mapper();

    DecideCommand(CliEnvironment cli) {
        super(cli);
    }

    @Override
    int execute() throws Exception {
        boolean rejecting = reject != null && !reject.isEmpty();
        if (approve == rejecting) {
            cli.err().println(cli.messages().get("cli.decide.error.which"));
            return ExitCode.BAD_INPUT;
        }
        boolean editing = edits != null && !edits.isEmpty();
        if (rejecting && editing) {
            cli.err().println(cli.messages().get("cli.decide.error.edit-reject"));
            return ExitCode.BAD_INPUT;
        }
        List<EditRequest> editRequests = new ArrayList<>();
        if (editing) {
            for (String e : edits) {
                int eq = e.indexOf('=');
                if (eq <= 0) {
                    cli.err().println(cli.messages().get("cli.decide.error.edit-format", e));
                    return ExitCode.BAD_INPUT;
                }
                editRequests.add(new EditRequest(e.substring(0, eq).strip(), e.substring(eq + 1), null));
            }
        }
        Actor actor = new Actor(reviewer, Role.REVIEWER);
        try (AppContext app = openStore()) {
            int version = app.orders().find(orderId).map(Order::version).orElse(0);
            try {
                Decision d;
                if (rejecting) {
                    List<ReasonInput> reasons = new ArrayList<>();
                    for (String r : reject) {
                        int colon = r.indexOf(':');
                        reasons.add(colon < 0 ? ReasonInput.of(r.strip())
                                : new ReasonInput(r.substring(0, colon).strip(), List.of(), r.substring(colon + 1)));
                    }
                    d = app.reviews().reject(actor, orderId, version, reasons, null);
                } else if (editing) {
                    d = app.reviews().approveWithEdits(actor, orderId, version, editRequests);
                } else {
                    d = app.reviews().approve(actor, orderId, version);
                }
                cli.out().println(json.writeValueAsString(line(d)));
                cli.out().flush();
                return ExitCode.OK;
            } catch (ReviewException e) {
                cli.err().println(cli.messages().format(e.userMessage()));
                if (!e.kind().isConflict()) {
                    return ExitCode.BAD_INPUT;
                }
                ObjectNode conflict = json.createObjectNode();
                conflict.put("orderId", orderId);
                conflict.put("conflict", e.kind().name().toLowerCase(java.util.Locale.ROOT));
                cli.out().println(json.writeValueAsString(conflict));
                cli.out().flush();
                return ExitCode.CONFLICT;
            }
        }
    }

    private ObjectNode line(Decision d) {
        ObjectNode o = json.createObjectNode();
        o.put("orderId", d.orderId());
        o.put("orderVersion", d.orderVersion());
        o.put("outcome", d.outcome().json());
        o.put("decisionId", d.id());
        var reasons = o.putArray("reasons");
        d.reasons().forEach(r -> reasons.add(r.code()));
        var edited = o.putArray("edits");
        d.edits().forEach(e -> edited.add(e.field()));
        o.put("reviewer", d.actor());
        return o;
    }
}
