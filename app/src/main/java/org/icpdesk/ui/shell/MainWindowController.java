package org.icpdesk.ui.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.icpdesk.ui.ViewLoader;

/** Binds the main window's menus and status bar to its view model; hosts the main view and the F1 overlay. */
public final class MainWindowController implements ViewLoader.Live {
    private final MainWindowViewModel viewModel;
    private final MainView mainView;

    @FXML private StackPane root;
    @FXML private MenuBar menuBar;
    @FXML private MenuItem importItem;
    @FXML private RadioMenuItem chineseItem;
    @FXML private RadioMenuItem englishItem;
    @FXML private StackPane centre;
    @FXML private Label summaryLabel;
    @FXML private Label storeLabel;
    @FXML private Label taskLabel;
    @FXML private ProgressBar taskProgress;
    @FXML private Label taskCounts;
    private Node shortcutsOverlay;

    public MainWindowController(MainWindowViewModel viewModel, MainView mainView) {
        this.viewModel = viewModel;
        this.mainView = mainView;
    }

    public MainWindowViewModel getViewModel() {
        return viewModel;
    }

    @FXML
    private void initialize() {
        centre.getChildren().setAll(mainView.build(viewModel.getMessages()));
        storeLabel.setText(viewModel.getMessages().get("ui.status.store", viewModel.getStoreLocation()));
        boolean chinese = Locale.SIMPLIFIED_CHINESE.equals(viewModel.getLanguage());
        chineseItem.setSelected(chinese);
        englishItem.setSelected(!chinese);
        root.setStyle("-fx-font-family: \"" + UiFonts.family() + "\";");
        root.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE && shortcutsOverlay != null) {
                hideShortcuts();
                event.consume();
            }
        });
    }

    @Override
    public Subscription activate() {
        summaryLabel.textProperty().bind(mainView.summaryProperty());
        taskLabel.textProperty().bind(viewModel.taskMessageProperty());
        taskProgress.progressProperty().bind(viewModel.taskProgressProperty());
        taskProgress.visibleProperty().bind(viewModel.taskActiveProperty());
        taskProgress.managedProperty().bind(taskProgress.visibleProperty());
        taskCounts.textProperty().bind(viewModel.taskCountsProperty());
        importItem.disableProperty().bind(viewModel.importingProperty());
        return () -> {
            summaryLabel.textProperty().unbind();
            taskLabel.textProperty().unbind();
            taskProgress.progressProperty().unbind();
            taskProgress.visibleProperty().unbind();
            taskProgress.managedProperty().unbind();
            taskCounts.textProperty().unbind();
            importItem.disableProperty().unbind();
        };
    }

    @FXML
    private void importBundle() {
        viewModel.importBundle();
    }

    @FXML
    private void quit() {
        root.getScene().getWindow().hide();
    }

    @FXML
    private void refresh() {
        viewModel.refresh();
    }

    @FXML
    private void useChinese() {
        viewModel.useLanguage(Locale.SIMPLIFIED_CHINESE);
    }

    @FXML
    private void useEnglish() {
        viewModel.useLanguage(Locale.ENGLISH);
    }

    @FXML
    private void about() {
        String version = MainApp.class.getPackage().getImplementationVersion();
        viewModel.showAbout(version == null ? "dev" : version);
    }

    /** Help &gt; Keyboard shortcuts: an overlay listing every menu accelerator; F1, Esc or a click closes it. */
    @FXML
    private void toggleShortcuts() {
        if (shortcutsOverlay != null) {
            hideShortcuts();
            return;
        }
        GridPane table = new GridPane();
        table.getStyleClass().add("shortcuts-table");
        int row = 0;
        for (MenuItem item : accelerated(menuBar.getMenus())) {
            Label key = new Label(item.getAccelerator().getDisplayText());
            key.getStyleClass().add("shortcut-key");
            Label what = new Label(plain(item.getText()));
            table.addRow(row++, key, what);
        }
        for (var shortcut : mainView.shortcuts(viewModel.getMessages())) {
            Label key = new Label(shortcut.getKey());
            key.getStyleClass().add("shortcut-key");
            table.addRow(row++, key, new Label(shortcut.getValue()));
        }
        Label close = new Label(viewModel.getMessages().get("ui.shortcuts.close"));
        close.getStyleClass().add("shortcuts-hint");
        Label heading = new Label(viewModel.getMessages().get("ui.shortcuts.title"));
        heading.getStyleClass().add("shortcuts-title");
        VBox card = new VBox(heading, table, close);
        card.getStyleClass().add("shortcuts-card");
        card.setMaxSize(VBox.USE_PREF_SIZE, VBox.USE_PREF_SIZE);
        StackPane overlay = new StackPane(card);
        overlay.setId("shortcutsOverlay");
        overlay.getStyleClass().add("shortcuts-overlay");
        overlay.setOnMouseClicked(event -> hideShortcuts());
        shortcutsOverlay = overlay;
        root.getChildren().add(overlay);
        overlay.requestFocus();
    }

    private void hideShortcuts() {
        root.getChildren().remove(shortcutsOverlay);
        shortcutsOverlay = null;
    }

    private static List<MenuItem> accelerated(List<? extends MenuItem> items) {
        List<MenuItem> found = new ArrayList<>();
        for (MenuItem item : items) {
            if (item instanceof Menu menu) {
                found.addAll(accelerated(menu.getItems()));
            } else if (!(item instanceof SeparatorMenuItem) && item.getAccelerator() != null) {
                found.add(item);
            }
        }
        return found;
    }

    /** A menu text without its mnemonic marker: "_Refresh" becomes "Refresh", and a Chinese "(_R)" suffix goes. */
    static String plain(String text) {
        return text.replaceAll("\\(_.\\)", "").replace("_", "");
    }
}
