package org.digitlab.ui.draw;

import java.util.concurrent.ExecutorService;
import javafx.stage.Stage;
import org.digitlab.model.SampleModels;
import org.digitlab.ui.AppContext;
import org.digitlab.ui.DigitLabApp;
import org.digitlab.ui.TestContexts;
import org.digitlab.ui.ViewLoader;

/**
 * The real Draw view in a stage of its own, on a real app context with the sample models and its
 * own background threads, as the GUI tests of Draw and Inside-the-network need it. Call it from a
 * TestFX {@code @Start} method and {@link #close} it after each test.
 */
public final class RealDrawView implements AutoCloseable {

    private final ExecutorService background = DigitLabApp.backgroundExecutor();
    private final AppContext context;
    private final DrawView view;

    private RealDrawView(Stage stage, double width, double height, String model) {
        context = TestContexts.real(background);
        ViewLoader.Loaded<DrawView> loaded = new ViewLoader(context).loadWithController("draw", "DrawView");
        view = loaded.controller();
        TestContexts.show(stage, loaded.root(), width, height);
        context.models().start(SampleModels.all(), model);
    }

    /** Shows the Draw view at this size and starts loading the sample model {@code model}. */
    public static RealDrawView show(Stage stage, double width, double height, String model) {
        return new RealDrawView(stage, width, height, model);
    }

    public AppContext context() {
        return context;
    }

    public DrawView view() {
        return view;
    }

    /** Stops the background threads and lets the context go. */
    @Override
    public void close() {
        background.shutdownNow();
        TestContexts.forget(context);
    }
}
