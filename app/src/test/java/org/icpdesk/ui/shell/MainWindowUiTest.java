package org.icpdesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.icpdesk.ui.FxWait.closeWindow;
import static org.icpdesk.ui.FxWait.onFx;
import static org.icpdesk.ui.FxWait.until;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.icpdesk.i18n.Messages;
import org.icpdesk.i18n.UserFacingException;
import org.icpdesk.i18n.UserMessage;
import org.icpdesk.order.domain.OrderStatus;
import org.icpdesk.order.service.FakeOrderQueue;
import org.icpdesk.order.service.QueueQuery;
import org.icpdesk.order.service.QueueRow;
import org.icpdesk.order.service.QueueSort;
import org.icpdesk.order.service.RecordingOrderQueue;
import org.icpdesk.ui.dialog.ScriptedDialogs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The real main window over a queue of 1,000 orders, driven by mouse and keyboard (STYLE P13). */
@ExtendWith(ApplicationExtension.class)
@SuppressWarnings("unchecked")
class MainWindowUiTest {
    @TempDir Path dir;
    FakeOrderQueue orders;
    RecordingOrderQueue queue;
    TestShellServices services;
    ScriptedDialogs dialogs = new ScriptedDialogs();
    Stage stage;
    ShellRobot shell;

    @Start
    void start(Stage primary) {
        orders = FakeOrderQueue.withOrders(1_000);   // integration: the real store's OrderQueue goes here
        queue = new RecordingOrderQueue(orders);
        services = new TestShellServices(queue, dir);
        stage = new Stage();
        new MainApp(services, (owner, messages) -> dialogs).start(stage);
    }

    @AfterEach
    void close() {
        closeWindow(stage, services);
    }

    private void shown(FxRobot robot) {
        shell = new ShellRobot(robot, stage);
        TableView<QueueRow> table = shell.table();
        until("the first page is shown", () -> table.getItems().size() > 0 && table.getItems().get(0) != null);
    }

    @Test
    void showsTheOrdersOfTheStorePageByPage(FxRobot robot) {
        shown(robot);
        assertThat(onFx(() -> shell.table().getItems().size())).isEqualTo(1_000);
        assertThat(shell.row(0).orderId()).isEqualTo(queue.firstRow(QueueQuery.all()).orderId());
        assertThat(shell.label("status-summary")).isEqualTo("1,000 of 1,000 orders");
        assertThat(shell.label("status-store")).isEqualTo("Store: " + services.storeLocation());
        assertThat(onFx(stage::getTitle)).isEqualTo("ICP Desk");
        assertThat(queue.served()).as("rows read from the store").isLessThan(1_000);
        assertThat(queue.largestPage()).isLessThanOrEqualTo(200);
    }

    @Test
    void clickingAHeaderSortsInTheStore(FxRobot robot) {
        shown(robot);
        robot.clickOn(shell.header("subjectColumn"));
        QueueQuery bySubject = new QueueQuery(Set.of(), null, null, null, null, QueueSort.SUBJECT, true);
        until("the rows come sorted by subject", () -> firstRowIs(bySubject));
        assertThat(queue.lastQuery().sort()).isEqualTo(QueueSort.SUBJECT);
        assertThat(queue.lastQuery().ascending()).isTrue();

        robot.clickOn(shell.header("subjectColumn"));
        QueueQuery bySubjectDown = new QueueQuery(Set.of(), null, null, null, null, QueueSort.SUBJECT, false);
        until("the rows come sorted by subject, descending", () -> firstRowIs(bySubjectDown));
        assertThat(queue.lastQuery()).isEqualTo(bySubjectDown);
        assertThat(onFx(() -> shell.table().getItems().size())).isEqualTo(1_000);
    }

    @Test
    void theSubjectKindAndAgeColumnsSortToo(FxRobot robot) {
        shown(robot);
        robot.clickOn(shell.header("kindColumn"));
        until("the rows come sorted by subject kind", () -> queue.lastQuery().sort() == QueueSort.KIND
                && shell.table().getItems().get(0) != null);
        assertThat(queue.lastQuery().ascending()).isTrue();
        // Age ascending (fewest working days first) asks the store for the latest submitted first.
        robot.clickOn(shell.header("ageColumn"));
        until("the rows come sorted by age", () -> queue.lastQuery().sort() == QueueSort.SUBMITTED
                && shell.table().getItems().get(0) != null);
        assertThat(queue.lastQuery().ascending()).isFalse();
        assertThat(onFx(() -> shell.table().getSortOrder().get(0).getId())).isEqualTo("ageColumn");
    }

