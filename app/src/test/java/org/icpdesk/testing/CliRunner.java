package org.icpdesk.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
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
}
