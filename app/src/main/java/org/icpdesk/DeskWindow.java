package org.icpdesk;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.icpdesk.common.DataDirs;
import org.icpdesk.i18n.UserFacingException;
import org.icpdesk.security.domain.Actor;
import org.icpdesk.ui.shell.MainApp;

/** Starts the review window: {@code [--store <dir>] [--lang zh|en] [--open <orderId>]}. */
final class DeskWindow {
    private DeskWindow() {
    }

    /** Returns when the window has closed. @throws UserFacingException the store cannot be opened (locked, damaged) */
    static void launch(String[] args, Locale chosen) {
        Path store = DataDirs.defaultStore();
        String open = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--open") && i + 1 < args.length) {
                open = args[i + 1];
            }
            if (args[i].equals("--store") && i + 1 < args.length) {
                store = Path.of(args[++i]);
            } else if (args[i].startsWith("--store=")) {
                store = Path.of(args[i].substring("--store=".length()));
            }
        }
        DeskServices services = new DeskServices(store, DataDirs.userDataDir().resolve("settings.properties"),
                Optional.ofNullable(chosen), Clock.systemDefaultZone(), Actor.localReviewer());
        services.openAtStart(open);
        MainApp.launch(services, args);
    }
}
