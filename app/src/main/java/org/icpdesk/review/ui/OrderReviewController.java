package org.icpdesk.review.ui;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.ScrollEvent;
import javafx.util.Subscription;
import org.icpdesk.i18n.Messages;
import org.icpdesk.order.domain.Material;
import org.icpdesk.order.domain.Order;
import org.icpdesk.review.domain.FieldComparison;
import org.icpdesk.rules.domain.Finding;
import org.icpdesk.ui.ViewLoader;
import org.icpdesk.ui.task.TaskRunner;

/**
 * Binds the order view to {@link OrderReviewViewModel}: certificate viewer (thumbnails, zoom, pan, rotate: view only),
 * field table, findings, province prompts and the decision bar. Images decode in the background through the
 * {@link TaskRunner}. Accelerators: Ctrl+Enter approve, Ctrl+R reject, Ctrl+E assisted edit, Ctrl+Z undo, Esc back;
 * on the image: + - zoom, 0 fit, 1 actual size, R rotate.
 */
public final class OrderReviewController implements ViewLoader.Live {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(OrderReviewController.class);
    static final KeyCombination APPROVE = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination REJECT = new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination EDIT = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination BACK = new KeyCodeCombination(KeyCode.ESCAPE);
    private static final double THUMB = 96;

    private final OrderReviewViewModel viewModel;
    private final TaskRunner tasks;
    private final Messages messages;
    private final FieldLabels fieldLabels;
    private final boolean chinese;
    private final Map<String, Image> thumbs = new HashMap<>();
    /** Full images decoded ahead (the prefetched next order) or already shown, by order/version/material. */
    private final Map<String, Image> decoded = new HashMap<>();
    private double zoom = 1;
    private boolean fitMode = true;
    private String shownMaterial;

    @FXML private Button backButton;
    @FXML private Label orderIdLabel;
    @FXML private Label subjectLabel;
    @FXML private Label orderStatusLabel;
    @FXML private Label consentLabel;
    @FXML private ListView<Material> thumbnails;
    @FXML private ScrollPane imageScroll;
    @FXML private ImageView imageView;
    @FXML private javafx.scene.layout.Pane imageLayer;
    @FXML private javafx.scene.layout.Pane boxLayer;
    @FXML private Label imageMessage;
    @FXML private Label zoomLabel;
    @FXML private javafx.scene.control.Slider brightnessSlider;
    @FXML private javafx.scene.control.Slider contrastSlider;
    @FXML private TableView<FieldComparison.Row> fieldTable;
    @FXML private TableColumn<FieldComparison.Row, String> fieldColumn;
    @FXML private TableColumn<FieldComparison.Row, String> enteredColumn;
    @FXML private TableColumn<FieldComparison.Row, String> readColumn;
    @FXML private TableColumn<FieldComparison.Row, String> fieldStatusColumn;
    @FXML private ListView<Finding> findingsList;
    @FXML private ListView<String> historyList;
    @FXML private ListView<OrderReviewViewModel.Prompt> promptsList;
    @FXML private Button approveButton;
    @FXML private Button rejectButton;
    @FXML private Button editButton;
    @FXML private Button undoButton;
    @FXML private Label statusLabel;

    public OrderReviewController(OrderReviewViewModel viewModel, TaskRunner tasks, Messages messages) {
        this.viewModel = viewModel;
        this.tasks = tasks;
        this.messages = messages;
        this.fieldLabels = new FieldLabels(messages);
        this.chinese = "zh".equals(messages.locale().getLanguage());
    }

    public OrderReviewViewModel getViewModel() {
        return viewModel;
    }

    @FXML
    private void initialize() {
        thumbnails.setItems(viewModel.materials());
        thumbnails.setCellFactory(list -> new ThumbCell());
        thumbnails.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> showMaterial(now));

