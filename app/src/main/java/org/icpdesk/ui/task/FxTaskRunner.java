package org.icpdesk.ui.task;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.icpdesk.common.Progress;
import org.icpdesk.i18n.UserMessage;

/**
 * The program's {@link TaskRunner}: a fixed pool of named daemon threads; callbacks and progress reports run on
 * the FX thread. {@link #close()} stops the pool (the composition root calls it on exit).
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    private final ExecutorService pool;
    private final ReadOnlyBooleanWrapper idle = new ReadOnlyBooleanWrapper(this, "idle", true);
    private int pending;

    public FxTaskRunner(ExecutorService pool) {
        this.pool = pool;
    }

    /** A runner on {@code threads} daemon threads named {@code icpdesk-work-N}. */
    public static FxTaskRunner withThreads(int threads) {
        return new FxTaskRunner(Executors.newFixedThreadPool(threads, Threads.named("icpdesk-work")));
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        requireFxThread();
        pending++;
        idle.set(false);
        pool.execute(() -> {
            T value;
            try {
                value = work.call();
            } catch (Exception e) {
                Platform.runLater(() -> finish(() -> onFailure.accept(e)));
                return;
            }
            Platform.runLater(() -> finish(() -> onSuccess.accept(value)));
        });
    }

    @Override
    public <T> void run(ProgressingWork<T> work, Progress onProgress, Consumer<? super T> onSuccess,
                        Consumer<? super Exception> onFailure) {
        AtomicReference<Report> latest = new AtomicReference<>();
        Progress fromWorker = (phase, done, total) -> {
            if (latest.getAndSet(new Report(phase, done, total)) == null) {
                Platform.runLater(() -> {
                    Report report = latest.getAndSet(null);
                    if (report != null) {
                        onProgress.report(report.phase(), report.done(), report.total());
                    }
                });
            }
        };
        run(() -> work.call(fromWorker), onSuccess, onFailure);
    }

    @Override
    public ReadOnlyBooleanProperty idleProperty() {
        return idle.getReadOnlyProperty();
    }

    /** Stops taking work and interrupts running work; waits briefly for it to end. */
    @Override
    public void close() {
        pool.shutdownNow();
        try {
            pool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void finish(Runnable callback) {
        try {
            callback.run();
        } finally {
            pending--;
            idle.set(pending == 0);
        }
    }

    private static void requireFxThread() {
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("TaskRunner.run must be called on the FX thread, not on "
                    + Thread.currentThread().getName());
        }
    }

    private record Report(UserMessage phase, long done, long total) {
    }
}
