package org.icpdesk.common;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the desk keeps its data per user: {@code $ICPDESK_HOME} if set; else on Linux
 * {@code $XDG_DATA_HOME/icpdesk} (default {@code ~/.local/share/icpdesk}), on Windows {@code %LOCALAPPDATA%\ICPDesk},
 * on macOS {@code ~/Library/Application Support/ICPDesk}. The store is {@code <data>/store}, logs {@code <data>/logs}.
 */
public final class DataDirs {
    private DataDirs() {
    }

    public static Path userDataDir() {
        return userDataDir(System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    static Path userDataDir(Map<String, String> env, String osName, Path home) {
        String explicit = env.get("ICPDESK_HOME");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String local = env.get("LOCALAPPDATA");
            return (local != null && !local.isBlank() ? Path.of(local) : home.resolve("AppData").resolve("Local")).resolve("ICPDesk");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("ICPDesk");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local").resolve("share")).resolve("icpdesk");
    }

    public static Path defaultStore() {
        return userDataDir().resolve("store");
    }

    public static Path logs() {
        return userDataDir().resolve("logs");
    }
}
