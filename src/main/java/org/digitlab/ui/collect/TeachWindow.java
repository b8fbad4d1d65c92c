package org.digitlab.ui.collect;

import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.digitlab.model.TrainedModel;
import org.digitlab.training.FineTuning;
import org.digitlab.ui.AppContext;
import org.digitlab.ui.ViewLoader;

/**
 * The Teach window: a window of its own, so that the class sees the before and after figures
 * large while the Draw view stays as it was. Its scene shares the main window's stylesheets.
 */
public final class TeachWindow {

    static final double WIDTH = 760;
    static final double HEIGHT = 620;

    private final Stage stage = new Stage();
    private final TeachView view;

    TeachWindow(AppContext context, FineTuning.Settings settings, Scene owner) {
        ViewLoader.Loaded<TeachView> loaded = new ViewLoader(context).loadWithController("collect", "TeachView");
        view = loaded.controller();
        view.useSettings(settings);
        Scene scene = new Scene(loaded.root(), WIDTH, HEIGHT);
        Bindings.bindContent(scene.getStylesheets(), owner.getStylesheets());
        stage.setScene(scene);
        stage.initOwner(owner.getWindow());
        stage.setTitle("Digit Lab: train more on our handwriting");
    }

    void show(TrainedModel model, String modelName, String setId, String setName) {
        view.prepare(model, modelName, setId, setName);
        stage.show();
        stage.toFront();
    }

    public TeachView view() {
        return view;
    }

    public Stage stage() {
        return stage;
    }
}
