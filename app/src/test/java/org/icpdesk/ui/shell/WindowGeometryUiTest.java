package org.icpdesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.icpdesk.ui.FxWait.onFx;
import static org.icpdesk.ui.FxWait.until;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Screen;
import javafx.stage.Stage;
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

/** The window comes back where it was closed, and never off-screen. */
@ExtendWith(ApplicationExtension.class)
class WindowGeometryUiTest {
    @TempDir Path dir;
    final List<TestShellServices> opened = new ArrayList<>();
    Stage stage;

    @Start
    void start(Stage primary) throws IOException {
        Files.writeString(dir.resolve("window.properties"),
                "window.x=100\nwindow.y=60\nwindow.width=1000\nwindow.height=640\nwindow.maximized=false\n");
        stage = open();
    }

    private Stage open() {
        TestShellServices services = new TestShellServices(new RecordingOrderQueue(FakeOrderQueue.withOrders(50)), dir);
        opened.add(services);
        Stage window = new Stage();
        new MainApp(services, (owner, messages) -> new ScriptedDialogs()).start(window);
        return window;
    }

    @AfterEach
    void close() {
        onFx(() -> {
            stage.hide();
            return null;
        });
        opened.forEach(TestShellServices::close);
    }

    @Test
    void opensWhereTheSettingsSayAndRemembersTheGeometryOnQuit(FxRobot robot) {
        assertThat(onFx(() -> List.of(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight())))
                .containsExactly(100.0, 60.0, 1000.0, 640.0);

        robot.interact(() -> {
            stage.setX(140);
            stage.setY(90);
            stage.setWidth(900);
            stage.setHeight(600);
        });
        robot.push(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));

        until("the window has closed", () -> !stage.isShowing());
        assertThat(ShellSettings.load(dir.resolve("window.properties")).geometry())
                .isEqualTo(new WindowGeometry(140, 90, 900, 600, false));
        stage = onFx(this::open);
        assertThat(onFx(() -> List.of(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight())))
                .containsExactly(140.0, 90.0, 900.0, 600.0);
    }

    @Test
    void aPositionOffEveryScreenIsIgnored() throws IOException {
        onFx(() -> {
            stage.hide();
            return null;
        });
        Files.writeString(dir.resolve("window.properties"),
                "window.x=5000\nwindow.y=-3000\nwindow.width=800\nwindow.height=500\n");
        stage = onFx(this::open);
        Rectangle2D screen = onFx(() -> Screen.getPrimary().getVisualBounds());
        assertThat(onFx(() -> List.of(stage.getWidth(), stage.getHeight()))).containsExactly(800.0, 500.0);
        assertThat(onFx(() -> screen.contains(stage.getX() + 10, stage.getY() + 10))).as("title bar on screen").isTrue();
    }
}
