package org.icpdesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.icpdesk.ui.FxWait.onFx;
import static org.icpdesk.ui.FxWait.until;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import org.icpdesk.i18n.UserMessage;
import org.icpdesk.order.service.FakeOrderQueue;
import org.icpdesk.order.service.RecordingOrderQueue;
import org.icpdesk.ui.dialog.ScriptedDialogs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** On an empty store the window seeds demo orders in the background, with progress in the status bar. */
@ExtendWith(ApplicationExtension.class)
class FirstRunSeedingUiTest {
    @TempDir Path dir;
    final CountDownLatch proceed = new CountDownLatch(1);
    FakeOrderQueue orders;
    TestShellServices services;
    Stage stage;

    @Start
    void start(Stage primary) {
        orders = FakeOrderQueue.withOrders(0);
        services = new TestShellServices(new RecordingOrderQueue(orders), dir);
        services.seeding = progress -> {
            progress.report(UserMessage.of("ui.import.running", "demo.zip"), 1, 3);
            if (!proceed.await(15, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The test never let the seeding finish");
            }
            orders.add(300);
            progress.report(UserMessage.of("ui.import.running", "demo.zip"), 3, 3);
            return Optional.of(UserMessage.of("ui.seed.done", 300));
        };
        stage = new Stage();
        new MainApp(services, (owner, messages) -> new ScriptedDialogs()).start(stage);
    }

    @AfterEach
    void close() {
        proceed.countDown();
        onFx(() -> {
            stage.hide();
            return null;
        });
        services.close();
    }

    @Test
    void seedsAnEmptyStoreShowingProgressThenShowsTheOrders(FxRobot robot) {
        ShellRobot shell = new ShellRobot(robot, stage);
        ProgressBar bar = robot.lookup(".status-progress").queryAs(ProgressBar.class);
        until("the progress is shown", () -> bar.isVisible() && Math.abs(bar.getProgress() - 1 / 3.0) < 1e-9);
        assertThat(shell.label("status-task")).isEqualTo("Importing demo.zip...");
        assertThat(shell.label("status-summary")).isEqualTo("0 of 0 orders");

        proceed.countDown();

        until("the demo orders are shown", () -> shell.table().getItems().size() == 300);
        until("the progress bar is gone", () -> !bar.isVisible());
        assertThat(shell.label("status-task")).isEqualTo("Demo data ready: 300 orders imported");
        assertThat(shell.label("status-summary")).isEqualTo("300 of 300 orders");
    }
}
