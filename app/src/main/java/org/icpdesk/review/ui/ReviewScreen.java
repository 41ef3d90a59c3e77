package org.icpdesk.review.ui;

import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import org.icpdesk.i18n.Messages;
import org.icpdesk.order.ui.QueueScreen;
import org.icpdesk.ui.ViewLoader;
import org.icpdesk.ui.shell.MainView;
import org.icpdesk.ui.task.TaskRunner;

/**
 * The review workspace as the shell's main view: the queue, and the order view over it while an order is open
 * (Enter or double-click in the queue opens one, Esc goes back). Only the shown one is in the scene, so the order
 * view's accelerators live exactly while it is shown. In both: Ctrl+Shift+E exports the decisions; the shell's F1 overlay lists the keys.
 */
public final class ReviewScreen implements MainView {
    static final KeyCombination EXPORT = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    private final QueueScreen queue;
    private final OrderReviewViewModel order;
    private final TaskRunner tasks;
    private final StackPane root = new StackPane();

    public ReviewScreen(QueueScreen queue, OrderReviewViewModel order, TaskRunner tasks) {
        this.queue = queue;
        this.order = order;
        this.tasks = tasks;
        root.getStyleClass().add("review-workspace");
        queue.viewModel().setOnOpen(row -> order.open(row.orderId()));
        order.setOnClosed(queue::refresh);
    }

    public OrderReviewViewModel orderViewModel() {
        return order;
    }

    @Override
    public Parent build(Messages messages) {
        order.setMessages(messages);
        Parent queueRoot = queue.build(messages);
        // The order view is built after the window's first frame, not before it: once the queue has its first rows
        // (or when an order shows first, --open).
        Parent[] orderRoot = new Parent[1];
        Runnable buildOrderView = () -> {
            if (orderRoot[0] == null) {
                orderRoot[0] = ViewLoader.load(OrderReviewController.class, new OrderReviewController(order, tasks, messages),
                        messages.bundle()).root();
                orderRoot[0].getStylesheets().add(ReviewScreen.class.getResource("review.css").toExternalForm());
            }
        };
        queue.summaryProperty().addListener(new javafx.beans.value.ChangeListener<String>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends String> obs, String was, String now) {
                obs.removeListener(this);
                javafx.application.Platform.runLater(buildOrderView);
            }
        });
        root.setOnKeyPressed(event -> {
            if (EXPORT.match(event)) {
                event.consume();
                export(messages);
            }
        });
        order.showingProperty().subscribe(showing -> {
            if (showing) {
                buildOrderView.run();
            }
            Node shown = showing ? orderRoot[0] : queueRoot;
            root.getChildren().setAll(shown);
            if (!showing) {
                Node table = queueRoot.lookup(".table-view");
                (table != null ? table : queueRoot).requestFocus();
            }
        });
        return root;
    }

    private void export(Messages messages) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("ui.review.export.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("ui.review.export.filter"), "*.zip"));
        chooser.setInitialFileName("decisions.zip");
        java.io.File file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file != null) {
            order.exportDecisions(file.toPath());
        }
    }

    @Override
    public List<Map.Entry<String, String>> shortcuts(Messages messages) {
        return List.of(
                Map.entry(messages.get("ui.review.key.enter"), messages.get("ui.review.key.open")),
                Map.entry(OrderReviewController.APPROVE.getDisplayText(), messages.get("ui.review.approve")),
                Map.entry(OrderReviewController.REJECT.getDisplayText(), messages.get("ui.review.reject")),
                Map.entry(OrderReviewController.EDIT.getDisplayText(), messages.get("ui.review.edit")),
                Map.entry(OrderReviewController.UNDO.getDisplayText(), messages.get("ui.review.undo")),
                Map.entry(OrderReviewController.BACK.getDisplayText(), messages.get("ui.review.back")),
                Map.entry("+ \u2212 0 1 R", messages.get("ui.review.key.image")),
                Map.entry("\u2190 \u2192 B", messages.get("ui.review.key.adjust")),
                Map.entry(EXPORT.getDisplayText(), messages.get("ui.review.export.title")));
    }

    @Override
    public void refresh() {
        queue.refresh();
    }

    @Override
    public ReadOnlyStringProperty summaryProperty() {
        return queue.summaryProperty();
    }
}
