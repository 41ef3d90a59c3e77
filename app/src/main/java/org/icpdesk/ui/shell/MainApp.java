package org.icpdesk.ui.shell;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.stage.Stage;
import org.icpdesk.i18n.Messages;
import org.icpdesk.ui.dialog.DialogService;
import org.icpdesk.ui.dialog.FxDialogService;

/**
 * The review window as a JavaFX application. Not the jar's main class: the launcher builds the
 * {@link ShellServices} and calls {@link #launch(ShellServices, String...)}. Tests construct it with
 * {@link #MainApp(ShellServices)} and call {@link #start(Stage)} on a stage of their own.
 */
public final class MainApp extends Application {
    /** Handed from {@link #launch} to the instance JavaFX creates; taken (and cleared) by that constructor. */
    private static final AtomicReference<ShellServices> HANDOVER = new AtomicReference<>();

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(MainApp.class);

    private final ShellServices services;
    private final BiFunction<Stage, Supplier<Messages>, DialogService> dialogs;
    private MainWindow window;

    /** Used by {@link Application#launch}: takes the services given to {@link #launch(ShellServices, String...)}. */
    public MainApp() {
        this(take(), FxDialogService::new);
    }

    public MainApp(ShellServices services) {
        this(services, FxDialogService::new);
    }

    /** For tests that script the dialogs. */
    MainApp(ShellServices services, BiFunction<Stage, Supplier<Messages>, DialogService> dialogs) {
        this.services = services;
        this.dialogs = dialogs;
    }

    /**
     * Opens the window and returns when it has been closed and {@link ShellServices#close()} has run.
     * Call once, from the launcher's main thread.
     */
    public static void launch(ShellServices services, String... args) {
        if (!HANDOVER.compareAndSet(null, services)) {
            throw new IllegalStateException("MainApp.launch was already called");
        }
        try {
            Application.launch(MainApp.class, args);
        } finally {
            HANDOVER.set(null);
        }
    }

    private static ShellServices take() {
        ShellServices services = HANDOVER.getAndSet(null);
        if (services == null) {
            throw new IllegalStateException("Start the window with MainApp.launch(services), not Application.launch");
        }
        return services;
    }

    @Override
    public void start(Stage stage) {
        LOG.info("JavaFX started {} ms after the JVM started ({} ms CPU)", java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime(),
                org.icpdesk.common.ProcessCpu.millis());
        if (services.storeUnlock().isPresent() && !unlock(services.storeUnlock().get())) {
            javafx.application.Platform.exit();
            return;
        }
        try {
            window = new MainWindow(stage, services, dialogs);
        } catch (org.icpdesk.i18n.UserFacingException e) {
            // The store could not be opened (in use by another window, damaged): say so, then end.
            Messages messages = startMessages();
            javafx.scene.control.Alert alert = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.ERROR,
                    messages.format(e.userMessage()), javafx.scene.control.ButtonType.OK);
            alert.setTitle(messages.get("app.title"));
            alert.setHeaderText(messages.get("ui.dialog.error.header"));
            alert.showAndWait();
            javafx.application.Platform.exit();
            return;
        }
        LOG.info("Window built {} ms after the JVM started ({} ms CPU)", java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime(),
                org.icpdesk.common.ProcessCpu.millis());
        window.show();
        long shown = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
        long shownCpu = org.icpdesk.common.ProcessCpu.millis();
        LOG.info("Window shown {} ms after the JVM started ({} ms CPU)", shown, shownCpu);
        measureStartup().ifPresent(file -> reportStartup(file, shown, shownCpu));
    }

    /** {@code --measure-startup FILE} (the {@code bench startup} command): where to write the startup figures, then close. */
    private java.util.Optional<java.nio.file.Path> measureStartup() {
        java.util.List<String> args = getParameters() == null ? java.util.List.of() : getParameters().getRaw();
        int at = args.indexOf("--measure-startup");
        return at >= 0 && at + 1 < args.size() ? java.util.Optional.of(java.nio.file.Path.of(args.get(at + 1))) : java.util.Optional.empty();
    }

    /** Writes when the stage was shown and when the queue had counted its rows (ms after the JVM started), then exits. */
    private void reportStartup(java.nio.file.Path file, long shownMillis, long shownCpuMillis) {
        // The main view's summary carries numbers once its first rows are counted ("Counting orders..." has none).
        javafx.beans.value.ObservableStringValue summary = window.mainSummary();
        java.util.function.Predicate<String> counted = text -> text != null && text.chars().anyMatch(Character::isDigit);
        javafx.beans.value.ChangeListener<String> once = new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends String> obs, String was, String now) {
                if (counted.test(now)) {
                    summary.removeListener(this);
                    writeStartup(file, shownMillis, shownCpuMillis);
                }
            }
        };
        if (counted.test(summary.get())) {
            writeStartup(file, shownMillis, shownCpuMillis);
        } else {
            summary.addListener(once);
        }
    }

    private void writeStartup(java.nio.file.Path file, long shownMillis, long shownCpuMillis) {
        {
            long counted = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
            Runtime rt = Runtime.getRuntime();
            String text = "shownMillis=" + shownMillis + "\nshownCpuMillis=" + shownCpuMillis + "\nfirstRowsMillis=" + counted + "\nheapUsedMb="
                    + ((rt.totalMemory() - rt.freeMemory()) >> 20) + "\n";
            try {
                java.nio.file.Files.writeString(file, text);
            } catch (java.io.IOException e) {
                LOG.error("Cannot write the startup figures to {}", file, e);
            }
            javafx.application.Platform.exit();
        }
    }

    /** Asks for the store password until it opens the store or the user gives up. */
    private boolean unlock(StoreUnlock unlock) {
        Messages messages = startMessages();
        String problem = null;
        while (true) {
            java.util.Optional<char[]> password = PasswordDialog.ask(messages, services.storeLocation(), problem);
            if (password.isEmpty()) {
                return false;
            }
            // Opening the store takes a fraction of a second and happens once, before any window exists.
            java.util.Optional<org.icpdesk.i18n.UserMessage> failure = unlock.tryUnlock(password.get());
            if (failure.isEmpty()) {
                return true;
            }
            problem = messages.format(failure.get());
        }
    }

    /** The language the window will open in, for what is shown before it exists. */
    private Messages startMessages() {
        return new Messages(MainWindowViewModel.startLanguage(services.requestedLanguage(),
                ShellSettings.load(services.settingsFile()), java.util.Locale.getDefault()));
    }

    /** Closes the services (task pool, store) once the window is gone. */
    @Override
    public void stop() {
        services.close();
    }

    MainWindowViewModel viewModel() {
        return window.viewModel();
    }
}
