package org.icpdesk.ui.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.icpdesk.ui.FxWait.onFx;
import static org.icpdesk.ui.FxWait.until;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import org.icpdesk.i18n.UserMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

class FxTaskRunnerTest {
    final FxTaskRunner runner = FxTaskRunner.withThreads(2);
    final List<String> events = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() {
        runner.close();
    }

    @Test
    void runsOnANamedDaemonThreadAndReportsBackOnTheFxThread() {
        CountDownLatch release = new CountDownLatch(1);
        onFx(() -> {
            runner.run(() -> {
                release.await(10, TimeUnit.SECONDS);
                Thread worker = Thread.currentThread();
                return worker.getName() + (worker.isDaemon() ? " daemon" : "");
            }, name -> events.add(name + (Platform.isFxApplicationThread() ? " -> fx" : " -> other")),
                    failure -> events.add("failed " + failure));
            return null;
        });
        assertThat(onFx(runner::isIdle)).isFalse();
        release.countDown();
        until("the runner is idle", runner::isIdle);
        assertThat(events).singleElement().asString().matches("icpdesk-work-\\d+ daemon -> fx");
    }

    @Test
    void aFailureReachesTheFailureCallback() {
        onFx(() -> {
            runner.run(() -> {
                throw new IllegalStateException("no store");
            }, ok -> events.add("ok"), failure -> events.add(failure.getMessage()));
            return null;
        });
        until("the runner is idle", runner::isIdle);
        assertThat(events).containsExactly("no store");
    }

    @Test
    void progressArrivesOnTheFxThreadBeforeTheOutcome() {
        onFx(() -> {
            runner.run(progress -> {
                for (int i = 1; i <= 1_000; i++) {
                    progress.report(UserMessage.of("ui.import.running", "x.zip"), i, 1_000);
                }
                return "done";
            }, (phase, done, total) -> events.add(Platform.isFxApplicationThread() ? "progress " + done : "off fx"),
                    events::add, failure -> events.add("failed"));
            return null;
        });
        until("the runner is idle", runner::isIdle);
        assertThat(events).last().isEqualTo("done");
        assertThat(events).doesNotContain("off fx", "failed");
        assertThat(events).contains("progress 1000");
        assertThat(events.size()).as("reports are coalesced").isLessThanOrEqualTo(1_001);
    }

    @Test
    void refusesToBeCalledOffTheFxThread() {
        assertThatThrownBy(() -> runner.run(() -> 1, ok -> { }, failure -> { }))
                .isInstanceOf(IllegalStateException.class);
    }
}
