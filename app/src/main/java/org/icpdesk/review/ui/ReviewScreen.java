package org.icpdesk.review.ui;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.StackPane;
import org.icpdesk.i18n.Messages;
import org.icpdesk.order.ui.QueueScreen;
import org.icpdesk.ui.ViewLoader;
import org.icpdesk.ui.shell.MainView;
import org.icpdesk.ui.task.TaskRunner;

/**
 * The review workspace as the shell's main view: the queue, and the order view over it while an order is open
 * (Enter or double-click in the queue opens one, Esc goes back). Only the shown one is in the scene, so the order
 * view's accelerators live exactly while it is shown.
 */
public final class ReviewScreen implements MainView {
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
        Parent orderRoot = ViewLoader.load(OrderReviewController.class, new OrderReviewController(order, tasks, messages),
                messages.bundle()).root();
        orderRoot.getStylesheets().add(ReviewScreen.class.getResource("review.css").toExternalForm());
        order.showingProperty().subscribe(showing -> {
            Node shown = showing ? orderRoot : queueRoot;
            root.getChildren().setAll(shown);
            if (!showing) {
                Node table = queueRoot.lookup(".table-view");
                (table != null ? table : queueRoot).requestFocus();
            }
        });
        return root;
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
