package org.icpdesk.cli;

import java.nio.file.Path;
import org.icpdesk.common.Json;
import org.icpdesk.demo.DemoGenerator;
import org.icpdesk.demo.DemoSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code demo --out <bundle.zip> [--orders N] [--seed S]}: writes a synthetic orders bundle. Uses no store. */
@Command(name = "demo")
final class DemoCommand extends StoreCommand {
    @Option(names = "--out", required = true, paramLabel = "<bundle.zip>", descriptionKey = "cli.demo.out")
    Path out;

    @Option(names = "--orders", defaultValue = "50", paramLabel = "N", descriptionKey = "cli.demo.orders")
    int orders;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", descriptionKey = "cli.demo.seed")
    long seed;

    DemoCommand(CliEnvironment cli) {
        super(cli);
    }

    @Override
    int execute() throws Exception {
        DemoSummary s = new DemoGenerator(seed).write(out, orders);
        cli.out().println(Json.mapper().createObjectNode()
                .put("bundle", out.toString()).put("bundleId", s.bundleId()).put("orders", s.orders())
                .put("clean", s.cleanOrders()).put("defects", s.defects()).put("materials", s.materials())
                .put("bytes", s.bytes()).put("millis", s.millis()));
        return ExitCode.OK;
    }
}
