package org.icpdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.icpdesk.ui.FxWait.onFx;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.icpdesk.demo.DemoSeeding;
import org.icpdesk.order.service.QueueRow;
import org.icpdesk.security.domain.Actor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window on a new, empty temporary store: the first start generates and imports the demo bundle in the
 * background, and the queue shows its orders, read from the H2 store.
 */
@ExtendWith(ApplicationExtension.class)
class DeskWindowUiTest {
    @TempDir
    Path dir;
    DeskWindowFixture window;

    @Start
    void start(Stage primary) {
        window = DeskWindowFixture.open(dir, Locale.SIMPLIFIED_CHINESE, Actor.localReviewer());
    }

    @AfterEach
    void close() {
        window.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void firstStartFillsTheQueueWithDemoOrdersFromTheStore(FxRobot robot) throws TimeoutException {
        TableView<QueueRow> table = robot.lookup(".table-view").queryAs(TableView.class);
        // Generating and importing the demo bundle takes several seconds on a loaded 2-core machine.
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> onFx(() -> table.getItems().size() == DemoSeeding.ORDERS
                && table.getItems().get(0) != null));
        QueueRow first = onFx(() -> table.getItems().get(0));
        assertThat(first.orderId()).startsWith("ICP");
        String summary = onFx(() -> robot.lookup(".status-summary").queryAs(Label.class).getText());
        assertThat(summary).contains(String.valueOf(DemoSeeding.ORDERS)).contains("订单");
        assertThat(onFx(window.stage::getTitle)).isEqualTo("ICP 备案初审台");

        // The rows were read from the H2 store: after closing the window's services, the store says the same.
        window.services.close();
        try (AppContext app = AppContext.open(dir.resolve("store"), null, Clock.systemUTC())) {
            assertThat(app.orders().countAll()).isEqualTo(DemoSeeding.ORDERS);
            assertThat(app.orders().find(first.orderId())).get().extracting(o -> o.subject().name()).isEqualTo(first.subjectName());
        }
    }
}
