package org.icpdesk.review.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.icpdesk.ui.FxWait.onFx;
import static org.icpdesk.ui.FxWait.until;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.icpdesk.review.domain.FieldComparison;
import org.icpdesk.review.domain.FieldComparison.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A long mismatching reading (an address) wraps to its column in a row of a few lines: the row once grew to a
 * character per line, pushing the other fields out of sight.
 */
@ExtendWith(ApplicationExtension.class)
class ReadValueCellUiTest {
    static final FieldComparison.Row ADDRESS = new FieldComparison.Row("subject.address", "岳阳市岳阳楼区振兴路博远大厦",
            "岳阳市岳阳楼区中山路106号博远大厦8层808室", 1.0, "m1", Status.MISMATCH);
    static final FieldComparison.Row NAME = new FieldComparison.Row("subject.name", "岳阳市博远网络科技有限公司",
            "岳阳市博远网络科技有限公司", 0.99, "m1", Status.MATCH);
    TableView<FieldComparison.Row> table;
    TableColumn<FieldComparison.Row, String> read;

    @Start
    void start(Stage stage) {
        table = new TableView<>();
        TableColumn<FieldComparison.Row, String> field = new TableColumn<>("field");
        field.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().field()));
        field.setPrefWidth(150);
        read = new TableColumn<>("read");
        read.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().read()));
        read.setCellFactory(c -> new ReadValueCell());
        read.setPrefWidth(200);
        table.getColumns().setAll(List.of(field, read));
        table.getItems().setAll(NAME, ADDRESS, NAME);
        stage.setScene(new Scene(table, 420, 400));
        stage.show();
    }

    double rowHeight(FxRobot robot, FieldComparison.Row item) {
        return onFx(() -> robot.lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getItem() == item).findFirst().orElseThrow().getHeight());
    }

    @Test
    void aLongMismatchWrapsToItsColumnInAFewLines(FxRobot robot) {
        until("the address row is laid out", () -> robot.lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                .anyMatch(r -> r.getItem() == ADDRESS && r.getHeight() > 0));
        double line = rowHeight(robot, NAME);
        double address = rowHeight(robot, ADDRESS);
        assertThat(address).as("wrapped onto more than one line (%s vs %s)", address, line).isGreaterThan(line * 1.4);
        assertThat(address).as("but a few lines, not a character per line (%s vs %s)", address, line).isLessThan(line * 4);
        TextFlow flow = onFx(() -> robot.lookup(".table-row-cell TextFlow").queryAs(TextFlow.class));
        assertThat(onFx(flow::getWidth)).isLessThanOrEqualTo(onFx(read::getWidth));

        assertThat(onFx(() -> robot.lookup(".table-cell").queryAllAs(javafx.scene.control.TableCell.class).stream()
                .anyMatch(c -> c.getTooltip() != null && ADDRESS.read().equals(c.getTooltip().getText()))))
                .as("the whole reading in a tooltip").isTrue();

        // A wider column: the same reading takes fewer lines.
        onFx(() -> {
            read.setPrefWidth(380);
            return null;
        });
        until("the row shrinks as the column widens", () -> robot.lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                .anyMatch(r -> r.getItem() == ADDRESS && r.getHeight() < address));
    }
}
