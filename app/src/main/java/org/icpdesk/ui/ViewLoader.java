package org.icpdesk.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ResourceBundle;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.util.Subscription;

/**
 * Loads {@code X.fxml} beside {@code XController} with the given controller instance (STYLE P2): the FXML's
 * {@code fx:controller} must name exactly that class, any other controller class is refused. A controller that
 * is {@link Live} is activated while its view is in a scene and deactivated when it leaves (STYLE P3).
 */
public final class ViewLoader {
    private ViewLoader() {
    }

    /** A loaded view: its root node and its controller. */
    public record View<C>(Parent root, C controller) {
    }

    /** A controller whose listeners must live exactly as long as its view is shown. */
    public interface Live {
        /** Called when the view enters a scene; the result is unsubscribed when it leaves. */
        Subscription activate();
    }

    public static <C> View<C> load(Class<C> controllerType, C controller, ResourceBundle resources) {
        String name = controllerType.getSimpleName().replaceFirst("Controller$", "") + ".fxml";
        URL fxml = controllerType.getResource(name);
        if (fxml == null) {
            throw new IllegalStateException("No " + name + " beside " + controllerType.getName());
        }
        FXMLLoader loader = new FXMLLoader(fxml, resources);
        loader.setControllerFactory(type -> {
            if (type != controllerType) {
                throw new IllegalStateException(name + " asks for controller " + type.getName()
                        + ", expected " + controllerType.getName());
            }
            return controller;
        });
        Parent root;
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + fxml, e);
        }
        if (loader.getController() != controller) {
            throw new IllegalStateException(name + " does not declare fx:controller=\"" + controllerType.getName() + "\"");
        }
        if (controller instanceof Live live) {
            Subscription[] current = {Subscription.EMPTY};
            root.sceneProperty().subscribe(scene -> {
                current[0].unsubscribe();
                current[0] = scene == null ? Subscription.EMPTY : live.activate();
            });
        }
        return new View<>(root, controller);
    }
}
