package org.icpdesk.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code demo --out <bundle.zip> [--orders N] [--seed S]}: writes a synthetic orders bundle. */
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
        throw new UnsupportedOperationException("demo generator lands with the demo branch");
    }
}
