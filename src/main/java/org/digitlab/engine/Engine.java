package org.digitlab.engine;

import org.digitlab.inference.Explainer;
import org.digitlab.inference.NetworkInspector;
import org.digitlab.inference.Predictor;
import org.digitlab.model.ModelFiles;
import org.digitlab.model.TrainedModel;
import org.digitlab.training.Evaluator;
import org.digitlab.training.Trainer;

/**
 * Everything the window and the command line need from a deep-learning library, behind the app's
 * own interfaces. One implementation exists ({@code engine.dl4j.Dl4jEngine}); it is created once,
 * at start-up, by whoever starts the process ({@code DigitLabApp}, {@code DigitLabCli}, the tests),
 * so that the library's native set-up happens in one place and before anything loads it.
 */
public interface Engine {

    /** Starts training runs. */
    Trainer trainer();

    /** The one source of every test figure: accuracy, loss, confusion matrix, predictions. */
    Evaluator evaluator();

    /** Saves and loads model files. */
    ModelFiles modelFiles();

    /**
     * A predictor for a model.
     *
     * @throws IllegalArgumentException when the model does not take square grey images
     */
    Predictor predictor(TrainedModel model);

    /** Looks inside a model: feature maps, kernels, first-layer weights. */
    NetworkInspector inspector(TrainedModel model);

    /** Explains a model's answers: saliency maps and its last hidden layer. */
    Explainer explainer(TrainedModel model);

    /**
     * Hands native memory that is no longer used back to the operating system, e.g. after the
     * dataset browser let its images go; any thread.
     */
    void giveBackMemory();

    /** The native build and settings chosen at start-up, for {@code --version} and tooltips. */
    String nativeSetup();
}
