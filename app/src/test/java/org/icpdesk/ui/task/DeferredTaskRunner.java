package org.icpdesk.ui.task;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.icpdesk.common.Progress;

/** Queues work until the test calls {@link #runAll()}: shows what a view does while work is still out. */
public final class DeferredTaskRunner implements TaskRunner {
    private final Deque<Runnable> queued = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper idle = new ReadOnlyBooleanWrapper(true);

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        queued.add(() -> {
            T value;
            try {
                value = work.call();
            } catch (Exception e) {
                onFailure.accept(e);
                return;
            }
            onSuccess.accept(value);
        });
        idle.set(false);
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

    public int queued() {
        return queued.size();
    }

    /** Runs the oldest queued work (and its callback) only. */
    public void runOne() {
        queued.removeFirst().run();
        if (queued.isEmpty()) {
            idle.set(true);
        }
    }

    /** Runs queued work, including work queued meanwhile, until none is left. */
    public void runAll() {
        while (!queued.isEmpty()) {
            queued.removeFirst().run();
        }
        idle.set(true);
    }
}
