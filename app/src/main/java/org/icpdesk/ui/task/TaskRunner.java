package org.icpdesk.ui.task;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import org.icpdesk.common.Progress;

/**
 * Runs work away from the FX thread and hands the outcome back on it (STYLE P4). Every piece of background
 * work of the window goes through one runner: {@link FxTaskRunner} in the program, an immediate one in tests.
 * Call it on the FX thread.
 */
public interface TaskRunner {
    /** Runs {@code work} on a worker; then exactly one of the callbacks on the FX thread. */
    <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure);

    /**
     * As {@link #run(Callable, Consumer, Consumer)} for work that reports progress: its reports reach
     * {@code onProgress} on the FX thread (coalesced, so a fast worker does not flood the FX thread), all
     * before the outcome callback.
     */
    <T> void run(ProgressingWork<T> work, Progress onProgress, Consumer<? super T> onSuccess,
                 Consumer<? super Exception> onFailure);

    /** True while no work is queued, running or waiting for its callback; UI tests wait on it. */
    ReadOnlyBooleanProperty idleProperty();

    default boolean isIdle() {
        return idleProperty().get();
    }

    /** Work that is handed a {@link Progress} to report to. */
    @FunctionalInterface
    interface ProgressingWork<T> {
        T call(Progress progress) throws Exception;
    }
}
