package org.icpdesk.ui.shell;

import static org.icpdesk.ui.FxWait.onFx;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.stage.Stage;
import org.icpdesk.order.service.QueueRow;
import org.testfx.api.FxRobot;

/** Finds the parts of the main window a test drives or reads. */
final class ShellRobot {
    private final FxRobot robot;
    private final Stage stage;

    ShellRobot(FxRobot robot, Stage stage) {
        this.robot = robot;
        this.stage = stage;
    }

    TableView<QueueRow> table() {
        return robot.from(stage.getScene().getRoot()).lookup("#table").queryTableView();
    }

    MenuBar menuBar() {
        return robot.from(stage.getScene().getRoot()).lookup(".menu-bar").queryAs(MenuBar.class);
    }

    List<String> menuTexts() {
        return onFx(() -> menuBar().getMenus().stream().map(Menu::getText).toList());
    }

    String label(String styleClass) {
        return onFx(() -> robot.from(stage.getScene().getRoot()).lookup("." + styleClass).queryAs(Label.class).getText());
    }

    /** The header of the column with this fx:id. */
    Node header(String columnId) {
        return robot.from(stage.getScene().getRoot()).lookup(".column-header")
                .match(node -> node instanceof TableColumnHeader h && h.getTableColumn() != null
                        && columnId.equals(h.getTableColumn().getId()))
                .query();
    }

    String headerText(String columnId) {
        return onFx(() -> ((TableColumnHeader) header(columnId)).getTableColumn().getText());
    }

    /** Clicks a menu of the bar, then items of its popups, by their texts as in the bundle (with "_"). */
    void clickMenu(String... path) {
        robot.clickOn(robot.from(menuBar()).lookup((Labeled l) -> path[0].equals(l.getText())).queryLabeled());
        for (int i = 1; i < path.length; i++) {
            String text = path[i];
            robot.clickOn(robot.lookup(".menu-item").lookup((Labeled l) -> text.equals(l.getText())).queryLabeled());
        }
    }

    QueueRow row(int index) {
        return onFx(() -> table().getItems().get(index));
    }
}
