package org.icpdesk.review.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.icpdesk.i18n.Messages;
import org.icpdesk.review.service.ReasonInput;

/**
 * The reject dialog: reasons suggested by the findings come first and start ticked; any catalogue reason can be found
 * by search (code or text) and ticked with Space; each reason's note (what the applicant reads, prefilled in Chinese)
 * is editable; the internal note is never sent. Enter rejects with the ticked reasons.
 */
final class RejectDialog extends Dialog<RejectDialog.Result> {
    record Result(List<ReasonInput> reasons, String internalNote) {
    }

    /** A catalogue reason in the dialog. */
    static final class Choice {
        final OrderReviewViewModel.ReasonChoice reason;
        final BooleanProperty ticked;
        String note;

        Choice(OrderReviewViewModel.ReasonChoice reason) {
            this.reason = reason;
            this.ticked = new SimpleBooleanProperty(reason.suggested());
            this.note = reason.note();
        }
    }

    private final List<Choice> all = new ArrayList<>();
    private Choice editing;

    RejectDialog(Messages messages, List<OrderReviewViewModel.ReasonChoice> choices, Window owner) {
        initOwner(owner);
        setTitle(messages.get("ui.review.reject.title"));
        setHeaderText(messages.get("ui.review.reject.header"));
        boolean chinese = "zh".equals(messages.locale().getLanguage());
        choices.forEach(c -> all.add(new Choice(c)));

        TextField search = new TextField();
        search.setId("reasonSearch");
        search.setPromptText(messages.get("ui.review.reject.search"));
        FilteredList<Choice> shown = new FilteredList<>(FXCollections.observableArrayList(all));
        ListView<Choice> list = new ListView<>(shown);
        list.setId("reasonList");
        list.setPrefSize(640, 260);
        list.setCellFactory(CheckBoxListCell.forListView(c -> c.ticked, new StringConverter<>() {
            @Override
            public String toString(Choice c) {
                if (c == null) {
                    return "";
                }
                String text = chinese ? c.reason.reason().zh() : c.reason.reason().en();
                return (c.reason.suggested() ? "★ " : "") + c.reason.reason().code() + "  " + text;
            }

            @Override
            public Choice fromString(String s) {
                throw new UnsupportedOperationException();
            }
        }));
        search.textProperty().addListener((obs, was, now) -> {
            String q = now == null ? "" : now.strip().toLowerCase(Locale.ROOT);
            shown.setPredicate(c -> q.isEmpty() || c.ticked.get() || c.reason.reason().code().toLowerCase(Locale.ROOT).contains(q)
                    || c.reason.reason().zh().contains(q) || c.reason.reason().en().toLowerCase(Locale.ROOT).contains(q));
        });
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN) {
                list.requestFocus();
                list.getSelectionModel().selectFirst();
                e.consume();
            }
        });

        TextArea note = new TextArea();
        note.setId("reasonNote");
        note.setPrefRowCount(3);
        note.setWrapText(true);
        list.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (editing != null) {
                editing.note = note.getText();
            }
            editing = now;
            note.setText(now == null ? "" : now.note);
            note.setDisable(now == null);
        });
        list.setOnKeyPressed(e -> {
            Choice c = list.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.SPACE && c != null) {
                c.ticked.set(!c.ticked.get());
                e.consume();
            }
        });
        TextArea internal = new TextArea();
        internal.setId("internalNote");
        internal.setPrefRowCount(2);
        internal.setWrapText(true);

        VBox box = new VBox(6, search, list, new Label(messages.get("ui.review.reject.note")), note,
                new Label(messages.get("ui.review.reject.internal")), internal);
        getDialogPane().setContent(box);
        ButtonType reject = new ButtonType(messages.get("ui.review.reject.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("ui.review.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(reject, cancel);
        var okButton = getDialogPane().lookupButton(reject);
        okButton.setDisable(all.stream().noneMatch(c -> c.ticked.get()));
        all.forEach(c -> c.ticked.addListener((obs, was, now) -> okButton.setDisable(all.stream().noneMatch(x -> x.ticked.get()))));
        // A list takes Enter for itself (editing): here Enter rejects, as the header says.
        list.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown() && !okButton.isDisabled()) {
                e.consume();
                ((javafx.scene.control.Button) okButton).fire();
            }
        });
        setResultConverter(button -> {
            if (button != reject) {
                return null;
            }
            if (editing != null) {
                editing.note = note.getText();
            }
            List<ReasonInput> reasons = all.stream().filter(c -> c.ticked.get())
                    .map(c -> new ReasonInput(c.reason.reason().code(), c.reason.fields(), c.note)).toList();
            return new Result(reasons, internal.getText());
        });
        setResizable(true);
        list.getSelectionModel().selectFirst();
        setOnShown(e -> Platform.runLater(list::requestFocus));
    }
}
