package org.digitlab.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads {@code /fxml/<feature>/<Name>.fxml} and builds its controller with the {@link AppContext}
 * when the controller has a constructor taking one, so controllers get their dependencies
 * without statics. Nested {@code fx:include}s get the same treatment.
 */
public final class ViewLoader {

    private final AppContext context;

    public ViewLoader(AppContext context) {
        this.context = context;
    }

    public Parent load(String feature, String name) {
        return loader(feature, name).root;
    }

    /** The loaded root and its controller. */
    public <T> Loaded<T> loadWithController(String feature, String name) {
        return loader(feature, name);
    }

    private <T> Loaded<T> loader(String feature, String name) {
        String path = "/fxml/" + feature + "/" + name + ".fxml";
        URL url = ViewLoader.class.getResource(path);
        if (url == null) {
            throw new IllegalStateException("missing view " + path);
        }
        FXMLLoader loader = new FXMLLoader(url);
        loader.setControllerFactory(this::controller);
        try {
            Parent root = loader.load();
            return new Loaded<>(root, loader.getController());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + path, e);
        }
    }

    private Object controller(Class<?> type) {
        try {
            for (Constructor<?> constructor : type.getConstructors()) {
                if (constructor.getParameterCount() == 1
                        && constructor.getParameterTypes()[0] == AppContext.class) {
                    return constructor.newInstance(context);
                }
            }
            return type.getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create controller " + type.getName(), e);
        }
    }

    /**
     * @param root the view
     * @param controller its controller
     * @param <T> the controller's type
     */
    public record Loaded<T>(Parent root, T controller) {
    }
}
