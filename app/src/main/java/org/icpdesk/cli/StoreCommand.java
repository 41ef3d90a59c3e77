package org.icpdesk.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.icpdesk.AppContext;
import org.icpdesk.bundle.service.BundleRejected;
import org.icpdesk.i18n.UserFacingException;
import org.icpdesk.i18n.UserMessage;
import org.icpdesk.store.StoreException;
import org.icpdesk.store.StoreFactory;
import picocli.CommandLine.Mixin;

/**
 * Base of the commands: maps expected failures to the exit codes of cli.md with a message in the user's
 * language (no stack trace unless {@code --verbose}), and opens the store for commands that use it.
 */
abstract class StoreCommand implements Callable<Integer> {
    static final String PASSWORD_ENV = "ICPDESK_STORE_PASSWORD";

    @Mixin
    CommonOptions common;

    final CliEnvironment cli;

    StoreCommand(CliEnvironment cli) {
        this.cli = cli;
    }

    /** The command's work; returns an exit code. */
    abstract int execute() throws Exception;

    @Override
    public final Integer call() {
        try {
            return execute();
        } catch (BundleRejected e) {
            return fail(e, ExitCode.BAD_INPUT);
        } catch (StoreException e) {
            return fail(e, ExitCode.STORE);
        } catch (UserFacingException e) {
            return fail(e, ExitCode.BAD_INPUT);
        } catch (Exception e) {
            cli.err().println(cli.messages().describe(e));
            if (common.verbose) {
                e.printStackTrace(cli.err());
            }
            return ExitCode.FAILURE;
        }
    }

    private int fail(UserFacingException e, int code) {
        cli.err().println(cli.messages().format(e.userMessage()));
        if (common.verbose) {
            e.printStackTrace(cli.err());
        }
        return code;
    }

    Path storeDir() {
        return common.store != null ? common.store : cli.defaultStore();
    }

    /** Opens the store; the password comes from --password-file, $ICPDESK_STORE_PASSWORD or the console. */
    AppContext openStore() {
        Path dir = storeDir();
        char[] password = password(dir);
        return AppContext.open(dir, password, cli.clock());
    }

    private char[] password(Path dir) {
        if (common.passwordFile != null) {
            try {
                String text = Files.readString(common.passwordFile, StandardCharsets.UTF_8).lines().findFirst().orElse("");
                return text.toCharArray();
            } catch (IOException e) {
                throw new UserFacingException(UserMessage.of("cli.error.password-file", common.passwordFile, e.getMessage()), e);
            }
        }
        String fromEnv = cli.env().get(PASSWORD_ENV);
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return fromEnv.toCharArray();
        }
        if (StoreFactory.exists(dir) && StoreFactory.isEncrypted(dir) && System.console() != null) {
            return System.console().readPassword("%s", cli.messages().get("cli.prompt.password", dir));
        }
        return null;
    }
}
