package org.icpdesk.ui.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.stage.Stage;
import org.icpdesk.i18n.UserMessage;
import org.icpdesk.order.service.FakeOrderQueue;

/**
 * Shows the main window over generated orders, to look at it (e.g. under Xvfb with shared/tools/xshot):
 * {@code ShellDemoMain [zh|en] [orders=N] [menu=file|view|help] [overlay] [progress] [seedfail] [about] [size=WxH] [popups=DIR] [windows=DIR]}.
 * With {@code popups=DIR} the open menu's popups, with {@code windows=DIR} any dialog, are also written there as PNGs (a screen grab of Xvfb
 * without a compositor shows JavaFX popups black).
 */
public final class ShellDemoMain {
    private ShellDemoMain() {
    }

    private static void savePopups(Path dir) {
        int n = 0;
        for (javafx.stage.Window window : javafx.stage.Window.getWindows()) {
            if (window.isShowing() && !(window instanceof Stage stage && stage.getScene().lookup(".menu-bar") != null)) {
                javafx.scene.image.WritableImage image = window.getScene().getRoot().snapshot(null, null);
                try {
                    javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png",
                            dir.resolve("popup-" + (n++) + ".png").toFile());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        }
    }

    public static void main(String[] args) throws Exception {
        List<String> options = Arrays.asList(args);
        int orders = options.stream().filter(a -> a.startsWith("orders=")).map(a -> Integer.parseInt(a.substring(7)))
                .findFirst().orElse(100_000);
        Path dir = Files.createTempDirectory("icpdesk-demo");
        TestShellServices services = new TestShellServices(FakeOrderQueue.withOrders(orders), dir);
        services.requestedLanguage = Optional.of(options.contains("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
        if (options.contains("seedfail")) {
            services.seeding = progress -> {
                throw new org.icpdesk.i18n.UserFacingException(UserMessage.of("store.error.locked", dir.resolve("store")));
            };
        }
        if (options.contains("progress")) {
            services.seeding = progress -> {
                for (int i = 0; i <= 40; i++) {
                    progress.report(UserMessage.of("ui.import.running", "demo-orders.zip"), i, 100);
                }
                Thread.currentThread().join();   // stays "running" for the screenshot
                return Optional.empty();
            };
        }
        Platform.startup(() -> {
            Stage stage = new Stage();
            new MainApp(services).start(stage);
            MenuBar bar = (MenuBar) stage.getScene().lookup(".menu-bar");
            options.stream().filter(a -> a.startsWith("menu=")).findFirst().ifPresent(a -> {
                int index = List.of("file", "view", "help").indexOf(a.substring(5));
                Menu menu = bar.getMenus().get(index);
                Platform.runLater(() -> {
                    menu.show();
                    if (index == 1) {
                        Platform.runLater(() -> ((Menu) menu.getItems().get(1)).show());
                    }
                });
                options.stream().filter(o -> o.startsWith("popups=")).findFirst().ifPresent(o -> {
                    javafx.animation.PauseTransition later = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(2));
                    later.setOnFinished(e -> savePopups(Path.of(o.substring(7))));
                    later.play();
                });
            });
            options.stream().filter(a -> a.startsWith("size=")).findFirst().ifPresent(a -> {
                String[] wh = a.substring(5).split("x");
                stage.setWidth(Double.parseDouble(wh[0]));
                stage.setHeight(Double.parseDouble(wh[1]));
                stage.setX(0);
                stage.setY(0);
            });
            if (options.contains("about")) {
                Platform.runLater(() -> bar.getMenus().get(2).getItems().get(1).fire());
            }
            options.stream().filter(o -> o.startsWith("windows=")).findFirst().ifPresent(o -> {
                javafx.animation.PauseTransition later = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(3));
                later.setOnFinished(e -> savePopups(Path.of(o.substring(8))));
                later.play();
            });
            if (options.contains("overlay")) {
                Platform.runLater(() -> bar.getMenus().get(2).getItems().get(0).fire());
            }
        });
    }
}
