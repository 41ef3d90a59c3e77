package org.icpdesk;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.icpdesk.bundle.domain.ImportSummary;
import org.icpdesk.i18n.UserFacingException;
import org.icpdesk.i18n.UserMessage;
import org.icpdesk.order.ui.QueueScreen;
import org.icpdesk.review.ui.OrderReviewViewModel;
import org.icpdesk.review.ui.ReviewScreen;
import org.icpdesk.rules.service.RulesService;
import org.icpdesk.security.domain.Actor;
import org.icpdesk.store.StoreFactory;
import org.icpdesk.ui.shell.BundleImport;
import org.icpdesk.ui.shell.FirstRunSeeding;
import org.icpdesk.ui.shell.MainView;
import org.icpdesk.ui.shell.ShellServices;
import org.icpdesk.ui.shell.StoreUnlock;
import org.icpdesk.ui.task.FxTaskRunner;
import org.icpdesk.ui.task.TaskRunner;
import org.icpdesk.ui.shell.BackgroundReading;
import org.icpdesk.review.service.OcrReadingsAdapter;

/**
 * The window's view of the program: plugs the queue screen, the import and the first-start demo into the
 * shell. The store opens when the window starts (after the password, for an encrypted store).
 */
final class DeskServices implements ShellServices {
    private final Path storeDir;
    private final Path settingsFile;
    private final Optional<Locale> language;
    private final Clock clock;
    private final Actor actor;
    private final FxTaskRunner tasks = FxTaskRunner.withThreads(3);
    private volatile boolean closing;
    private CompletableFuture<AppContext> opening;
    private final CompletableFuture<RulesService> rulesLoading;
    private boolean findingsStarted;
    private AppContext app;
    private String openAtStart;

    /**
     * Starts opening the store in the background, while JavaFX starts, unless it is encrypted (then
     * {@link #storeUnlock()} opens it once the password is typed).
     */
    DeskServices(Path storeDir, Path settingsFile, Optional<Locale> language, Clock clock, Actor actor) {
        this.storeDir = storeDir;
        this.settingsFile = settingsFile;
        this.language = language;
        this.clock = clock;
        this.actor = actor;
        // The rule data (a few hundred ms of YAML) loads beside the store and JavaFX: the queue's time-left column needs it.
        this.rulesLoading = CompletableFuture.supplyAsync(RulesService::standard, runnable -> {
            Thread thread = new Thread(runnable, "icpdesk-rules-load");
            thread.setDaemon(true);
            thread.start();
        });
        if (!StoreFactory.isEncrypted(storeDir)) {
            this.opening = CompletableFuture.supplyAsync(() -> AppContext.open(storeDir, null, clock, this::rules), runnable -> {
                Thread thread = new Thread(runnable, "icpdesk-store-open");
                thread.setDaemon(true);
                thread.start();
            });
        }
    }

    /**
     * Computes the findings summary of orders that lack it (a store from before V9, new rule data) on a low-priority
     * background thread, a batch per transaction; the queue's findings filter and column see them as they come.
     */
    private void fillFindingsLater(AppContext context) {
        if (findingsStarted) {
            return;
        }
        findingsStarted = true;
        Thread thread = new Thread(() -> {
            try {
                context.findings().fillMissing(() -> closing);
            } catch (RuntimeException e) {
                if (!closing) {
                    org.slf4j.LoggerFactory.getLogger(DeskServices.class).error("Computing the findings summaries failed", e);
                }
            }
        }, "icpdesk-findings");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    private RulesService rules() {
        try {
            return rulesLoading.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException) {
                throw (RuntimeException) e.getCause();
            }
            throw e;
        }
    }

    /** The open store; waits for the background opening. @throws UserFacingException it could not be opened */
    private AppContext app() {
        if (app == null && opening != null) {
            try {
                app = opening.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException) {
                    throw (RuntimeException) e.getCause();
                }
                throw e;
            } finally {
                opening = null;
            }
        }
        return app;
    }

    @Override
    public Optional<StoreUnlock> storeUnlock() {
        if (app != null || opening != null) {
            return Optional.empty();
        }
        return Optional.of(password -> {
            try {
                app = AppContext.open(storeDir, password, clock, this::rules);
                return Optional.empty();
            } catch (UserFacingException e) {
                return Optional.of(e.userMessage());
            }
        });
    }

    @Override
    public TaskRunner tasks() {
        return tasks;
    }

    @Override
    public MainView mainView() {
        AppContext app = app();
        fillFindingsLater(app);
        QueueScreen queue = new QueueScreen(app.orders(), tasks, clock,
                (from, to) -> app.rules().timeLimits().calendar().workingDaysBetween(from, to));
        OrderReviewViewModel order = new OrderReviewViewModel(app.reviews(), app.orders(), app::rules, tasks, null, actor, clock);
        order.setExport(file -> app.decisionExporter().export(actor, file, null));
        order.setReadings(o -> OcrReadingsAdapter.of(app.ocr().readings(o.id())));
        order.setReadMissing(o -> {
            if (!backgroundOcr()) {
                return false;
            }
            var unread = app.ocr().unreadOf(o.id());
            unread.forEach(app.ocr()::readNow);
            return !unread.isEmpty();
        });
        if (openAtStart != null) {
            order.open(openAtStart);
        }
        return new ReviewScreen(queue, order, tasks);
    }

    /** The open store and its services (tests look into the store the window uses). */
    AppContext context() {
        return app();
    }

    /** An order the window opens when it starts ({@code --open <orderId>}); null for the queue. */
    void openAtStart(String orderId) {
        this.openAtStart = orderId;
    }

    @Override
    public BundleImport bundleImport() {
        return (bundle, progress) -> {
            ImportSummary s = app().imports().importBundle(bundle, actor, progress);
            return UserMessage.of("ui.import.done", bundle.getFileName().toString(), s.added(), s.updated(), s.unchanged(),
                    s.conflicts().size());
        };
    }

    /** OCR in the window: on unless {@code -Dicpdesk.ocr=off} (UI tests that do not look at readings). */
    private static boolean backgroundOcr() {
        return !"off".equals(System.getProperty("icpdesk.ocr"));
    }

    @Override
    public BackgroundReading backgroundReading() {
        return (progress, cancelled) -> {
            if (!backgroundOcr()) {
                return Optional.empty();
            }
            // One worker: the reviewer's window keeps the other cores.
            long read = app().ocr().readPending(1, progress, () -> cancelled.getAsBoolean() || closing);
            return read == 0 ? Optional.empty() : Optional.of(UserMessage.of("ui.ocr.done", read));
        };
    }

    @Override
    public FirstRunSeeding firstRunSeeding() {
        return progress -> app().demoSeeding().seedIfEmpty(Actor.system(), progress)
                .map(s -> UserMessage.of("ui.seed.done", s.added()));
    }

    @Override
    public Path settingsFile() {
        return settingsFile;
    }

    @Override
    public Optional<Locale> requestedLanguage() {
        return language;
    }

    @Override
    public String storeLocation() {
        return storeDir.toString();
    }

    @Override
    public void close() {
        closing = true;
        tasks.close();
        if (opening != null) {
            opening.thenAccept(AppContext::close);
            opening = null;
        }
        if (app != null) {
            app.close();
            app = null;
        }
    }
}
