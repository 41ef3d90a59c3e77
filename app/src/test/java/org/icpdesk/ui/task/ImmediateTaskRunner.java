package org.icpdesk.ui.task;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.icpdesk.common.Progress;

/** Runs work at once on the calling thread (STYLE P4): view-model tests are deterministic. */
public final class ImmediateTaskRunner implements TaskRunner {
    private final ReadOnlyBooleanWrapper idle = new ReadOnlyBooleanWrapper(true);
    private int runs;

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        runs++;
        T value;
        try {
            value = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(value);
    }

    @Override
    public <T> void run(ProgressingWork<T> work, Progress onProgress, Consumer<? super T> onSuccess,
                        Consumer<? super Exception> onFailure) {
        run(() -> work.call(onProgress), onSuccess, onFailure);
    }

    @Override
    public ReadOnlyBooleanProperty idleProperty() {
        return idle.getReadOnlyProperty();
    }

    /** How many pieces of work were run. */
    public int runs() {
        return runs;
    }
}