    @Test
    void filtersByStatusAndText(FxRobot robot) {
        shown(robot);
        ChoiceBox<?> status = robot.lookup("#statusChoice").queryAs(ChoiceBox.class);
        robot.interact(() -> status.getSelectionModel().select(OrderStatus.REJECTED.ordinal() + 1));
        until("only rejected orders are shown", () -> shell.table().getItems().size() == 100);
        assertThat(queue.lastQuery().statuses()).containsExactly(OrderStatus.REJECTED);
        assertThat(shell.label("status-summary")).isEqualTo("100 of 1,000 orders");

        robot.clickOn("#searchField").write("000019");
        until("the search is applied", () -> "000019".equals(queue.lastQuery().text())
                && shell.table().getItems().size() == 1);
        assertThat(shell.row(0).orderId()).isEqualTo("ICP20261101000019");
    }

    @Test
    void filtersByProvinceTypeAndSubjectKindInTheStore(FxRobot robot) {
        shown(robot);
        ChoiceBox<?> province = robot.lookup("#provinceChoice").queryAs(ChoiceBox.class);
        assertThat(onFx(() -> ((ChoiceBox<String>) province).getConverter().toString("44")))
                .isEqualTo("Guangdong");
        robot.interact(() -> ((ChoiceBox<String>) province).setValue("44"));
        until("only Guangdong orders are shown", () -> shell.table().getItems().size() == 91);
        assertThat(queue.lastQuery().province()).isEqualTo("44");
        assertThat(shell.label("status-summary")).isEqualTo("91 of 1,000 orders");

        ChoiceBox<?> type = robot.lookup("#typeChoice").queryAs(ChoiceBox.class);
        robot.interact(() -> ((ChoiceBox<String>) type).setValue("new-filing"));
        until("new filings in Guangdong are shown", () -> shell.table().getItems().size() == 10);

        ChoiceBox<?> kind = robot.lookup("#kindChoice").queryAs(ChoiceBox.class);
        robot.interact(() -> ((ChoiceBox<String>) kind).setValue("individual"));
        // k % 110 == 0 and k % 4 == 3: none among 0..999 (k is even)
        until("no individual among them", () -> shell.table().getItems().isEmpty());
        assertThat(queue.queries()).as("the store was asked for the three filters at once")
                .anySatisfy(query -> assertThat(query).extracting(QueueQuery::province, QueueQuery::type, QueueQuery::subjectKind)
                        .containsExactly("44", "new-filing", "individual"));

        robot.interact(() -> ((ChoiceBox<String>) kind).getSelectionModel().select(0));
        until("any subject kind again", () -> shell.table().getItems().size() == 10 && queue.lastQuery().subjectKind() == null);
    }

    @Test
    void chineseFromTheLanguageMenuRelabelsTheWindowAndIsRemembered(FxRobot robot) {
        shown(robot);
        robot.clickOn(shell.header("subjectColumn"));
        until("sorted by subject", () -> queue.lastQuery().sort() == QueueSort.SUBJECT);

        shell.clickMenu("_View", "_Language", "中文");

        until("the menus are in Chinese", () -> shell.menuTexts().get(0).equals("文件(_F)"));
        assertThat(shell.menuTexts()).containsExactly("文件(_F)", "视图(_V)", "帮助(_H)");
        assertThat(onFx(stage::getTitle)).isEqualTo("ICP 备案初审台");
        assertThat(shell.headerText("idColumn")).isEqualTo("订单号");
        until("the summary is in Chinese", () -> shell.label("status-summary").equals("显示 1,000 条，共 1,000 条订单"));
        until("a status reads in Chinese", () -> shell.table().getItems().get(0) != null);
        assertThat(onFx(() -> shell.table().getColumns().get(6).getCellObservableValue(0).getValue())).isIn("待审核", "已通过", "已驳回");
        assertThat(onFx(() -> shell.table().getSortOrder().get(0).getId())).as("the sort survives").isEqualTo("subjectColumn");
        until("the choice is saved", () -> ShellSettings.load(services.settingsFile).language()
                .equals(Optional.of(Locale.SIMPLIFIED_CHINESE)));

        TestShellServices nextRun = new TestShellServices(queue, dir);
        nextRun.requestedLanguage = Optional.empty();
        Stage next = onFx(() -> {
            Stage window = new Stage();
            new MainApp(nextRun, (owner, messages) -> dialogs).start(window);
            return window;
        });
        try {
            assertThat(new ShellRobot(robot, next).menuTexts()).as("the next start, without --lang")
                    .containsExactly("文件(_F)", "视图(_V)", "帮助(_H)");
        } finally {
            onFx(() -> {
                next.hide();
                return null;
            });
            nextRun.close();
        }

        shell.clickMenu("视图(_V)", "语言(_L)", "English");
        until("the menus are in English", () -> shell.menuTexts().get(0).equals("_File"));
    }

