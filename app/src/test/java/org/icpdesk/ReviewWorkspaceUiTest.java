package org.icpdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.icpdesk.ui.FxWait.onFx;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.icpdesk.testing.DecisionBundles;
import org.icpdesk.order.domain.Order;
import org.icpdesk.order.domain.OrderStatus;
import org.icpdesk.order.service.QueueQuery;
import org.icpdesk.order.service.QueueRow;
import org.icpdesk.review.domain.Decision;
import org.icpdesk.review.domain.Outcome;
import org.icpdesk.review.service.DecisionExporter;
import org.icpdesk.rules.domain.Finding;
import org.icpdesk.rules.domain.OcrReadings;
import org.icpdesk.rules.domain.Severity;
import org.icpdesk.rules.service.RulesService;
import org.icpdesk.security.domain.Actor;
import org.icpdesk.security.domain.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The review workspace in the real window on a demo store, driven by the keyboard: open the first order from the
 * queue, approve a clean order with one key, see the findings of the next one and reject it with the suggested reason,
 * see an assisted edit refused on a non-consenting order and made on a consenting one, undo, and export the decisions.
 * The setup decides, through the service, every order the scenario does not use, so the queue holds exactly
 * clean → with findings → non-consenting → consenting.
 */
@ExtendWith(ApplicationExtension.class)
class ReviewWorkspaceUiTest {
    @TempDir
    static Path dir;
    DeskWindowFixture window;
    String clean;
    String flawed;
    String suggested;
    String refusing;
    String consenting;
    boolean refusingHasFindings;
    final Actor setup = new Actor("setup", Role.SUPERVISOR);

    @Start
    void start(Stage primary) throws Exception {
        DeskWindowFixture.demoStore(dir, 2026, 30);
        RulesService rules = RulesService.standard();
        try (AppContext app = AppContext.open(DeskWindowFixture.store(dir), null, Clock.systemUTC())) {
            List<QueueRow> queue = app.orders().page(QueueQuery.all(), 0, 100);
            List<String> keep = new ArrayList<>();
            for (QueueRow row : queue) {
                Order o = app.orders().find(row.orderId()).orElseThrow();
                List<Finding> findings = rules.check(o, LocalDate.now(), OcrReadings.none());
                Optional<Finding> reason = findings.stream().filter(f -> f.severity() != Severity.INFO)
                        .filter(f -> rules.catalogue().reason(f.code()).isPresent()).findFirst();
                if (clean == null) {
                    if (findings.isEmpty()) {
                        clean = o.id();
                        keep.add(o.id());
                    }
                } else if (flawed == null) {
                    if (reason.isPresent()) {
                        flawed = o.id();
                        suggested = reason.get().code();
                        keep.add(o.id());
                    }
                } else if (refusing == null) {
                    if (!o.consentsToAssistedEdit() && (findings.isEmpty() || reason.isPresent())) {
                        refusing = o.id();
                        refusingHasFindings = !findings.isEmpty();
                        keep.add(o.id());
                    }
                } else if (consenting == null && o.consentsToAssistedEdit() && !app.reviews().editableFields(o).isEmpty()) {
                    consenting = o.id();
                    keep.add(o.id());
                }
            }
            assertThat(List.of(String.valueOf(clean), String.valueOf(flawed), String.valueOf(refusing), String.valueOf(consenting)))
                    .as("the demo store has the orders the scenario needs").doesNotContain("null");
            for (QueueRow row : queue) {
                if (!keep.contains(row.orderId())) {
                    app.reviews().approve(setup, row.orderId(), row.version());
                }
            }
            app.decisionExporter().export(setup, dir.resolve("setup.zip"), null);
        }
        window = DeskWindowFixture.open(dir, Locale.ENGLISH, new Actor("reviewer01", Role.REVIEWER));
    }

    @AfterEach
    void close() {
        window.close();
    }

