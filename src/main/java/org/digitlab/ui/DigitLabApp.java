package org.digitlab.ui;

import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.prefs.Preferences;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.digitlab.data.DatasetStore;
import org.digitlab.engine.Engine;
import org.digitlab.engine.dl4j.Dl4jEngine;
import org.digitlab.training.CachedSplits;
import org.digitlab.model.SampleModels;
import org.digitlab.ui.measure.Measurements;
import org.digitlab.ui.state.ModelSelection;
import org.digitlab.ui.state.ProbeBoard;
import org.digitlab.ui.shell.MainView;

/**
 * The JavaFX application: wires the engine into an {@link AppContext}, shows the main window at
 * once, and leaves ND4J's start-up and the model's loading to the background executor.
 */
public final class DigitLabApp extends Application {

    /** The sample model drawing starts with: the one that reads drawings best. */
    static final String PREFERRED_MODEL = SampleModels.DRAWING_DEFAULT;

    /** The named parameter bin/digitlab --lesson FILE (or mvn javafx:run -Djavafx.args=--lesson=FILE) passes. */
    public static final String LESSON_PARAMETER = "lesson";
    /** {@code --model=FILE}: the installed app passes a model file opened from the desktop. */
    public static final String MODEL_PARAMETER = "model";

    private ExecutorService background;

    @Override
    public void start(Stage stage) {
        background = backgroundExecutor();
        AppContext context = createContext(background);
        // The window shows a line in the theme's colours at once; the five views (a second or two
        // of FXML, CSS and layout on a classroom laptop) replace it on the next pulse, instead of
        // a blank white window while they load.
        Scene scene = new Scene(startingUp());
        Themes.apply(scene);
        Themes.setLook(scene, Themes.PROJECTOR, Themes.remembered(context.preferences(), Themes.PROJECTOR));
        Themes.setLook(scene, Themes.DARK, Themes.remembered(context.preferences(), Themes.DARK));
        stage.setTitle("Digit Lab");
        stage.setScene(scene);
        // Never larger than the screen's visible area: a 720-pixel projector gets a 720-pixel window.
        WindowPlacement.apply(stage, WindowPlacement.initial(context.preferences(),
                Screen.getPrimary().getVisualBounds()));
        WindowPlacement.rememberOnClose(stage, context.preferences());
        stage.show();
        // The views load once the placeholder has been drawn: the second pulse comes after the first frame.
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 2) {
                    stop();
                    showViews(stage, context, getParameters().getNamed().get(LESSON_PARAMETER),
                            getParameters().getNamed().get(MODEL_PARAMETER));
                }
            }
        }.start();
    }

    private static Parent startingUp() {
        Label label = new Label("Digit Lab is starting…");
        label.getStyleClass().add("placeholder-title");
        StackPane pane = new StackPane(label);
        pane.getStyleClass().add("placeholder");
        return pane;
    }

    /**
     * {@code --lesson=FILE}: the window opens with that lesson in the Lessons panel;
     * {@code --model=FILE}: with that model current (a bad one is named in the status bar).
     */
    private static void showViews(Stage stage, AppContext context, String lessonFile, String modelFile) {
        ViewLoader.Loaded<MainView> main = new ViewLoader(context).loadWithController("shell", "MainView");
        stage.getScene().setRoot(main.root());
        if (lessonFile != null) {
            main.controller().openLessonFile(java.nio.file.Path.of(lessonFile));
        }
        Measurements.attach(main.controller());
        context.models().start(SampleModels.all(), PREFERRED_MODEL);
        if (modelFile != null) {
            context.models().open(java.nio.file.Path.of(modelFile));
        }
        // What a killed Digit Lab left half-written in its folders (kill -9 runs no clean-up).
        context.background().execute(() -> context.datasets().cleanLeftovers());
    }

    /**
     * The real engine behind the app's interfaces. {@link Dl4jEngine#create()} applies ND4J's native
     * set-up, which must precede anything that loads ND4J: this is the window's one place for it.
     */
    static AppContext createContext(ExecutorService background) {
        return createContext(background, DatasetStore.defaultStore(),
                Preferences.userNodeForPackage(DigitLabApp.class));
    }

    /** The app's wiring over a dataset store and preferences of the caller's choosing (tests). */
    public static AppContext createContext(ExecutorService background, DatasetStore store,
            Preferences preferences) {
        Engine engine = Dl4jEngine.create();
        ModelSelection models = new ModelSelection(background, Platform::runLater, engine.modelFiles(),
                engine::predictor, preferences);
        return new AppContext(background, Platform::runLater, store, engine, new CachedSplits(store), preferences, models,
                new SimpleStringProperty("mnist"), new ProbeBoard(Platform::runLater));
    }

    /** Daemon threads: a closed window never waits for a prediction or a download. */
    public static ExecutorService backgroundExecutor() {
        AtomicInteger count = new AtomicInteger();
        return Executors.newFixedThreadPool(2, task -> {
            Thread thread = new Thread(task, "digitlab-background-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public void stop() {
        if (background != null) {
            background.shutdownNow();
        }
    }

    /** The stylesheets of the app, in order: the theme's named colours first. */
    static String stylesheet(String name) {
        return Objects.requireNonNull(DigitLabApp.class.getResource("/css/" + name + ".css"), name).toExternalForm();
    }
}
