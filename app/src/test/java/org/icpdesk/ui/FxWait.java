package org.icpdesk.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/** Waiting in UI tests: on a condition evaluated on the FX thread, with a timeout; never a sleep. */
public final class FxWait {
    private static final long TIMEOUT_SECONDS = 15;

    private FxWait() {
    }

    /** Evaluates {@code work} on the FX thread and returns its result. */
    public static <T> T onFx(Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted", e);
        } catch (ExecutionException e) {
            throw new AssertionError("Failed on the FX thread", e.getCause());
        } catch (TimeoutException e) {
            throw new AssertionError("The FX thread did not answer in time", e);
        }
    }

    /** Waits until {@code condition} (evaluated on the FX thread) holds; fails naming {@code what}. */
    public static void until(String what, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> onFx(condition));
        } catch (TimeoutException e) {
            throw new AssertionError("Timed out waiting until " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Hides a test's window on the FX thread, then closes what served it (task pool, store). */
    public static void closeWindow(Stage stage, AutoCloseable services) {
        onFx(() -> {
            stage.hide();
            return null;
        });
        try {
            services.close();
        } catch (Exception e) {
            throw new AssertionError("Closing the window's services failed", e);
        }
    }
}
