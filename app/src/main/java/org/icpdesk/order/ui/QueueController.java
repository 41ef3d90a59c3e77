package org.icpdesk.order.ui;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.css.PseudoClass;
import javafx.scene.control.TextField;
import javafx.util.Duration;
import javafx.util.StringConverter;
import javafx.util.Subscription;
import org.icpdesk.i18n.Messages;
import org.icpdesk.order.domain.OrderStatus;
import org.icpdesk.order.service.DueFilter;
import org.icpdesk.order.service.FindingsFilter;
import org.icpdesk.order.service.QueueRow;
import org.icpdesk.order.service.QueueSort;
import org.icpdesk.ui.ViewLoader;

/** Binds the queue table and filter bar to {@link QueueViewModel}; header clicks become store queries. */
public final class QueueController implements ViewLoader.Live {
    private static final Duration SEARCH_DELAY = Duration.millis(300);
    private static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");
    private static final PseudoClass DUE_TODAY = PseudoClass.getPseudoClass("due-today");

    private final QueueViewModel viewModel;
    private final Messages messages;
    private final QueueLabels labels;
    private final Map<QueueSort, TableColumn<QueueRow, String>> sortColumns = new EnumMap<>(QueueSort.class);
    private final PauseTransition searchPause = new PauseTransition(SEARCH_DELAY);
    /** True until the table shows the view model's sort: its sort callbacks are not the user's clicks then. */
    private boolean restoringSort = true;

    @FXML private ChoiceBox<OrderStatus> statusChoice;
    @FXML private ChoiceBox<String> provinceChoice;
    @FXML private ChoiceBox<String> typeChoice;
    @FXML private ChoiceBox<String> kindChoice;
    @FXML private TextField searchField;
    @FXML private TableView<QueueRow> table;
    @FXML private TableColumn<QueueRow, String> idColumn;
    @FXML private TableColumn<QueueRow, String> subjectColumn;
    @FXML private TableColumn<QueueRow, String> provinceColumn;
    @FXML private TableColumn<QueueRow, String> typeColumn;
    @FXML private TableColumn<QueueRow, String> kindColumn;
    @FXML private TableColumn<QueueRow, String> submittedColumn;
    @FXML private TableColumn<QueueRow, String> statusColumn;
    @FXML private TableColumn<QueueRow, String> dueColumn;
    @FXML private TableColumn<QueueRow, String> ageColumn;
    @FXML private TableColumn<QueueRow, String> findingsColumn;
    @FXML private ChoiceBox<DueFilter> dueChoice;
    @FXML private ChoiceBox<FindingsFilter> findingsChoice;
    @FXML private ChoiceBox<Integer> ageChoice;
    @FXML private Label placeholder;

