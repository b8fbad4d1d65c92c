package org.digitlab.ui;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.prefs.Preferences;
import javafx.beans.property.StringProperty;
import org.digitlab.data.DatasetStore;
import org.digitlab.inference.NetworkInspector;
import org.digitlab.inference.Predictor;
import org.digitlab.model.ModelFiles;
import org.digitlab.model.TrainedModel;
import org.digitlab.training.Evaluator;
import org.digitlab.training.Trainer;
import org.digitlab.ui.model.ModelSelection;
import org.digitlab.ui.model.ProbeBoard;

/**
 * What every view gets: where background work runs, how results reach the FX thread, the engine
 * behind interfaces, and the state views share (the current model). {@link DigitLabApp} wires the
 * real engine; tests wire direct executors or fakes.
 *
 * @param background runs loading, prediction and file I/O off the FX thread
 * @param fx hands results to the FX thread ({@code Platform::runLater} in the app)
 * @param datasets where datasets are found, downloaded and imported
 * @param modelFiles saves and loads model files
 * @param predictors makes a predictor for a model
 * @param trainer starts training runs
 * @param preferences remembers choices between runs
 * @param models the current model and the models to choose from
 * @param dataset id of the dataset the dataset browser shows, for the status bar
 * @param evaluator evaluates a model on a set (the Evaluation view)
 * @param inspectors makes a network inspector for a model (feature maps, weights)
 * @param probes the pinned probe digits and their timelines, for every training run
 */
public record AppContext(Executor background, Executor fx, DatasetStore datasets, ModelFiles modelFiles,
        Function<TrainedModel, Predictor> predictors, Trainer trainer, Preferences preferences,
        ModelSelection models, StringProperty dataset, Evaluator evaluator,
        Function<TrainedModel, NetworkInspector> inspectors, ProbeBoard probes) {

    /**
     * A context without evaluation or inspection (they fail when used) and an empty probe board:
     * for views and tests that need neither.
     */
    public AppContext(Executor background, Executor fx, DatasetStore datasets, ModelFiles modelFiles,
            Function<TrainedModel, Predictor> predictors, Trainer trainer, Preferences preferences,
            ModelSelection models, StringProperty dataset) {
        this(background, fx, datasets, modelFiles, predictors, trainer, preferences, models, dataset,
                (model, set) -> {
                    throw new UnsupportedOperationException("no evaluator in this context");
                },
                model -> {
                    throw new UnsupportedOperationException("no network inspector in this context");
                },
                new ProbeBoard(fx));
    }

    public AppContext {
        Objects.requireNonNull(background, "background");
        Objects.requireNonNull(fx, "fx");
        Objects.requireNonNull(datasets, "datasets");
        Objects.requireNonNull(modelFiles, "modelFiles");
        Objects.requireNonNull(predictors, "predictors");
        Objects.requireNonNull(preferences, "preferences");
        Objects.requireNonNull(models, "models");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(evaluator, "evaluator");
        Objects.requireNonNull(inspectors, "inspectors");
        Objects.requireNonNull(probes, "probes");
    }
}
