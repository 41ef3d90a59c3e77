package org.icpdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.icpdesk.ui.FxWait.onFx;
import static org.icpdesk.ui.FxWait.until;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TableView;
import javafx.scene.effect.ColorAdjust;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.icpdesk.order.domain.Order;
import org.icpdesk.order.domain.OrderStatus;
import org.icpdesk.order.service.FindingsFilter;
import org.icpdesk.order.service.QueueQuery;
import org.icpdesk.order.service.QueueRow;
import org.icpdesk.order.service.QueueSort;
import org.icpdesk.security.domain.Actor;
import org.icpdesk.security.domain.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The real window on a demo store: the queue's findings filter by keyboard shows exactly the orders the store's summary
 * calls clean; in the order view the brightness slider moves by arrow keys, changes only the view (the stored bytes stay)
 * and B resets it; the next order, decoded ahead, shows its image as soon as it opens.
 */
@ExtendWith(ApplicationExtension.class)
class ViewerAndQueueFiltersUiTest {
    @TempDir
    static Path dir;
    DeskWindowFixture window;

    /** The demo store, made before the window starts (TestFX gives the start a few seconds only). */
    @org.junit.jupiter.api.BeforeAll
    static void demoStore() throws Exception {
        DeskWindowFixture.demoStore(dir, 2027, 12);
    }

    @Start
    void start(Stage primary) throws Exception {
        window = DeskWindowFixture.open(dir, Locale.ENGLISH, new Actor("reviewer01", Role.REVIEWER));
    }

    @AfterEach
    void close() {
        window.close();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    @SuppressWarnings("unchecked")
    void findingsFilterSlidersAndPrefetch(FxRobot robot) throws Exception {
        TableView<QueueRow> table = robot.lookup("#table").queryAs(TableView.class);
        until("the queue shows its rows", () -> !table.getItems().isEmpty() && table.getItems().get(0) != null);
        List<String> clean = window.services.context().orders().page(QueueQuery.all().withFindings(FindingsFilter.CLEAN), 0, 100)
                .stream().map(QueueRow::orderId).toList();
        long withFindings = window.services.context().orders().count(QueueQuery.all().withFindings(FindingsFilter.WITH_FINDINGS));
        assertThat(clean.size() + withFindings).isEqualTo(12);
        assertThat(withFindings).isPositive();

        // The findings filter by keyboard: focus, open with space, down twice (any, has findings, clean), Enter.
        ChoiceBox<FindingsFilter> findings = robot.lookup("#findingsChoice").queryAs(ChoiceBox.class);
        onFx(() -> {
            findings.requestFocus();
            return null;
        });
        robot.type(KeyCode.SPACE);
        until("the choices show", findings::isShowing);
        robot.type(KeyCode.DOWN, KeyCode.DOWN, KeyCode.ENTER);
        until("the filter is clean", () -> findings.getValue() == FindingsFilter.CLEAN);
        until("the queue shows the clean orders", () -> table.getItems().size() == clean.size()
                && table.getItems().stream().allMatch(r -> r != null && clean.contains(r.orderId())));
        assertThat(onFx(() -> robot.lookup("#table .table-cell").queryAllAs(javafx.scene.control.TableCell.class).stream()
                .map(c -> String.valueOf(c.getText())).toList())).contains("clean");

        // Back to all orders; open the oldest pending one (the queue sorts by submission, oldest first).
        onFx(() -> {
            findings.setValue(FindingsFilter.ANY);
            return null;
        });
        until("every order shows again", () -> table.getItems().size() == 12 && table.getItems().get(0) != null);
        // Open a pending order without errors (approving it takes one key); "next" is then the oldest other pending order.
        List<QueueRow> pending = window.services.context().orders().page(new QueueQuery(java.util.Set.of(OrderStatus.PENDING), null, null, null,
                null, QueueSort.SUBMITTED, true), 0, 100);
        QueueRow chosen = pending.stream().filter(r -> r.findingsErrors() == 0).findFirst().orElseThrow();
        String first = chosen.orderId();
        String second = pending.stream().map(QueueRow::orderId).filter(id -> !id.equals(first)).findFirst().orElseThrow();
        onFx(() -> {
            for (int i = 0; i < table.getItems().size(); i++) {
                if (table.getItems().get(i).orderId().equals(first)) {
                    table.getSelectionModel().select(i);
                }
            }
            table.requestFocus();
            return null;
        });
        robot.type(KeyCode.ENTER);
        until("the order opens with its image", () -> orderLabel(robot).contains(first) && image(robot) != null);
        Order opened = window.services.context().orders().find(first).orElseThrow();
        String materialId = opened.materials().get(0).id();
        String before = sha256(window.services.context().orders().materialBytes(first, materialId).orElseThrow());

        // Brightness by keyboard: focus the slider, three steps right.
        Slider brightness = robot.lookup("#brightnessSlider").queryAs(Slider.class);
        onFx(() -> {
            brightness.requestFocus();
            return null;
        });
        robot.type(KeyCode.RIGHT, KeyCode.RIGHT, KeyCode.RIGHT);
        until("the view is brighter", () -> ((ColorAdjust) imageView(robot).getEffect()).getBrightness() > 0.25);
        assertThat(sha256(window.services.context().orders().materialBytes(first, materialId).orElseThrow())).isEqualTo(before);
        // B on the image resets it.
        onFx(() -> {
            robot.lookup("#imageScroll").query().requestFocus();
            return null;
        });
        robot.type(KeyCode.B);
        until("the view is as stored", () -> ((ColorAdjust) imageView(robot).getEffect()).getBrightness() == 0
                && brightness.getValue() == 0);

        // The next order was loaded and decoded ahead: its image is there the moment it opens.
        until("the next order is prefetched", () -> window.services.tasks().isIdle());
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        until("the next order shows", () -> orderLabel(robot).contains(second));
        assertThat(onFx(() -> orderLabel(robot).contains(second) && image(robot) != null)).as("image shown at once").isTrue();
        assertThat(window.services.context().reviews().decisions(first)).hasSize(1);
    }

    private static String orderLabel(FxRobot robot) {
        Node label = robot.lookup("#orderIdLabel").tryQuery().orElse(null);
        return label != null && label.getScene() != null ? ((Label) label).getText() : "";
    }

    private static ImageView imageView(FxRobot robot) {
        return robot.lookup("#imageView").queryAs(ImageView.class);
    }

    private static javafx.scene.image.Image image(FxRobot robot) {
        return robot.lookup("#imageView").tryQuery().map(n -> ((ImageView) n).getImage()).orElse(null);
    }
}
