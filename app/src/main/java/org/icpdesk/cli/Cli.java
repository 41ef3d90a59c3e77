package org.icpdesk.cli;

import java.io.PrintStream;

import java.util.Locale;
import org.icpdesk.i18n.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The headless command line of spec/cli.md. Thin: parses, calls services, maps outcomes to exit codes.
 * Usage texts come from the message bundles in the user's language.
 */
@Command(name = "icpdesk", subcommands = {OcrCommand.class, ImportCommand.class, CheckCommand.class, DemoCommand.class, AuditCommand.class,
        BenchCommand.class, DecideCommand.class, ExportCommand.class},
        mixinStandardHelpOptions = false)
public final class Cli {
    @picocli.CommandLine.Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "cli.option.help")
    boolean help;

    private Cli() {
    }

    /** Standard output for the commands, kept free of what native libraries print (see {@link NativeStdout}). */
    public static java.io.OutputStream standardOutput() {
        return NativeStdout.reserve();
    }

    /** True when {@code args} ask for a headless command rather than the window. */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && !args[0].startsWith("-");
    }

    /** Language given by {@code --lang} anywhere in {@code args}, or null. */
    public static Locale languageArgument(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang") && i + 1 < args.length) {
                return Messages.parseLanguage(args[i + 1]);
            }
            if (args[i].startsWith("--lang=")) {
                return Messages.parseLanguage(args[i].substring("--lang=".length()));
            }
        }
        return null;
    }

    public static int run(String[] args, CliEnvironment env) {
        CommandLine line = new CommandLine(new Cli(), new Factory(env));
        line.setResourceBundle(env.messages().bundle());
        line.setCaseInsensitiveEnumValuesAllowed(true);
        line.setOut(new java.io.PrintWriter(env.out(), true));
        line.setErr(new java.io.PrintWriter(env.err(), true));
        line.setParameterExceptionHandler((ex, arguments) -> {
            PrintStream err = env.err();
            err.println(env.messages().get("cli.error.usage", ex.getMessage()));
            err.println(env.messages().get("cli.error.see-help", ex.getCommandLine().getCommandName()));
            return ExitCode.BAD_INPUT;
        });
        line.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            env.err().println(env.messages().describe(ex));
            return ExitCode.FAILURE;
        });
        if (args.length == 0) {
            line.usage(env.out());
            return ExitCode.BAD_INPUT;
        }
        return line.execute(args);
    }

    /** Builds commands with the environment (no statics). */
    private static final class Factory implements CommandLine.IFactory {
        private final CliEnvironment env;
        private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

        Factory(CliEnvironment env) {
            this.env = env;
        }

        @Override
        public <K> K create(Class<K> cls) throws Exception {
            for (var ctor : cls.getDeclaredConstructors()) {
                if (ctor.getParameterCount() == 1 && ctor.getParameterTypes()[0] == CliEnvironment.class) {
                    ctor.setAccessible(true);
                    return cls.cast(ctor.newInstance(env));
                }
            }
            return fallback.create(cls);
        }
    }

}
