package org.icpdesk.ui.shell;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.icpdesk.i18n.Messages;
import org.icpdesk.i18n.UserFacingException;
import org.icpdesk.i18n.UserMessage;
import org.icpdesk.ui.dialog.DialogService;
import org.icpdesk.ui.task.TaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * State and actions of the main window: the language, the background-task line of the status bar, import,
 * first-run seeding and refresh. No nodes: the controller binds to it.
 */
public final class MainWindowViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(MainWindowViewModel.class);

    private final ShellServices services;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final ShellSettings settings;
    private final Runnable refreshMainView;
    private final ObjectProperty<Messages> messages;
    private final StringBinding title;
    private final ReadOnlyStringWrapper taskMessage = new ReadOnlyStringWrapper(this, "taskMessage", "");
    private final ReadOnlyDoubleWrapper taskProgress = new ReadOnlyDoubleWrapper(this, "taskProgress", -1);
    /** How far the task is, in its own units ("37 / 290" certificates, files), beside the bar; empty when unknown. */
    private final ReadOnlyStringWrapper taskCounts = new ReadOnlyStringWrapper(this, "taskCounts", "");
    private final ReadOnlyBooleanWrapper taskActive = new ReadOnlyBooleanWrapper(this, "taskActive");
    private final ReadOnlyBooleanWrapper importing = new ReadOnlyBooleanWrapper(this, "importing");
    private boolean reading;
    private boolean readAgain;
    private int activeTasks;

    /**
     * @param messages the window's language, shared with the dialog service; {@link #useLanguage} changes it
     * @param refreshMainView reloads the main view's data
     */
    public MainWindowViewModel(ShellServices services, DialogService dialogs, ShellSettings settings,
                               ObjectProperty<Messages> messages, Runnable refreshMainView) {
        this.services = services;
        this.tasks = services.tasks();
        this.dialogs = dialogs;
        this.settings = settings;
        this.messages = messages;
        this.refreshMainView = refreshMainView;
        this.title = Bindings.createStringBinding(() -> messages.get().get("app.title"), messages);
    }

    /** The language the window opens in: the one asked for on the command line, else the saved menu choice, else the system's. */
    public static Locale startLanguage(Optional<Locale> requested, ShellSettings settings, Locale system) {
        return Messages.supported(requested.or(settings::language).orElse(system));
    }

    public ReadOnlyObjectProperty<Messages> messagesProperty() {
        return messages;
    }

    public Messages getMessages() {
        return messages.get();
    }

    public Locale getLanguage() {
        return messages.get().locale();
    }

    public StringBinding titleProperty() {
        return title;
    }

    public ReadOnlyStringProperty taskMessageProperty() {
        return taskMessage.getReadOnlyProperty();
    }

    /** Fraction done of the running task, or -1 when unknown. */
    public ReadOnlyStringProperty taskCountsProperty() {
        return taskCounts.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty taskProgressProperty() {
        return taskProgress.getReadOnlyProperty();
    }

    /** True while an import or the seeding runs: the status bar shows its progress bar. */
    public ReadOnlyBooleanProperty taskActiveProperty() {
        return taskActive.getReadOnlyProperty();
    }

    /** True while an import runs (File &gt; Import is disabled meanwhile). */
    public ReadOnlyBooleanProperty importingProperty() {
        return importing.getReadOnlyProperty();
    }

    public boolean isImporting() {
        return importing.get();
    }

    public String getStoreLocation() {
        return services.storeLocation();
    }

    /** Switches every text of the window to {@code language} and remembers the choice. */
    public void useLanguage(Locale language) {
        Locale supported = Messages.supported(language);
        settings.setLanguage(supported);
        if (!supported.equals(getLanguage())) {
            messages.set(new Messages(supported));
        }
        tasks.run(() -> {
            settings.save();
            return null;
        }, done -> { }, failure -> LOG.warn("Cannot save the language choice to {}", settings.file(), failure));
    }

    public void refresh() {
        refreshMainView.run();
    }

    /** File &gt; Import bundle…: asks for a bundle and imports it in the background. */
    public void importBundle() {
        if (importing.get()) {
            return;
        }
        Optional<Path> chosen = dialogs.chooseBundle();
        if (chosen.isEmpty()) {
            return;
        }
        Path bundle = chosen.get();
        importing.set(true);
        String name = bundle.getFileName() == null ? bundle.toString() : bundle.getFileName().toString();
        startTask(messages.get().get("ui.import.running", name));
        tasks.run(progress -> services.bundleImport().importBundle(bundle, progress), this::showProgress,
                summary -> {
                    importing.set(false);
                    endTask(messages.get().format(summary));
                    refreshMainView.run();
                    readInBackground();
                },
                failure -> {
                    importing.set(false);
                    log("Import of bundle failed", failure);
                    endTask(messages.get().get("ui.import.failed", name));
                    dialogs.showError(messages.get().describe(failure));
                });
    }

    /** Once after the window opened: lets the composition root seed an empty store with demo orders. */
    public void seedIfEmpty() {
        startTask(messages.get().get("ui.seed.running"));
        tasks.run(progress -> services.firstRunSeeding().seedIfEmpty(progress), this::showProgress,
                result -> {
                    endTask(result.map(messages.get()::format).orElse(""));
                    if (result.isPresent()) {
                        refreshMainView.run();
                    }
                    readInBackground();
                },
                failure -> {
                    log("Seeding the store with demo orders failed", failure);
                    endTask(messages.get().get("ui.seed.failed"));
                    dialogs.showError(messages.get().describe(failure));
                });
    }

    /**
     * Reads the certificates of the stored orders that OCR has not read yet, in the background, with progress in the
     * status bar. Asked again while it runs (a new import), it runs once more when done.
     */
    public void readInBackground() {
        if (reading) {
            readAgain = true;
            return;
        }
        reading = true;
        readAgain = false;
        String before = taskMessage.get();
        startTask(messages.get().get("ui.ocr.running"));
        tasks.run(progress -> services.backgroundReading().readPending(progress, () -> false), this::showProgress,
                result -> {
                    reading = false;
                    // Nothing to read: the status line keeps what it said (the import's or the seeding's summary).
                    endTask(result.map(messages.get()::format).orElse(before));
                    if (readAgain) {
                        readInBackground();
                    }
                },
                failure -> {
                    reading = false;
                    log("Reading certificates in the background failed", failure);
                    endTask(messages.get().get("ui.ocr.failed"));
                });
    }

    private void startTask(String message) {
        activeTasks++;
        taskActive.set(true);
        taskProgress.set(-1);
        taskCounts.set("");
        taskMessage.set(message);
    }

    private void endTask(String message) {
        activeTasks--;
        taskActive.set(activeTasks > 0);
        taskProgress.set(-1);
        taskCounts.set("");
        taskMessage.set(message);
    }

    private void showProgress(UserMessage phase, long done, long total) {
        taskProgress.set(total > 0 ? Math.min(1.0, (double) done / total) : -1);
        taskCounts.set(total > 0 ? messages.get().get("ui.status.counts", done, total) : "");
        if (phase != null) {
            taskMessage.set(render(phase));
        }
    }

    private String render(UserMessage phase) {
        try {
            return messages.get().format(phase);
        } catch (IllegalArgumentException e) {
            LOG.warn("Progress phase {} has no message: showing the key", phase.key(), e);
            return phase.key();
        }
    }

    /** An expected failure (it carries a user message) is a warning without a stack trace; the rest are errors. */
    private static void log(String what, Exception failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UserFacingException expected) {
                LOG.warn("{}: {}", what, expected.userMessage().key());
                return;
            }
        }
        LOG.error(what, failure);
    }

    /** Saves the settings now (on the calling thread): used when the window closes. */
    void saveSettings() {
        try {
            settings.save();
        } catch (IOException e) {
            LOG.warn("Cannot save window settings to {}", settings.file(), e);
        }
    }

    /** Help &gt; About. */
    public void showAbout(String version) {
        Messages m = messages.get();
        dialogs.showInformation(m.get("ui.about.header", m.get("app.title"), version), m.get("ui.about.text"));
    }

    ShellSettings settings() {
        return settings;
    }
}
