package org.icpdesk;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import org.icpdesk.cli.Cli;
import org.icpdesk.cli.CliEnvironment;
import org.icpdesk.common.DataDirs;
import org.icpdesk.i18n.Messages;
import org.icpdesk.i18n.UserFacingException;
import org.icpdesk.store.StoreException;

/**
 * Entry point of {@code icpdesk.jar}. A command name as the first argument runs the headless CLI and never
 * opens a window; otherwise the review window opens. Does not extend Application, so the fat jar starts
 * without a module path (STYLE P16).
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (System.getProperty("icpdesk.log.dir") == null) {
            System.setProperty("icpdesk.log.dir", DataDirs.logs().toString());
        }
        Locale chosen = Cli.languageArgument(args);
        Messages messages = new Messages(chosen != null ? chosen : Locale.getDefault());
        if (Cli.isCommand(args) || isHelp(args)) {
            PrintStream out = new PrintStream(new java.io.BufferedOutputStream(Cli.standardOutput(), 1 << 16), true, StandardCharsets.UTF_8);
            PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
            int code = Cli.run(args, new CliEnvironment(out, err, System.getenv(), Clock.systemDefaultZone(), DataDirs.defaultStore(), messages));
            out.flush();
            err.flush();
            System.exit(code);
        }
        try {
            DeskWindow.launch(args, chosen);
        } catch (UserFacingException e) {
            // No window yet (store locked, damaged): say why on the console, with the CLI's exit code.
            System.err.println(messages.format(e.userMessage()));
            System.exit(e instanceof StoreException ? 4 : 2);
        }
    }

    private static boolean isHelp(String[] args) {
        return args.length > 0 && (args[0].equals("--help") || args[0].equals("-h"));
    }
}
