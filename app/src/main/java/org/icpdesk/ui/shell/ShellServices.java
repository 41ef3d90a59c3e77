package org.icpdesk.ui.shell;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.icpdesk.ui.task.TaskRunner;

/**
 * Everything the main window needs from the rest of the program. The composition root ({@code AppContext})
 * implements it; UI tests implement it with fakes. The shell knows no feature (STYLE section 1): the review
 * queue arrives as a {@link MainView}, the bundle import as a {@link BundleImport}.
 */
public interface ShellServices extends AutoCloseable {
    /** The runner for all background work of the window and its screens. */
    TaskRunner tasks();

    /** The screen in the middle of the window: the review queue ({@code order.ui.QueueScreen}); asked once. */
    MainView mainView();

    /** File &gt; Import bundle…: imports one orders bundle (called on a worker thread). */
    BundleImport bundleImport();

    /** Run once, in the background, right after the window opens: demo orders for an empty store. */
    FirstRunSeeding firstRunSeeding();

    /** Reads the stored certificates not read yet (OCR), in the background after seeding and after each import. */
    default BackgroundReading backgroundReading() {
        return BackgroundReading.NONE;
    }

    /** The window's own settings (geometry, chosen language): a {@link java.util.Properties} file. */
    Path settingsFile();

    /**
     * The language asked for on the command line ({@code --lang}) for this run; it wins over a choice saved from
     * View &gt; Language. Empty: the saved choice, else the system's ({@link Locale#getDefault()}).
     */
    Optional<Locale> requestedLanguage();

    /**
     * Present while the store is encrypted and not yet open: the window then asks for the password first and
     * asks for nothing else of these services until the store is open.
     */
    default Optional<StoreUnlock> storeUnlock() {
        return Optional.empty();
    }

    /** Where the orders are kept, as shown in the status bar (the store directory). */
    String storeLocation();

    /** Called once when the program ends, after the window has closed: stop the task pool, close the store. */
    @Override
    void close();
}
