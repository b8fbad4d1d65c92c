package org.digitlab.engine.dl4j;

import org.digitlab.data.dl4j.NativeMemory;
import org.digitlab.engine.Engine;
import org.digitlab.inference.Explainer;
import org.digitlab.inference.NetworkInspector;
import org.digitlab.inference.Predictor;
import org.digitlab.inference.dl4j.Dl4jExplainer;
import org.digitlab.inference.dl4j.Dl4jNetworkInspector;
import org.digitlab.inference.dl4j.Dl4jPredictor;
import org.digitlab.model.ModelFiles;
import org.digitlab.model.TrainedModel;
import org.digitlab.model.dl4j.Dl4jModelFiles;
import org.digitlab.training.Evaluator;
import org.digitlab.training.Trainer;
import org.digitlab.training.dl4j.Dl4jEvaluator;
import org.digitlab.training.dl4j.Dl4jTrainer;

/**
 * The Deeplearning4j engine. {@link #create()} applies the native set-up first (it must precede
 * ND4J's loading, which happens once per process), so every entry point of the app starts here.
 * The adapters themselves hold no state worth sharing: a second {@code create()} is cheap and
 * returns an engine like the first.
 */
public final class Dl4jEngine implements Engine {

    private final NativeSetup.Choice choice;
    private final Trainer trainer = new Dl4jTrainer();
    private final ModelFiles modelFiles = new Dl4jModelFiles();

    private Dl4jEngine(NativeSetup.Choice choice) {
        this.choice = choice;
    }

    /** Applies the native set-up (once per process) and returns the engine. */
    public static Dl4jEngine create() {
        return new Dl4jEngine(NativeSetup.apply());
    }

    @Override
    public Trainer trainer() {
        return trainer;
    }

    @Override
    public Evaluator evaluator() {
        return Dl4jEvaluator::evaluate;
    }

    @Override
    public ModelFiles modelFiles() {
        return modelFiles;
    }

    @Override
    public Predictor predictor(TrainedModel model) {
        return new Dl4jPredictor(model);
    }

    @Override
    public NetworkInspector inspector(TrainedModel model) {
        return new Dl4jNetworkInspector(model);
    }

    @Override
    public Explainer explainer(TrainedModel model) {
        return new Dl4jExplainer(model);
    }

    @Override
    public void giveBackMemory() {
        NativeMemory.giveBack();
    }

    @Override
    public String nativeSetup() {
        return choice.describe();
    }

    /** What the native set-up chose, for tests of the choice itself. */
    NativeSetup.Choice choice() {
        return choice;
    }
}