    @Test
    void importsABundleChosenWithCtrlI(FxRobot robot) {
        shown(robot);
        Path bundle = dir.resolve("orders-2026-11-22.zip");
        dialogs.bundles.add(Optional.of(bundle));
        services.bundleImport = (chosen, progress) -> {
            assertThat(chosen).isEqualTo(bundle);
            progress.report(UserMessage.of("ui.import.running", chosen.getFileName().toString()), 1, 2);
            orders.add(25);
            return UserMessage.of("ui.import.done", chosen.getFileName().toString(), 25, 0, 0, 0);
        };

        robot.push(new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN));

        until("the import is reported", () -> shell.label("status-task").startsWith("orders-2026-11-22.zip imported"));
        assertThat(shell.label("status-task"))
                .isEqualTo("orders-2026-11-22.zip imported: 25 added, 0 updated, 0 unchanged, 0 conflicts");
        until("the queue shows the new orders", () -> shell.table().getItems().size() == 1_025);
        assertThat(shell.label("status-summary")).isEqualTo("1,025 of 1,025 orders");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aRejectedImportIsShownInAnErrorDialog(FxRobot robot) {
        shown(robot);
        dialogs.bundles.add(Optional.of(dir.resolve("broken.zip")));
        UserMessage why = UserMessage.of("store.error.locked", "/data/icpdesk");
        services.bundleImport = (chosen, progress) -> {
            throw new UserFacingException(why);
        };

        shell.clickMenu("_File", "_Import bundle...");

        until("the failure is reported", () -> !dialogs.errors.isEmpty());
        assertThat(dialogs.errors).containsExactly(new Messages(Locale.ENGLISH).format(why));
        assertThat(shell.label("status-task")).isEqualTo("Import of broken.zip failed");
        assertThat(onFx(() -> services.tasks.isIdle())).isTrue();
    }

    @Test
    void cancellingTheFileChooserImportsNothing(FxRobot robot) {
        shown(robot);
        robot.push(new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN));
        robot.push(KeyCode.F5);
        until("refreshed", () -> services.tasks.isIdle() && shell.table().getItems().get(0) != null);
        assertThat(dialogs.errors).isEmpty();
        assertThat(shell.label("status-task")).isEmpty();
    }

    @Test
    void f1ListsTheShortcutsAndEscapeClosesThem(FxRobot robot) {
        shown(robot);
        robot.push(KeyCode.F1);
        until("the overlay is shown", () -> stage.getScene().lookup("#shortcutsOverlay") != null);
        assertThat(onFx(() -> robot.from(stage.getScene().lookup("#shortcutsOverlay")).lookup(".shortcut-key")
                .queryAllAs(javafx.scene.control.Label.class).stream().map(javafx.scene.control.Label::getText).toList()))
                .containsExactly("Ctrl+I", "Ctrl+Q", "F5", "F1");
        robot.push(KeyCode.ESCAPE);
        until("the overlay is gone", () -> stage.getScene().lookup("#shortcutsOverlay") == null);
    }

    @Test
    void aboutShowsTheProgramName(FxRobot robot) {
        shown(robot);
        shell.clickMenu("_Help", "_About ICP Desk");
        until("the about text is shown", () -> !dialogs.informations.isEmpty());
        assertThat(dialogs.informations.get(0)).startsWith("ICP Desk ");
    }

    @Test
    void exportIsShownAsNotYetAvailable(FxRobot robot) {
        shown(robot);
        javafx.scene.control.MenuItem export = onFx(() -> shell.menuBar().getMenus().get(0).getItems().get(1));
        assertThat(export).isInstanceOf(javafx.scene.control.CustomMenuItem.class);
        assertThat(export.getOnAction()).isNull();
        javafx.scene.control.Label label = (javafx.scene.control.Label) ((javafx.scene.control.CustomMenuItem) export).getContent();
        assertThat(label.getText()).isEqualTo("Export decisions...");
        assertThat(label.getTooltip().getText()).startsWith("Exporting decisions comes with the decision workflow");
        assertThat(label.getStyleClass()).contains("unavailable-item");
    }

    private boolean firstRowIs(QueueQuery query) {
        QueueRow first = shell.table().getItems().isEmpty() ? null : shell.table().getItems().get(0);
        QueueRow expected = queue.firstRow(query);
        return first != null && first.equals(expected) && query.equals(queue.lastQuery());
    }
}