        fieldTable.setItems(viewModel.fields());
        fieldColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(fieldLabels.label(c.getValue().field())));
        enteredColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().entered()));
        readColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(read(c.getValue())));
        readColumn.setCellFactory(column -> new DiffCell());
        fieldStatusColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(status(c.getValue())));
        fieldTable.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> showFieldBox(now));
        fieldTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(FieldComparison.Row row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll("field-finding");
                if (!empty && row != null && hasFinding(row.field())) {
                    getStyleClass().add("field-finding");
                }
            }
        });
        fieldTable.setPlaceholder(new Label(messages.get("ui.review.fields.none")));
        viewModel.fields().addListener((javafx.collections.ListChangeListener<FieldComparison.Row>) c -> drawBoxes());

        findingsList.setItems(viewModel.findings());
        findingsList.setCellFactory(list -> new FindingCell());
        findingsList.setPlaceholder(new Label(messages.get("ui.review.findings.none")));
        historyList.setPlaceholder(new Label(messages.get("ui.review.history.none")));

        promptsList.setItems(viewModel.prompts());
        promptsList.setCellFactory(CheckBoxListCell.forListView(OrderReviewViewModel.Prompt::ticked,
                new javafx.util.StringConverter<>() {
                    @Override
                    public String toString(OrderReviewViewModel.Prompt p) {
                        return p == null ? "" : (chinese ? p.item().zh() : p.item().en());
                    }

                    @Override
                    public OrderReviewViewModel.Prompt fromString(String s) {
                        throw new UnsupportedOperationException();
                    }
                }));
        promptsList.setPlaceholder(new Label(messages.get("ui.review.prompts.none")));

        approveButton.disableProperty().bind(viewModel.decideDisabledProperty());
        rejectButton.disableProperty().bind(viewModel.decideDisabledProperty());
        editButton.disableProperty().bind(viewModel.decideDisabledProperty());
        undoButton.disableProperty().bind(viewModel.busyProperty());
        statusLabel.textProperty().bind(viewModel.statusProperty());
        orderIdLabel.textProperty().bind(Bindings.createStringBinding(() -> order() == null ? messages.get("ui.review.loading")
                : messages.get("ui.review.order", order().id(), order().version()), viewModel.orderProperty()));
        subjectLabel.textProperty().bind(Bindings.createStringBinding(() -> order() == null || order().subject() == null ? ""
                : order().subject().name(), viewModel.orderProperty()));
        orderStatusLabel.textProperty().bind(Bindings.createStringBinding(() -> viewModel.orderStatusProperty().get() == null ? ""
                : messages.get(viewModel.orderStatusProperty().get().key()), viewModel.orderStatusProperty()));
        viewModel.orderProperty().subscribe(o -> {
            consentLabel.getStyleClass().remove("no-consent");
            if (o != null && !o.consentsToAssistedEdit()) {
                consentLabel.getStyleClass().add("no-consent");
            }
        });
        consentLabel.textProperty().bind(Bindings.createStringBinding(() -> order() == null ? ""
                : messages.get(order().consentsToAssistedEdit() ? "ui.review.consent.yes" : "ui.review.consent.no"), viewModel.orderProperty()));

        // Brightness and contrast are an effect on the view: the image and the stored bytes never change.
        javafx.scene.effect.ColorAdjust adjust = new javafx.scene.effect.ColorAdjust();
        adjust.brightnessProperty().bind(viewModel.brightnessProperty());
        adjust.contrastProperty().bind(viewModel.contrastProperty());
        imageView.setEffect(adjust);
        brightnessSlider.valueProperty().bindBidirectional(viewModel.brightnessProperty());
        contrastSlider.valueProperty().bindBidirectional(viewModel.contrastProperty());
        imageScroll.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.isControlDown() || !e.isShiftDown()) {
                zoomBy(e.getDeltaY() > 0 ? 1.25 : 0.8);
                e.consume();
            }
        });
        imageScroll.addEventHandler(KeyEvent.KEY_PRESSED, this::imageKey);
        imageScroll.viewportBoundsProperty().addListener((obs, was, now) -> {
            if (fitMode) {
                fit();
            }
        });
    }

    @Override
    public Subscription activate() {
        Scene scene = orderIdLabel.getScene();
        Map<KeyCombination, Runnable> keys = Map.of(APPROVE, this::approve, REJECT, this::reject, EDIT, this::edit, UNDO, this::undo,
                BACK, this::back);
        scene.getAccelerators().putAll(keys);
        Subscription materials = Subscription.EMPTY;
        javafx.collections.ListChangeListener<Material> selectFirst = c -> {
            if (!viewModel.materials().isEmpty()) {
                thumbnails.getSelectionModel().select(0);
            }
            fieldTable.refresh();
        };
        viewModel.materials().addListener(selectFirst);
        if (!viewModel.materials().isEmpty()) {
            thumbnails.getSelectionModel().select(0);
        }
        Subscription focus = viewModel.orderProperty().subscribe(o -> {
            if (o != null && viewModel.inConflict()) {
                javafx.application.Platform.runLater(this::resolveConflict);
            }
            if (o != null) {
                fieldTable.refresh();
                findingsList.requestFocus();
                if (!viewModel.findings().isEmpty()) {
                    findingsList.getSelectionModel().select(0);
                }
            }
        });
        Subscription prefetch = viewModel.prefetchedProperty().subscribe(this::prefetchImages);
        HistoryLines historyLines = new HistoryLines(messages, java.time.ZoneId.systemDefault());
        Subscription history = viewModel.historyProperty().subscribe(h -> historyList.getItems().setAll(historyLines.lines(h)));
        return Subscription.combine(materials, focus, history, prefetch, () -> {
            viewModel.materials().removeListener(selectFirst);
            keys.keySet().forEach(scene.getAccelerators()::remove);
        });
    }

    private Order order() {
        return viewModel.orderProperty().get();
    }

    private boolean hasFinding(String field) {
        return viewModel.findings().stream().anyMatch(f -> f.fields().contains(field));
    }

    private String status(FieldComparison.Row row) {
        String text = messages.get("ui.review.field." + row.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        return row.corrected() ? text + " · " + messages.get("ui.review.field.corrected") : text;
    }

    /**
     * The read value with the characters the entered value does not have highlighted, and the confidence; the
     * accessible text is the plain value, so that screen readers and tests read what the cell says.
     */
    private final class DiffCell extends javafx.scene.control.TableCell<FieldComparison.Row, String> {
        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            FieldComparison.Row row = empty ? null : getTableRow() == null ? null : getTableRow().getItem();
            if (empty || row == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            if (row.read() == null || row.status() != FieldComparison.Status.MISMATCH) {
                setGraphic(null);
                setText(text);
                return;
            }
            javafx.scene.text.TextFlow flow = new javafx.scene.text.TextFlow();
            for (var segment : row.diff()) {
                javafx.scene.text.Text t = new javafx.scene.text.Text(segment.text());
                t.getStyleClass().add(segment.same() ? "diff-same" : "diff-changed");
                flow.getChildren().add(t);
            }
            if (row.confidence() != null) {
                javafx.scene.text.Text c = new javafx.scene.text.Text(" (" + Math.round(row.confidence() * 100) + "%)");
                c.getStyleClass().add("diff-same");
                flow.getChildren().add(c);
            }
            setText(null);
            setAccessibleText(text);
            setGraphic(flow);
        }
    }

    private String read(FieldComparison.Row row) {
        if (row.read() == null) {
            return messages.get(row.status() == FieldComparison.Status.NO_MATERIAL ? "ui.review.read.no-material" : "ui.review.read.not-yet");
        }
        return row.confidence() == null ? row.read() : messages.get("ui.review.read.value", row.read(), Math.round(row.confidence() * 100));
    }

    // --- viewer ---

    /**
     * The OCR boxes of the shown material's compared fields over the image, in image pixels times the zoom; the
     * selected field's box stands out. A click on a box selects its row.
     */
    private void drawBoxes() {
        boxLayer.getChildren().clear();
        Material shown = thumbnails.getSelectionModel().getSelectedItem();
        if (shown == null || imageView.getImage() == null) {
            return;
        }
        FieldComparison.Row selected = fieldTable.getSelectionModel().getSelectedItem();
        for (FieldComparison.Row row : viewModel.fields()) {
            var area = row.area();
            if (area == null || !shown.id().equals(row.material())) {
                continue;
            }
            javafx.scene.shape.Rectangle r = new javafx.scene.shape.Rectangle(area.x() * zoom, area.y() * zoom,
                    Math.max(1, area.width() * zoom), Math.max(1, area.height() * zoom));
            r.getStyleClass().addAll("ocr-box", "ocr-box-" + row.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            if (row == selected) {
                r.getStyleClass().add("ocr-box-selected");
            }
            r.setAccessibleText(fieldLabels.label(row.field()));
            r.setOnMouseClicked(e -> {
                fieldTable.getSelectionModel().select(row);
                fieldTable.scrollTo(row);
                e.consume();
            });
            javafx.scene.control.Tooltip.install(r, new javafx.scene.control.Tooltip(fieldLabels.label(row.field())));
            boxLayer.getChildren().add(r);
        }
    }

    /** Selecting a field row shows its certificate and its box. */
    private void showFieldBox(FieldComparison.Row row) {
        if (row != null && row.material() != null) {
            Material shown = thumbnails.getSelectionModel().getSelectedItem();
            if (shown == null || !shown.id().equals(row.material())) {
                viewModel.materials().stream().filter(m -> m.id().equals(row.material())).findFirst()
                        .ifPresent(m -> thumbnails.getSelectionModel().select(m));
                return; // the image loads, then the boxes are drawn
            }
        }
        drawBoxes();
    }

    private void showMaterial(Material m) {
        Order o = order();
        imageView.setImage(null);
        if (m == null || o == null) {
            imageMessage.setText("");
            shownMaterial = null;
            return;
        }
        String key = o.id() + "/" + o.version() + "/" + m.id();
        shownMaterial = key;
        imageMessage.setText(messages.get("ui.review.image.loading"));
        String orderId = o.id();
        Image ready = decoded.get(key);
        if (ready != null) {
            display(m, ready);
            return;
        }
        tasks.run(() -> new Image(new ByteArrayInputStream(viewModel.materialBytes(orderId, m.id()))), image -> {
            if (!image.isError()) {
                decoded.put(key, image);
            }
            if (!key.equals(shownMaterial)) {
                return;
            }
            display(m, image);
        }, failure -> imageMessage.setText(messages.describe(failure)));
    }

    private void display(Material m, Image image) {
        if (image.isError()) {
            imageMessage.setText(messages.get("ui.review.image.unreadable", m.id()));
            return;
        }
        imageMessage.setText("");
        imageView.setImage(image);
        imageLayer.setRotate(0);
        fitMode = true;
        fit();
    }

    /**
     * Decodes the images and thumbnails of the order "next" will open while the reviewer reads this one; only the open
     * and the prefetched order's images are kept.
     */
    private void prefetchImages(Order next) {
        Order open = order();
        java.util.function.Predicate<String> keep = key -> (open != null && key.startsWith(open.id() + "/" + open.version() + "/"))
                || (next != null && key.startsWith(next.id() + "/" + next.version() + "/"));
        decoded.keySet().removeIf(keep.negate());
        thumbs.keySet().removeIf(keep.negate());
        if (next == null) {
            return;
        }
        for (Material m : next.materials()) {
            String key = next.id() + "/" + next.version() + "/" + m.id();
            if (decoded.containsKey(key)) {
                continue;
            }
            tasks.run(() -> {
                byte[] bytes = viewModel.materialBytes(next.id(), m.id());
                return new Image[] {new Image(new ByteArrayInputStream(bytes)),
                        new Image(new ByteArrayInputStream(bytes), THUMB * 2, THUMB * 2, true, true)};
            }, images -> {
                if (viewModel.prefetchedProperty().get() == next) {
                    if (!images[0].isError()) {
                        decoded.put(key, images[0]);
                    }
                    thumbs.put(key, images[1]);
                }
            }, failure -> LOG.warn("Could not decode material {} of order {} ahead; it loads when shown", m.id(), next.id(), failure));
        }
    }

    /** True when the image of this material of the open order is decoded (shown at once). */
    boolean isDecoded(String orderId, int version, String materialId) {
        return decoded.containsKey(orderId + "/" + version + "/" + materialId);
    }

    @FXML
    private void resetAdjustments() {
        viewModel.resetAdjustments();
    }

    private void imageKey(KeyEvent e) {
        switch (e.getCode()) {
            case PLUS, ADD, EQUALS -> zoomBy(1.25);
            case MINUS, SUBTRACT -> zoomBy(0.8);
            case DIGIT0, NUMPAD0 -> fit();
            case DIGIT1, NUMPAD1 -> actualSize();
            case B -> viewModel.resetAdjustments();
            case R -> {
                if (e.isShortcutDown()) {
                    return;
                }
                rotate();
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    @FXML
    private void fit() {
        Image image = imageView.getImage();
        if (image == null) {
            return;
        }
        fitMode = true;
        boolean turned = Math.abs(imageLayer.getRotate() % 180) == 90;
        double w = turned ? image.getHeight() : image.getWidth();
        double h = turned ? image.getWidth() : image.getHeight();
        var view = imageScroll.getViewportBounds();
        if (view.getWidth() <= 0 || view.getHeight() <= 0) {
            return;
        }
        setZoom(Math.min(view.getWidth() / w, view.getHeight() / h) * 0.98);
    }

    @FXML
    private void actualSize() {
        fitMode = false;
        setZoom(1);
    }

    @FXML
    private void zoomIn() {
        zoomBy(1.25);
    }

    @FXML
    private void zoomOut() {
        zoomBy(0.8);
    }

    @FXML
    private void rotate() {
        imageLayer.setRotate((imageLayer.getRotate() + 90) % 360);
        if (fitMode) {
            fit();
        }
    }

    private void zoomBy(double factor) {
        fitMode = false;
        setZoom(Math.max(0.05, Math.min(8, zoom * factor)));
    }

    private void setZoom(double value) {
        zoom = value;
        Image image = imageView.getImage();
        if (image != null) {
            imageView.setFitWidth(image.getWidth() * zoom);
        }
        drawBoxes();
        zoomLabel.setText(messages.get("ui.review.zoom.value", Math.round(zoom * 100)));
    }

    // --- decisions ---

    @FXML
    private void back() {
        viewModel.close();
    }

    @FXML
    private void approve() {
        if (viewModel.isDecideDisabled()) {
            return;
        }
        if (viewModel.approveNeedsConfirm()) {
            Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, messages.get("ui.review.approve.confirm", viewModel.openErrors().size()),
                    ButtonType.OK, ButtonType.CANCEL);
            confirm.initOwner(orderIdLabel.getScene().getWindow());
            confirm.setTitle(messages.get("ui.review.approve"));
            confirm.setHeaderText(messages.get("ui.review.approve.confirm.header"));
            // Cancel is the default: one accidental Enter must not approve an order with errors.
            ((Button) confirm.getDialogPane().lookupButton(ButtonType.OK)).setDefaultButton(false);
            ((Button) confirm.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
            if (confirm.showAndWait().filter(b -> b == ButtonType.OK).isEmpty()) {
                return;
            }
        }
        viewModel.approve();
    }

    @FXML
    private void reject() {
        if (viewModel.isDecideDisabled()) {
            return;
        }
        new RejectDialog(messages, viewModel.reasonChoices(), orderIdLabel.getScene().getWindow()).showAndWait()
                .ifPresent(r -> viewModel.reject(r.reasons(), r.internalNote()));
    }

    @FXML
    private void edit() {
        if (viewModel.isDecideDisabled()) {
            return;
        }
        if (!viewModel.consentsToAssistedEdit()) {
            viewModel.setStatus(messages.get("review.error.no-consent", order().id()));
            Alert refused = new Alert(Alert.AlertType.INFORMATION, messages.get("review.error.no-consent", order().id()), ButtonType.OK);
            refused.initOwner(orderIdLabel.getScene().getWindow());
            refused.setTitle(messages.get("ui.review.edit"));
            refused.setHeaderText(messages.get("ui.review.edit.refused"));
            refused.showAndWait();
            return;
        }
        new EditDialog(messages, viewModel.editableFields(), orderIdLabel.getScene().getWindow()).showAndWait()
                .ifPresent(viewModel::approveWithEdits);
    }

    /** A newer version arrived while the decision on this one was not exported: keep the decision or reopen. */
    private void resolveConflict() {
        Order o = order();
        if (o == null || !viewModel.inConflict() || orderIdLabel.getScene() == null) {
            return;
        }
        ButtonType keep = new ButtonType(messages.get("ui.review.conflict.keep"), javafx.scene.control.ButtonBar.ButtonData.YES);
        ButtonType reopen = new ButtonType(messages.get("ui.review.conflict.reopen"), javafx.scene.control.ButtonBar.ButtonData.NO);
        ButtonType later = new ButtonType(messages.get("ui.review.cancel"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, messages.get("ui.review.conflict.text", o.id(), o.version()), keep, reopen, later);
        ask.initOwner(orderIdLabel.getScene().getWindow());
        ask.setTitle(messages.get("ui.review.conflict.title"));
        ask.setHeaderText(messages.get("ui.review.conflict.title"));
        ask.showAndWait().ifPresent(choice -> {
            if (choice == keep) {
                viewModel.keepDecision();
            } else if (choice == reopen) {
                viewModel.reopenOnNewVersion();
            }
        });
    }

    @FXML
    private void undo() {
        viewModel.undo();
    }

    private final class ThumbCell extends ListCell<Material> {
        private final ImageView view = new ImageView();

        ThumbCell() {
            view.setFitWidth(THUMB);
            view.setFitHeight(THUMB * 0.75);
            view.setPreserveRatio(true);
            setContentDisplay(javafx.scene.control.ContentDisplay.TOP);
        }

        @Override
        protected void updateItem(Material m, boolean empty) {
            super.updateItem(m, empty);
            Order o = order();
            if (empty || m == null || o == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            setText(m.id() + " " + kindLabel(m.kind()));
            setGraphic(view);
            String key = o.id() + "/" + o.version() + "/" + m.id();
            Image cached = thumbs.get(key);
            view.setImage(cached);
            if (cached == null) {
                String orderId = o.id();
                tasks.run(() -> new Image(new ByteArrayInputStream(viewModel.materialBytes(orderId, m.id())), THUMB * 2, THUMB * 2, true, true),
                        image -> {
                            thumbs.put(key, image);
                            if (getItem() == m) {
                                view.setImage(image);
                            }
                        }, failure -> setText(m.id()));
            }
        }
    }

    private String kindLabel(String kind) {
        String key = "ui.review.kind." + kind;
        return messages.bundle().containsKey(key) ? messages.get(key) : kind;
    }

    private final class FindingCell extends ListCell<Finding> {
        @Override
        protected void updateItem(Finding f, boolean empty) {
            super.updateItem(f, empty);
            getStyleClass().removeAll(Set.of("severity-error", "severity-warning", "severity-info"));
            if (empty || f == null) {
                setText(null);
                return;
            }
            getStyleClass().add("severity-" + f.severity().json());
            String text = f.message() == null ? f.code() : (chinese ? f.message().zh() : f.message().en());
            String fields = f.fields().isEmpty() ? "" : " [" + f.fields().stream().map(fieldLabels::label).collect(Collectors.joining(", ")) + "]";
            setText(messages.get("ui.review.finding", messages.get("ui.review.severity." + f.severity().json()), f.code(), text, fields));
            setWrapText(true);
            setPrefWidth(0); // wrap to the list's width instead of scrolling sideways
        }
    }

    static List<KeyCombination> accelerators() {
        return List.of(APPROVE, REJECT, EDIT, UNDO, BACK);
    }
}
