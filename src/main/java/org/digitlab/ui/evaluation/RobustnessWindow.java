package org.digitlab.ui.evaluation;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.digitlab.ui.AppContext;
import org.digitlab.ui.ViewLoader;

/**
 * The robustness and calibration window, opened from the Evaluation view (a sweep's chart and its
 * controls do not fit beside the confusion matrix at 1024 pixels). Its scene shares the main
 * window's stylesheets (bound, not copied), so the projector and dark looks apply to it at once.
 */
final class RobustnessWindow {

    static final double WIDTH = 1000;
    static final double HEIGHT = 640;

    private final Stage stage = new Stage();
    private final RobustnessView view;

    RobustnessWindow(AppContext context, ReadOnlyObjectProperty<EvaluationViewModel.Evaluated> evaluated,
            Scene owner) {
        ViewLoader.Loaded<RobustnessView> loaded = new ViewLoader(context).loadWithController("evaluation",
                "RobustnessView");
        view = loaded.controller();
        view.attach(evaluated);
        Scene scene = new Scene(loaded.root(), WIDTH, HEIGHT);
        Bindings.bindContent(scene.getStylesheets(), owner.getStylesheets());
        stage.setScene(scene);
        stage.initOwner(owner.getWindow());
        stage.setTitle("Digit Lab: robustness and calibration");
    }

    /** Shows the window with the sweep (false) or the calibration (true) in front. */
    void show(boolean calibration) {
        view.select(calibration);
        stage.show();
        stage.toFront();
    }

    Stage stage() {
        return stage;
    }

    RobustnessView view() {
        return view;
    }
}
