package org.icpdesk.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.icpdesk.i18n.Messages;

/** What a command needs from the world: streams, environment, clock, default store, the user's language. */
public record CliEnvironment(PrintStream out, PrintStream err, Map<String, String> env, Clock clock, Path defaultStore,
                             Messages messages) {
}
