package org.icpdesk.ui.shell;

import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.icpdesk.i18n.Messages;
import org.icpdesk.ui.ViewLoader;
import org.icpdesk.ui.dialog.DialogService;

/**
 * The main window on a stage: builds its scene in the current language (again after a language switch),
 * restores and remembers its geometry, starts the first-run seeding.
 */
final class MainWindow {
    private final Stage stage;
    private final ShellServices services;
    private final ShellSettings settings;
    private final ObjectProperty<Messages> messages;
    private final MainView mainView;
    private final MainWindowViewModel viewModel;
    private WindowGeometry normal;

    MainWindow(Stage stage, ShellServices services, BiFunction<Stage, Supplier<Messages>, DialogService> dialogs) {
        this.stage = stage;
        this.services = services;
        this.settings = ShellSettings.load(services.settingsFile());
        this.messages = new SimpleObjectProperty<>(
                new Messages(MainWindowViewModel.startLanguage(services.requestedLanguage(), settings, Locale.getDefault())));
        this.mainView = services.mainView();
        this.viewModel = new MainWindowViewModel(services, dialogs.apply(stage, messages::get), settings, messages,
                mainView::refresh);
    }

    MainWindowViewModel viewModel() {
        return viewModel;
    }

    void show() {
        Scene scene = new Scene(buildRoot());
        scene.getStylesheets().add(MainWindow.class.getResource("shell.css").toExternalForm());
        stage.setScene(scene);
        stage.titleProperty().bind(viewModel.titleProperty());
        stage.setMinWidth(WindowGeometry.MIN_WIDTH);
        stage.setMinHeight(WindowGeometry.MIN_HEIGHT);
        applyGeometry(settings.geometry().fitTo(screens()));
        messages.addListener((observable, before, now) -> scene.setRoot(buildRoot()));
        stage.setOnHiding(event -> {
            settings.setGeometry(currentGeometry());
            viewModel.saveSettings();
        });
        stage.show();
        viewModel.seedIfEmpty();
    }

    private Parent buildRoot() {
        MainWindowController controller = new MainWindowController(viewModel, mainView);
        return ViewLoader.load(MainWindowController.class, controller, messages.get().bundle()).root();
    }

    private void applyGeometry(WindowGeometry geometry) {
        stage.setWidth(geometry.width());
        stage.setHeight(geometry.height());
        if (geometry.hasPosition()) {
            stage.setX(geometry.x());
            stage.setY(geometry.y());
        } else {
            stage.centerOnScreen();
        }
        normal = geometry;
        stage.setMaximized(geometry.maximized());
        stage.xProperty().addListener(o -> rememberNormal());
        stage.yProperty().addListener(o -> rememberNormal());
        stage.widthProperty().addListener(o -> rememberNormal());
        stage.heightProperty().addListener(o -> rememberNormal());
    }

    /** The bounds to restore are those of the last time the window was neither maximized nor iconified. */
    private void rememberNormal() {
        if (!stage.isMaximized() && !stage.isIconified() && !stage.isFullScreen()) {
            normal = new WindowGeometry(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
        }
    }

    private WindowGeometry currentGeometry() {
        rememberNormal();
        return new WindowGeometry(normal.x(), normal.y(), normal.width(), normal.height(), stage.isMaximized());
    }

    private static List<Rectangle2D> screens() {
        return Screen.getScreens().stream().map(Screen::getVisualBounds).toList();
    }

    /** The main view's summary line (the queue's counts). */
    javafx.beans.value.ObservableStringValue mainSummary() {
        return mainView.summaryProperty();
    }
}
