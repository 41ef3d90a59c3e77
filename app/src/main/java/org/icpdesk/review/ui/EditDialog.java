package org.icpdesk.review.ui;

import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.icpdesk.i18n.Messages;
import org.icpdesk.order.domain.Material;
import org.icpdesk.review.domain.EditableFields;
import org.icpdesk.review.domain.FieldComparison;
import org.icpdesk.review.service.EditRequest;

/**
 * Assisted edit: one field printed on a material, its value before, what OCR read on the certificate, the value after,
 * and the material that proves it; then the order is approved with the edit recorded. Where the certificate was read
 * and differs, the value after starts as the reading and the proving material as the one read: the reviewer confirms
 * what the document says instead of typing it.
 */
final class EditDialog extends Dialog<List<EditRequest>> {
    EditDialog(Messages messages, List<EditableFields.Editable> fields, List<FieldComparison.Row> readings, Window owner) {
        initOwner(owner);
        setTitle(messages.get("ui.review.edit.title"));
        setHeaderText(messages.get("ui.review.edit.header"));
        FieldLabels labels = new FieldLabels(messages);
        ComboBox<EditableFields.Editable> field = new ComboBox<>();
        field.setId("editField");
        field.getItems().setAll(fields);
        field.setConverter(new StringConverter<>() {
            @Override
            public String toString(EditableFields.Editable e) {
                return e == null ? "" : labels.label(e.field());
            }

            @Override
            public EditableFields.Editable fromString(String s) {
                throw new UnsupportedOperationException();
            }
        });
        Label before = new Label();
        TextField after = new TextField();
        after.setId("editAfter");
        after.setPrefColumnCount(36);
        ComboBox<Material> basis = new ComboBox<>();
        basis.setId("editBasis");
        basis.setConverter(new StringConverter<>() {
            @Override
            public String toString(Material m) {
                return m == null ? "" : labels.material(m.id(), m.kind());
            }

            @Override
            public Material fromString(String s) {
                throw new UnsupportedOperationException();
            }
        });
        Label read = new Label();
        read.setId("editRead");
        field.valueProperty().addListener((obs, was, now) -> {
            String current = now == null || now.current() == null ? "" : now.current();
            FieldComparison.Row reading = now == null ? null : readings.stream()
                    .filter(r -> r.field().equals(now.field()) && r.read() != null).findFirst().orElse(null);
            before.setText(current);
            read.setText(reading == null ? messages.get("ui.review.edit.not-read") : reading.confidence() == null ? reading.read()
                    : messages.get("ui.review.edit.read-value", reading.read(), Math.round(reading.confidence() * 100)));
            boolean proposes = reading != null && reading.status() == FieldComparison.Status.MISMATCH;
            after.setText(proposes ? reading.read() : current);
            basis.getItems().setAll(now == null ? List.of() : now.basis());
            basis.getItems().stream().filter(m -> reading != null && m.id().equals(reading.material())).findFirst()
                    .ifPresentOrElse(basis.getSelectionModel()::select, basis.getSelectionModel()::selectFirst);
        });
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label(messages.get("ui.review.edit.field")), field);
        grid.addRow(1, new Label(messages.get("ui.review.edit.before")), before);
        grid.addRow(2, new Label(messages.get("ui.review.edit.read")), read);
        grid.addRow(3, new Label(messages.get("ui.review.edit.after")), after);
        grid.addRow(4, new Label(messages.get("ui.review.edit.basis")), basis);
        getDialogPane().setContent(grid);
        ButtonType ok = new ButtonType(messages.get("ui.review.edit.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("ui.review.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(ok, cancel);
        getDialogPane().lookupButton(ok).disableProperty().bind(field.valueProperty().isNull().or(after.textProperty().isEmpty()));
        setResultConverter(button -> button == ok && field.getValue() != null
                ? List.of(new EditRequest(field.getValue().field(), after.getText(), basis.getValue() == null ? null : basis.getValue().id()))
                : null);
        fields.stream().filter(e -> readings.stream().anyMatch(r -> r.field().equals(e.field())
                        && r.status() == FieldComparison.Status.MISMATCH)).findFirst()
                .ifPresentOrElse(field.getSelectionModel()::select, field.getSelectionModel()::selectFirst);
        setOnShown(e -> Platform.runLater(() -> {
            after.requestFocus();
            after.end();
        }));
    }
}
