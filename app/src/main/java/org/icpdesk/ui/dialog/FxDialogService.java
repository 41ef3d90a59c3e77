package org.icpdesk.ui.dialog;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.icpdesk.i18n.Messages;

/** {@link DialogService} with JavaFX dialogs owned by the main window, in the window's current language. */
public final class FxDialogService implements DialogService {
    private static final double MESSAGE_WIDTH = 460;
    private final Window owner;
    private final Supplier<Messages> messages;
    private File lastDirectory;

    public FxDialogService(Window owner, Supplier<Messages> messages) {
        this.owner = owner;
        this.messages = messages;
    }

    @Override
    public Optional<Path> chooseBundle() {
        Messages m = messages.get();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get("ui.dialog.import.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("ui.dialog.import.filter"), "*.zip"));
        if (lastDirectory != null && lastDirectory.isDirectory()) {
            chooser.setInitialDirectory(lastDirectory);
        }
        File chosen = chooser.showOpenDialog(owner);
        if (chosen == null) {
            return Optional.empty();
        }
        lastDirectory = chosen.getParentFile();
        return Optional.of(chosen.toPath());
    }

    @Override
    public void showError(String message) {
        Messages m = messages.get();
        show(Alert.AlertType.ERROR, m.get("ui.dialog.error.title"), m.get("ui.dialog.error.header"), message);
    }

    @Override
    public void showInformation(String header, String message) {
        show(Alert.AlertType.INFORMATION, messages.get().get("app.title"), header, message);
    }

    private void show(Alert.AlertType type, String title, String header, String message) {
        ButtonType ok = new ButtonType(messages.get().get("ui.dialog.ok"), ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(type, "", ok);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        Label text = new Label(message);
        text.setWrapText(true);
        text.setPrefWidth(MESSAGE_WIDTH);
        text.setMinHeight(Region.USE_PREF_SIZE);
        alert.getDialogPane().setContent(text);
        if (owner != null && owner.getScene() != null) {
            alert.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
            alert.getDialogPane().setStyle(owner.getScene().getRoot().getStyle());
        }
        alert.showAndWait();
    }
}
