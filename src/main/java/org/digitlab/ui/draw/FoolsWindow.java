package org.digitlab.ui.draw;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.digitlab.lesson.Fool;
import org.digitlab.ui.AppContext;
import org.digitlab.ui.ViewLoader;

/**
 * The gallery's window. Its scene shares the main window's stylesheets (bound, not copied), so the
 * projector and dark looks switched in the status bar apply to it at once.
 */
final class FoolsWindow {

    static final double WIDTH = 900;
    static final double HEIGHT = 640;

    private final Stage stage = new Stage();

    FoolsWindow(AppContext context, ChallengeViewModel challenge, Scene owner, Consumer<Fool> open) {
        ViewLoader.Loaded<FoolsView> loaded = new ViewLoader(context).loadWithController("draw", "FoolsView");
        loaded.controller().attach(challenge, open);
        Scene scene = new Scene(loaded.root(), WIDTH, HEIGHT);
        Bindings.bindContent(scene.getStylesheets(), owner.getStylesheets());
        stage.setScene(scene);
        stage.initOwner(owner.getWindow());
        stage.titleProperty().bind(Bindings.concat("Digit Lab: ", challenge.galleryTitleProperty()));
    }

    void show() {
        stage.show();
        stage.toFront();
    }

    Stage stage() {
        return stage;
    }
}
