package org.icpdesk.order.ui;

import java.time.Clock;
import java.time.ZoneId;
import org.icpdesk.order.domain.WorkingDays;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Parent;
import org.icpdesk.i18n.Messages;
import org.icpdesk.order.service.OrderQueue;
import org.icpdesk.ui.ViewLoader;
import org.icpdesk.ui.shell.MainView;
import org.icpdesk.ui.task.TaskRunner;

/**
 * The review queue as the shell's main view. The composition root plugs it in:
 * {@code new QueueScreen(orderQueue, tasks)}. Its state lives in the {@link QueueViewModel} and survives a
 * rebuild in another language.
 */
public final class QueueScreen implements MainView {
    private final QueueViewModel viewModel;
    private final ZoneId zone;
    private final WorkingDays workingDays;
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private boolean started;

    public QueueScreen(OrderQueue queue, TaskRunner tasks) {
        this(new QueueViewModel(queue, tasks), ZoneId.systemDefault(), WorkingDays.WEEKDAYS);
    }

    /** {@code workingDays} counts the time left before each deadline (the rules' calendar in the window). */
    public QueueScreen(OrderQueue queue, TaskRunner tasks, Clock clock, WorkingDays workingDays) {
        this(new QueueViewModel(queue, tasks, clock, workingDays), clock.getZone(), workingDays);
    }

    QueueScreen(QueueViewModel viewModel, ZoneId zone) {
        this(viewModel, zone, WorkingDays.WEEKDAYS);
    }

    QueueScreen(QueueViewModel viewModel, ZoneId zone, WorkingDays workingDays) {
        this.viewModel = viewModel;
        this.zone = zone;
        this.workingDays = workingDays;
    }

    public QueueViewModel viewModel() {
        return viewModel;
    }

    @Override
    public Parent build(Messages messages) {
        QueueController controller = new QueueController(viewModel, messages, new QueueLabels(messages, zone, workingDays));
        Parent root = ViewLoader.load(QueueController.class, controller, messages.bundle()).root();
        root.getStylesheets().add(QueueScreen.class.getResource("queue.css").toExternalForm());
        summary.bind(Bindings.createStringBinding(() -> summary(messages),
                viewModel.shownProperty(), viewModel.totalProperty(), viewModel.failureProperty(), viewModel.countCappedProperty()));
        if (!started) {
            started = true;
            viewModel.refresh();
        }
        return root;
    }

    @Override
    public void refresh() {
        viewModel.refresh();
    }

    @Override
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    private String summary(Messages messages) {
        if (viewModel.failureProperty().get() != null) {
            return messages.get("ui.queue.summary.failed");
        }
        long shown = viewModel.shownProperty().get();
        long total = viewModel.totalProperty().get();
        if (shown < 0) {
            return messages.get("ui.queue.summary.counting");
        }
        return messages.get(viewModel.countCappedProperty().get() ? "ui.queue.summary.capped" : "ui.queue.summary", shown, total);
    }
}
