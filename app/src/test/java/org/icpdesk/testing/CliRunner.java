package org.icpdesk.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.icpdesk.cli.Cli;
import org.icpdesk.cli.CliEnvironment;
import org.icpdesk.common.Json;
import org.icpdesk.i18n.Messages;

/** Runs CLI commands in-process with captured streams, as the tests of the commands need it. */
public final class CliRunner {
    private final Path defaultStore;
    private final Map<String, String> env;
    private final Clock clock;

    /** Sunday 2026-11-22, 10:00 in Beijing: the fixed "now" of the command tests whose findings depend on dates. */
    public static final Clock REVIEW_DAY = Clock.fixed(Instant.parse("2026-11-22T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    public CliRunner(Path defaultStore) {
        this(defaultStore, Map.of(), Clock.systemUTC());
    }

    public CliRunner(Path defaultStore, Map<String, String> env, Clock clock) {
        this.defaultStore = defaultStore;
        this.env = env;
        this.clock = clock;
    }

    /** Exit code and what the command printed. */
    public record Result(int exit, String out, String err) {
        /** stdout as JSON objects, one per line. */
        public List<JsonNode> lines() {
            return jsonLines();
        }

        /** The last line of stdout as JSON (commands that print one summary). */
        public JsonNode json() {
            List<JsonNode> lines = jsonLines();
            if (lines.isEmpty()) {
                throw new AssertionError("no JSON on stdout; stderr: " + err);
            }
            return lines.get(lines.size() - 1);
        }

        public List<JsonNode> jsonLines() {
            return out.lines().filter(l -> !l.isBlank()).map(l -> {
                try {
                    return Json.mapper().readTree(l);
                } catch (Exception e) {
                    throw new AssertionError("not a JSON line: " + l, e);
                }
            }).toList();
        }
    }

    public Result run(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        Locale lang = Cli.languageArgument(args);
        int exit = Cli.run(args, new CliEnvironment(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), env, clock, defaultStore,
                new Messages(lang != null ? lang : Locale.ENGLISH)));
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /**
     * Imports the three-order {@link SmallBundles} (written to {@code dir/orders.zip}) into {@code store} without OCR, as
     * the command tests start; fails the test when the import fails.
     */
    public void importSmallOrders(Path dir, String store) {
        Path bundle = SmallBundles.write(dir.resolve("orders.zip"), SmallBundles.orders(3, 1, ""), "", 16);
        Result imported = run("import", "--no-ocr", "--store", store, bundle.toString());
        if (imported.exit() != 0) {
            throw new AssertionError("import failed (" + imported.exit() + "): " + imported.err());
        }
    }
}
