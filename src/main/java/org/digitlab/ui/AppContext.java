package org.digitlab.ui;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.prefs.Preferences;
import javafx.beans.property.StringProperty;
import org.digitlab.data.DatasetStore;
import org.digitlab.inference.Predictor;
import org.digitlab.model.ModelFiles;
import org.digitlab.model.TrainedModel;
import org.digitlab.training.Trainer;
import org.digitlab.ui.model.ModelSelection;

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
 */
public record AppContext(Executor background, Executor fx, DatasetStore datasets, ModelFiles modelFiles,
        Function<TrainedModel, Predictor> predictors, Trainer trainer, Preferences preferences,
        ModelSelection models, StringProperty dataset) {

    public AppContext {
        Objects.requireNonNull(background, "background");
        Objects.requireNonNull(fx, "fx");
        Objects.requireNonNull(datasets, "datasets");
        Objects.requireNonNull(modelFiles, "modelFiles");
        Objects.requireNonNull(predictors, "predictors");
        Objects.requireNonNull(preferences, "preferences");
        Objects.requireNonNull(models, "models");
        Objects.requireNonNull(dataset, "dataset");
    }
}