    void idle() throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> window.services.tasks().isIdle()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    void until(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(condition::getAsBoolean));
    }

    String shownOrder(FxRobot robot) {
        return onFx(() -> {
            Node label = robot.lookup("#orderIdLabel").tryQuery().orElse(null);
            return label != null && label.getScene() != null ? ((Label) label).getText() : "";
        });
    }

    List<Decision> decisions(String orderId) {
        return window.services.context().reviews().decisions(orderId);
    }

    List<String> auditActions(String orderId) {
        return window.services.context().store().read(tx -> org.icpdesk.store.JdbiTx.handle(tx)
                .createQuery("SELECT action FROM audit_event WHERE order_id = :id ORDER BY seq").bind("id", orderId)
                .mapTo(String.class).list());
    }

    @Test
    @SuppressWarnings("unchecked")
    void reviewByKeyboard(FxRobot robot) throws Exception {
        TableView<QueueRow> table = robot.lookup(".table-view").queryAs(TableView.class);
        until(() -> !table.getItems().isEmpty() && table.getItems().get(0) != null);
        // Pending orders sort first by submission time: the first row of the queue filtered to pending.
        robot.clickOn(table);
        onFx(() -> {
            table.getSelectionModel().clearSelection();
            return null;
        });
        int firstPending = onFx(() -> {
            for (int i = 0; i < table.getItems().size(); i++) {
                if (table.getItems().get(i).status() == OrderStatus.PENDING) {
                    return i;
                }
            }
            return -1;
        });
        assertThat(firstPending).isNotNegative();
        onFx(() -> {
            table.getSelectionModel().select(firstPending);
            table.requestFocus();
            return null;
        });

        // Open the first order with Enter: the clean one.
        robot.type(KeyCode.ENTER);
        until(() -> shownOrder(robot).contains(clean));
        idle();
        ListView<Finding> findings = robot.lookup("#findingsList").queryAs(ListView.class);
        assertThat(onFx(() -> findings.getItems().size())).isZero();

        // Approve with one key; the next order opens by itself.
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        until(() -> shownOrder(robot).contains(flawed));
        idle();
        assertThat(decisions(clean)).singleElement().satisfies(d -> {
            assertThat(d.outcome()).isEqualTo(Outcome.APPROVED);
            assertThat(d.actor()).isEqualTo("reviewer01");
        });

        // The findings of the next order show, with their severity.
        assertThat(onFx(() -> findings.getItems().stream().map(Finding::code).toList())).contains(suggested);
        assertThat(onFx(() -> robot.lookup("#findingsList .severity-error").tryQuery().isPresent()
                || robot.lookup("#findingsList .severity-warning").tryQuery().isPresent())).isTrue();

        // Ctrl+R, Enter: rejected with the suggested reason.
        robot.press(KeyCode.CONTROL).type(KeyCode.R).release(KeyCode.CONTROL);
        until(() -> robot.lookup("#reasonList").tryQuery().map(Node::isFocused).orElse(false));
        robot.type(KeyCode.ENTER);
        until(() -> shownOrder(robot).contains(refusing));
        idle();
        assertThat(decisions(flawed)).singleElement().satisfies(d -> {
            assertThat(d.outcome()).isEqualTo(Outcome.REJECTED);
            assertThat(d.reasons()).extracting(r -> r.code()).contains(suggested);
            assertThat(d.reasons().get(0).note()).isNotBlank();
        });
        assertThat(auditActions(flawed)).contains("decision.rejected");

        // Assisted edit refused on a non-consenting order: nothing decided.
        robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ENTER); // closes the refusal
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(decisions(refusing)).isEmpty();
        assertThat(robot.lookup("#statusLabel").queryAs(Label.class).getText()).contains("consent");

        // Decide it (clean: approve with one key; else reject with the suggested reason) and the consenting order opens.
        if (refusingHasFindings) {
            robot.press(KeyCode.CONTROL).type(KeyCode.R).release(KeyCode.CONTROL);
            until(() -> robot.lookup("#reasonList").tryQuery().map(Node::isFocused).orElse(false));
            robot.type(KeyCode.ENTER);
        } else {
            robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        }
        until(() -> shownOrder(robot).contains(consenting));
        idle();
        robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        until(() -> robot.lookup("#editAfter").tryQuery().map(Node::isFocused).orElse(false));
        robot.type(KeyCode.END, KeyCode.DIGIT1);
        robot.type(KeyCode.ENTER);
        until(() -> !decisions(consenting).isEmpty());
        idle();
        Decision edited = decisions(consenting).get(0);
        assertThat(edited.outcome()).isEqualTo(Outcome.APPROVED);
        assertThat(edited.edits()).singleElement().satisfies(e -> {
            assertThat(e.after()).isEqualTo(e.before() + "1");
            assertThat(e.consent()).isTrue();
            assertThat(e.materialId()).isNotBlank();
        });

        // Nothing pending is left: back in the queue.
        until(() -> robot.lookup("#orderIdLabel").tryQuery().map(n -> n.getScene() == null).orElse(true));

        // F1 lists the workspace's keys beside the menu accelerators.
        robot.type(KeyCode.F1);
        until(() -> robot.lookup("#shortcutsOverlay").tryQuery().isPresent());
        assertThat(onFx(() -> robot.lookup("#shortcutsOverlay .label").queryAllAs(Label.class).stream().map(Label::getText).toList()))
                .contains("Reject\u2026 (Ctrl+R)", "Approve (Ctrl+Enter)");
        robot.type(KeyCode.ESCAPE);

        // Export and read the bundle back.
        Path out = dir.resolve("decisions.zip");
        DecisionExporter.ExportResult result = window.services.context().decisionExporter().export(new Actor("reviewer01", Role.REVIEWER), out, null);
        assertThat(result.orderIds()).containsExactlyInAnyOrder(clean, flawed, refusing, consenting);
        var bundle = DecisionBundles.read(out);
        assertThat(bundle.get(flawed).get("outcome").asText()).isEqualTo("rejected");
        assertThat(bundle.get(flawed).get("reasons").get(0).get("code").asText()).isEqualTo(suggested);
        assertThat(bundle.get(consenting).get("edits").get(0).get("consent").asBoolean()).isTrue();
        assertThat(bundle.get(clean).get("reviewer").asText()).isEqualTo("reviewer01");
    }
}
