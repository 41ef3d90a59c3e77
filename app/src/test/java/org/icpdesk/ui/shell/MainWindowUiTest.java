package org.icpdesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.icpdesk.ui.FxWait.onFx;
import static org.icpdesk.ui.FxWait.until;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.icpdesk.order.service.FakeOrderQueue;
import org.icpdesk.order.service.QueueQuery;
import org.icpdesk.order.service.QueueRow;
import org.icpdesk.order.service.RecordingOrderQueue;
import org.icpdesk.ui.dialog.ScriptedDialogs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class MainWindowUiTest {
    @TempDir Path dir;
    RecordingOrderQueue queue;
    TestShellServices services;
    ScriptedDialogs dialogs = new ScriptedDialogs();
    Stage stage;

    @Start
    void start(Stage primary) {
        queue = new RecordingOrderQueue(FakeOrderQueue.withOrders(1_000));   // the real store's queue goes here
        services = new TestShellServices(queue, dir);
        stage = new Stage();
        new MainApp(services, (owner, messages) -> dialogs).start(stage);
    }

    @AfterEach
    void close() {
        onFx(() -> {
            stage.hide();
            return null;
        });
        services.close();
    }

    @Test
    void showsTheOrdersOfTheStorePageByPage(FxRobot robot) {
        TableView<QueueRow> table = robot.lookup("#table").queryTableView();
        until("the first row is loaded", () -> table.getItems().size() == 1_000 && table.getItems().get(0) != null);
        QueueRow first = queue.firstRow(QueueQuery.all());
        assertThat(onFx(() -> table.getItems().get(0).orderId())).isEqualTo(first.orderId());
        assertThat(robot.lookup(".status-summary").queryAs(Label.class).getText()).isEqualTo("1,000 of 1,000 orders");
        assertThat(queue.served()).isLessThan(1_000);
        assertThat(queue.largestPage()).isLessThanOrEqualTo(200);
    }
}
