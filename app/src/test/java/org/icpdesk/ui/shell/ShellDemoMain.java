package org.icpdesk.ui.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.stage.Stage;
import org.icpdesk.i18n.UserMessage;
import org.icpdesk.order.service.FakeOrderQueue;

/**
 * Shows the main window over generated orders, to look at it (e.g. under Xvfb with shared/tools/xshot):
 * {@code ShellDemoMain [zh|en] [orders=N] [menu=file|view|help] [overlay] [progress]}.
 */
public final class ShellDemoMain {
    private ShellDemoMain() {
    }

    public static void main(String[] args) throws Exception {
        List<String> options = Arrays.asList(args);
        int orders = options.stream().filter(a -> a.startsWith("orders=")).map(a -> Integer.parseInt(a.substring(7)))
                .findFirst().orElse(100_000);
        Path dir = Files.createTempDirectory("icpdesk-demo");
        TestShellServices services = new TestShellServices(FakeOrderQueue.withOrders(orders), dir);
        services.initialLocale = options.contains("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        if (options.contains("progress")) {
            services.seeding = progress -> {
                for (int i = 0; i <= 40; i++) {
                    progress.report(UserMessage.of("ui.import.running", "demo-orders.zip"), i, 100);
                }
                Thread.currentThread().join();   // stays "running" for the screenshot
                return java.util.Optional.empty();
            };
        }
        Platform.startup(() -> {
            Stage stage = new Stage();
            new MainApp(services).start(stage);
            MenuBar bar = (MenuBar) stage.getScene().lookup(".menu-bar");
            options.stream().filter(a -> a.startsWith("menu=")).findFirst().ifPresent(a -> {
                int index = List.of("file", "view", "help").indexOf(a.substring(5));
                Menu menu = bar.getMenus().get(index);
                Platform.runLater(menu::show);
            });
            if (options.contains("overlay")) {
                Platform.runLater(() -> bar.getMenus().get(2).getItems().get(0).fire());
            }
        });
    }
}