    public QueueController(QueueViewModel viewModel, Messages messages, QueueLabels labels) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.labels = labels;
    }

    public QueueViewModel getViewModel() {
        return viewModel;
    }

    @FXML
    private void initialize() {
        String loading = messages.get("ui.queue.row.loading");
        column(idColumn, QueueSort.ORDER_ID, row -> row == null ? loading : row.orderId());
        column(subjectColumn, QueueSort.SUBJECT, row -> row == null ? "" : row.subjectName());
        column(provinceColumn, QueueSort.PROVINCE, row -> row == null ? "" : labels.province(row.province()));
        column(typeColumn, QueueSort.TYPE, row -> row == null ? "" : labels.type(row.type()));
        column(kindColumn, QueueSort.KIND, row -> row == null ? "" : labels.subjectKind(row.subjectKind()));
        column(submittedColumn, QueueSort.SUBMITTED, row -> row == null ? "" : labels.submitted(row.submittedAt()));
        column(statusColumn, QueueSort.STATUS, row -> row == null ? "" : labels.status(row.status()));
        column(dueColumn, QueueSort.DUE, row -> row == null ? "" : labels.timeLeft(row, viewModel.now()));
        // The age orders as the submission time does (oldest = most working days), in the opposite direction.
        column(ageColumn, QueueSort.AGE, row -> row == null || row.submittedAt() == null ? "" : labels.age(viewModel.ageInWorkingDays(row.submittedAt())));
        column(findingsColumn, QueueSort.FINDINGS, row -> row == null ? "" : labels.findings(row));
        findingsChoice.getItems().setAll(FindingsFilter.values());
        findingsChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(FindingsFilter f) {
                return messages.get("ui.queue.filter.findings." + (f == null ? FindingsFilter.ANY : f).name().toLowerCase(java.util.Locale.ROOT));
            }

            @Override
            public FindingsFilter fromString(String text) {
                throw new UnsupportedOperationException();
            }
        });
        List<Integer> ages = new ArrayList<>();
        ages.add(null);
        ages.addAll(QueueViewModel.AGE_CHOICES);
        ageChoice.getItems().setAll(ages);
        ageChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer days) {
                return days == null ? messages.get("ui.queue.filter.age.any") : messages.get("ui.queue.filter.age.days", days);
            }

            @Override
            public Integer fromString(String text) {
                throw new UnsupportedOperationException();
            }
        });
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(QueueRow row, boolean empty) {
                super.updateItem(row, empty);
                QueueLabels.DueState state = empty ? QueueLabels.DueState.NONE : QueueLabels.dueState(row, viewModel.now());
                pseudoClassStateChanged(OVERDUE, state == QueueLabels.DueState.OVERDUE);
                pseudoClassStateChanged(DUE_TODAY, state == QueueLabels.DueState.TODAY);
            }
        });
        dueChoice.getItems().setAll(DueFilter.values());
        dueChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(DueFilter due) {
                return messages.get("ui.queue.filter.due." + (due == null ? DueFilter.ANY : due).name().toLowerCase(java.util.Locale.ROOT));
            }

            @Override
            public DueFilter fromString(String text) {
                throw new UnsupportedOperationException();
            }
        });
        table.setSortPolicy(t -> {
            if (!restoringSort) {
                sortChanged();
            }
            return true;
        });

        List<OrderStatus> choices = new ArrayList<>();
        choices.add(null);
        choices.addAll(List.of(OrderStatus.values()));
        statusChoice.getItems().setAll(choices);
        statusChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(OrderStatus status) {
                return status == null ? messages.get("ui.queue.filter.status.all") : labels.status(status);
            }

            @Override
            public OrderStatus fromString(String text) {
                throw new UnsupportedOperationException();
            }
        });
        codeChoice(provinceChoice, QueueLabels.PROVINCES, "ui.queue.filter.province.all", labels::province);
        codeChoice(typeChoice, QueueLabels.TYPES, "ui.queue.filter.type.all", labels::type);
        codeChoice(kindChoice, QueueLabels.SUBJECT_KINDS, "ui.queue.filter.subject-kind.all", labels::subjectKind);
        table.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == javafx.scene.input.KeyCode.ENTER) {
                viewModel.open(table.getSelectionModel().getSelectedItem());
                event.consume();
            }
        });
        table.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2) {
                viewModel.open(table.getSelectionModel().getSelectedItem());
            }
        });
        searchPause.setOnFinished(event -> viewModel.searchTextProperty().set(searchField.getText()));
        searchField.setOnAction(event -> {
            searchPause.stop();
            viewModel.searchTextProperty().set(searchField.getText());
        });
    }

    @Override
    public Subscription activate() {
        statusChoice.setValue(viewModel.statusFilterProperty().get());
        searchField.setText(viewModel.searchTextProperty().get());
        restoreSort();
        placeholder.textProperty().bind(Bindings.createStringBinding(this::placeholderText,
                viewModel.failureProperty(), viewModel.shownProperty()));
        provinceChoice.setValue(viewModel.provinceFilterProperty().get());
        typeChoice.setValue(viewModel.typeFilterProperty().get());
        kindChoice.setValue(viewModel.subjectKindFilterProperty().get());
        dueChoice.setValue(viewModel.dueFilterProperty().get());
        findingsChoice.setValue(viewModel.findingsFilterProperty().get());
        ageChoice.setValue(viewModel.minAgeFilterProperty().get());
        Subscription choice = Subscription.combine(
                statusChoice.valueProperty().subscribe(viewModel.statusFilterProperty()::set),
                provinceChoice.valueProperty().subscribe(viewModel.provinceFilterProperty()::set),
                typeChoice.valueProperty().subscribe(viewModel.typeFilterProperty()::set),
                kindChoice.valueProperty().subscribe(viewModel.subjectKindFilterProperty()::set),
                dueChoice.valueProperty().subscribe(viewModel.dueFilterProperty()::set),
                findingsChoice.valueProperty().subscribe(viewModel.findingsFilterProperty()::set),
                ageChoice.valueProperty().subscribe(viewModel.minAgeFilterProperty()::set));
        Subscription typing = searchField.textProperty().subscribe((before, now) -> searchPause.playFromStart());
        return Subscription.combine(choice, typing, () -> {
            searchPause.stop();
            placeholder.textProperty().unbind();
        });
    }

    /** A filter of codes shown by their localized names; the first choice (null) means any. */
    private void codeChoice(ChoiceBox<String> choice, List<String> codes, String allKey, Function<String, String> label) {
        List<String> items = new ArrayList<>();
        items.add(null);
        items.addAll(codes);
        choice.getItems().setAll(items);
        String all = messages.get(allKey);
        choice.setConverter(new StringConverter<>() {
            @Override
            public String toString(String code) {
                return code == null ? all : label.apply(code);
            }

            @Override
            public String fromString(String text) {
                throw new UnsupportedOperationException();
            }
        });
    }

    private void column(TableColumn<QueueRow, String> column, QueueSort sort, Function<QueueRow, String> text) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        if (sort == null) {
            column.setSortable(false);
        } else {
            column.setUserData(sort);
            sortColumns.put(sort, column);
        }
    }

    /** A header click: the first sort column (if any) becomes the store's ORDER BY. */
    private void sortChanged() {
        if (table.getSortOrder().isEmpty()) {
            viewModel.sortBy(null, true);
            return;
        }
        TableColumn<QueueRow, ?> first = table.getSortOrder().get(0);
        viewModel.sortBy((QueueSort) first.getUserData(), first.getSortType() == TableColumn.SortType.ASCENDING);
    }

    /**
     * Hands the rows to the table and shows the view model's sort in the header (again after a rebuild, e.g. a
     * language switch). Setting a table's items clears its sort order: neither may reach the view model.
     */
    private void restoreSort() {
        restoringSort = true;
        try {
            table.setItems(viewModel.rows());
            TableColumn<QueueRow, String> column = sortColumns.get(viewModel.getSort());
            column.setSortType(viewModel.isAscending() ? TableColumn.SortType.ASCENDING : TableColumn.SortType.DESCENDING);
            table.getSortOrder().setAll(List.of(column));
        } finally {
            restoringSort = false;
        }
    }

    private String placeholderText() {
        if (viewModel.failureProperty().get() != null) {
            return messages.get("ui.queue.failed", messages.describe(viewModel.failureProperty().get()));
        }
        return viewModel.shownProperty().get() == 0 ? messages.get("ui.queue.empty") : messages.get("ui.queue.loading");
    }
}
