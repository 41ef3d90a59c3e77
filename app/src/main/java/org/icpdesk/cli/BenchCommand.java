package org.icpdesk.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;
import org.icpdesk.AppContext;
import org.icpdesk.bundle.domain.ImportSummary;
import org.icpdesk.bundle.service.BundleReader;
import org.icpdesk.common.Json;
import org.icpdesk.common.Progress;
import org.icpdesk.demo.DemoGenerator;
import org.icpdesk.demo.DemoSummary;
import org.icpdesk.order.service.QueueQuery;
import org.icpdesk.security.domain.Actor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bench import [--orders N] [--runs R]}: the import path's figures for the README, measured on the real
 * code in a temporary directory: demo generation, validation, first import into a new store, re-import, first
 * queue page. Prints one JSON line.
 */
@Command(name = "bench")
final class BenchCommand extends StoreCommand {
    @Parameters(index = "0", paramLabel = "import", descriptionKey = "cli.bench.what")
    String what;

    @Option(names = "--orders", defaultValue = "200", paramLabel = "N", descriptionKey = "cli.demo.orders")
    int orders;

    @Option(names = "--runs", defaultValue = "3", paramLabel = "R", descriptionKey = "cli.bench.runs")
    int runs;

    BenchCommand(CliEnvironment cli) {
        super(cli);
    }

    @Override
    int execute() throws Exception {
        if (!"import".equals(what)) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "import");
        }
        Path dir = Files.createTempDirectory("icpdesk-bench");
        try {
            ObjectNode line = Json.mapper().createObjectNode().put("bench", "import").put("orders", orders)
                    .put("cores", Runtime.getRuntime().availableProcessors());
            Path bundle = dir.resolve("bench.zip");
            long t = System.nanoTime();
            DemoSummary demo = new DemoGenerator(7).write(bundle, orders);
            line.put("demoMillis", millisSince(t)).put("bundleBytes", demo.bytes()).put("materials", demo.materials());

            BundleReader reader = new BundleReader();
            long[] validate = new long[runs];
            for (int i = 0; i < runs; i++) {
                t = System.nanoTime();
                reader.read(bundle);
                validate[i] = millisSince(t);
            }
            line.put("validateMedianMillis", median(validate));

            try (AppContext app = AppContext.open(dir.resolve("store"), null, cli.clock())) {
                t = System.nanoTime();
                ImportSummary first = app.imports().importBundle(bundle, Actor.system(), Progress.NONE);
                line.put("importMillis", millisSince(t)).put("added", first.added());
                t = System.nanoTime();
                ImportSummary again = app.imports().importBundle(bundle, Actor.system(), Progress.NONE);
                line.put("reimportMillis", millisSince(t)).put("unchanged", again.unchanged());
                t = System.nanoTime();
                app.orders().count(QueueQuery.all());
                app.orders().page(QueueQuery.all(), 0, 200);
                line.put("queuePageMillis", millisSince(t));
            }
            cli.out().println(line);
            return ExitCode.OK;
        } finally {
            deleteTree(dir);
        }
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
