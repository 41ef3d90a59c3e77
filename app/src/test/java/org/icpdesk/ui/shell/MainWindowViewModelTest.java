package org.icpdesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import org.icpdesk.i18n.Messages;
import org.icpdesk.i18n.UserFacingException;
import org.icpdesk.i18n.UserMessage;
import org.icpdesk.ui.dialog.ScriptedDialogs;
import org.icpdesk.ui.task.ImmediateTaskRunner;
import org.icpdesk.ui.task.TaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainWindowViewModelTest {
    @TempDir Path dir;
    final ScriptedDialogs dialogs = new ScriptedDialogs();
    final List<String> refreshed = new ArrayList<>();
    final List<String> progress = new ArrayList<>();
    BundleImport bundleImport;
    FirstRunSeeding seeding = FirstRunSeeding.NONE;
    BackgroundReading reading = BackgroundReading.NONE;

    MainWindowViewModel viewModel() {
        ShellServices services = new ShellServices() {
            final ImmediateTaskRunner tasks = new ImmediateTaskRunner();

            @Override public TaskRunner tasks() {
                return tasks;
            }

            @Override public MainView mainView() {
                throw new UnsupportedOperationException();
            }

            @Override public BundleImport bundleImport() {
                return bundleImport;
            }

            @Override public FirstRunSeeding firstRunSeeding() {
                return seeding;
            }

            @Override public BackgroundReading backgroundReading() {
                return reading;
            }

            @Override public Path settingsFile() {
                return dir.resolve("window.properties");
            }

            @Override public Optional<Locale> requestedLanguage() {
                return Optional.of(Locale.ENGLISH);
            }

            @Override public String storeLocation() {
                return "/data/store";
            }

            @Override public void close() {
            }
        };
        MainWindowViewModel model = new MainWindowViewModel(services, dialogs, ShellSettings.load(services.settingsFile()),
                new SimpleObjectProperty<>(new Messages(Locale.ENGLISH)), () -> refreshed.add("refresh"));
        model.taskMessageProperty().addListener((o, before, now) -> progress.add(now));
        return model;
    }

    @Test
    void anImportReportsProgressThenItsSummaryAndRefreshesTheQueue() {
        dialogs.bundles.add(Optional.of(dir.resolve("b.zip")));
        bundleImport = (bundle, p) -> {
            p.report(UserMessage.of("ui.import.running", "b.zip (2/3)"), 2, 3);
            return UserMessage.of("ui.import.done", "b.zip", 1200, 3, 0, 1);
        };
        MainWindowViewModel model = viewModel();
        model.importBundle();
        // After the import, the certificates are read in the background; with nothing to read the summary stays.
        assertThat(progress).containsExactly("Importing b.zip...", "Importing b.zip (2/3)...",
                "b.zip imported: 1,200 added, 3 updated, 0 unchanged, 1 conflicts", "Reading certificates (OCR)…",
                "b.zip imported: 1,200 added, 3 updated, 0 unchanged, 1 conflicts");
        assertThat(model.taskActiveProperty().get()).isFalse();
        assertThat(model.isImporting()).isFalse();
        assertThat(refreshed).containsExactly("refresh");
    }

    @Test
    void afterAnImportTheCertificatesAreReadInTheBackgroundWithProgress() {
        dialogs.bundles.add(Optional.of(dir.resolve("b.zip")));
        bundleImport = (bundle, p) -> UserMessage.of("ui.import.done", "b.zip", 2, 0, 0, 0);
        List<Double> fractions = new ArrayList<>();
        reading = (p, cancelled) -> {
            p.report(UserMessage.of("ocr.progress.reading"), 3, 12);
            return Optional.of(UserMessage.of("ui.ocr.done", 12));
        };
        MainWindowViewModel model = viewModel();
        model.taskProgressProperty().addListener((o, before, now) -> fractions.add(now.doubleValue()));
        List<String> counts = new ArrayList<>();
        model.taskCountsProperty().addListener((o, before, now) -> counts.add(now));
        model.importBundle();
        assertThat(progress).containsSubsequence("b.zip imported: 2 added, 0 updated, 0 unchanged, 0 conflicts",
                "Reading certificates (OCR)…", "Reading certificates (OCR)", "Certificates read: 12");
        assertThat(fractions).contains(0.25);
        assertThat(counts).containsSubsequence("3 / 12", "");
        assertThat(model.taskActiveProperty().get()).isFalse();
    }

    @Test
    void aFailedImportShowsTheUsersMessage() {
        dialogs.bundles.add(Optional.of(dir.resolve("b.zip")));
        bundleImport = (bundle, p) -> {
            throw new IllegalStateException("wrapped", new UserFacingException(UserMessage.of("store.error.locked", "/data")));
        };
        MainWindowViewModel model = viewModel();
        model.importBundle();
        assertThat(dialogs.errors).containsExactly(
                "The store in /data is in use by another ICP Desk window or command. Close it and try again.");
        assertThat(model.taskMessageProperty().get()).isEqualTo("Import of b.zip failed");
        assertThat(refreshed).isEmpty();
    }

    @Test
    void anUnexpectedFailureIsNamedWithoutItsDetails() {
        dialogs.bundles.add(Optional.of(dir.resolve("b.zip")));
        bundleImport = (bundle, p) -> {
            throw new NullPointerException("secret 440305199001011234");
        };
        viewModel().importBundle();
        assertThat(dialogs.errors).containsExactly("Unexpected error (NullPointerException). Details are in the log file.");
    }

    @Test
    void seedingAStoreThatHasOrdersSaysNothing() {
        MainWindowViewModel model = viewModel();
        model.seedIfEmpty();
        assertThat(model.taskMessageProperty().get()).isEmpty();
        assertThat(refreshed).isEmpty();
        seeding = p -> Optional.of(UserMessage.of("ui.seed.done", 200));
        model = viewModel();
        model.seedIfEmpty();
        assertThat(model.taskMessageProperty().get()).isEqualTo("Demo data ready: 200 orders imported");
        assertThat(refreshed).containsExactly("refresh");
    }

    @Test
    void aProgressPhaseWithoutAMessageShowsItsKey() {
        dialogs.bundles.add(Optional.of(dir.resolve("b.zip")));
        bundleImport = (bundle, p) -> {
            p.report(UserMessage.of("bundle.progress.hashing"), -1, -1);
            assertThat(progress).last().isEqualTo("bundle.progress.hashing");
            return UserMessage.of("ui.seed.done", 1);
        };
        viewModel().importBundle();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void theLanguageChoiceSwitchesTheMessagesAndIsSaved() {
        MainWindowViewModel model = viewModel();
        model.useLanguage(Locale.CHINA);
        assertThat(model.titleProperty().get()).isEqualTo("ICP 备案初审台");
        assertThat(ShellSettings.load(dir.resolve("window.properties")).language()).contains(Locale.SIMPLIFIED_CHINESE);
    }
}
