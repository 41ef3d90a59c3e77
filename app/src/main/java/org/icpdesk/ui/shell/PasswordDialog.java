package org.icpdesk.ui.shell;

import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import org.icpdesk.i18n.Messages;

/** Asks for the password of an encrypted store before the main window opens. */
final class PasswordDialog {
    private PasswordDialog() {
    }

    /** Empty when the user cancels. {@code problem} is shown above the field (e.g. "wrong password"), may be null. */
    static Optional<char[]> ask(Messages messages, String storeLocation, String problem) {
        Dialog<char[]> dialog = new Dialog<>();
        dialog.setTitle(messages.get("app.title"));
        dialog.setHeaderText(messages.get("ui.unlock.header", storeLocation));
        PasswordField field = new PasswordField();
        field.setId("storePassword");
        field.setPromptText(messages.get("ui.unlock.prompt"));
        Label error = new Label(problem == null ? "" : problem);
        error.setId("unlockProblem");
        error.setWrapText(true);
        error.setStyle("-fx-text-fill: #b00020;");
        error.setVisible(problem != null);
        error.setManaged(problem != null);
        VBox content = new VBox(8, error, field);
        content.setPadding(new Insets(8, 0, 0, 0));
        content.setPrefWidth(420);
        dialog.getDialogPane().setContent(content);
        ButtonType open = new ButtonType(messages.get("ui.unlock.open"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("ui.unlock.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(open, cancel);
        dialog.setResultConverter(button -> button == open ? field.getText().toCharArray() : null);
        dialog.setOnShown(e -> field.requestFocus());
        return dialog.showAndWait();
    }
}
