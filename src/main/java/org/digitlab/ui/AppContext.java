package org.digitlab.ui;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.prefs.Preferences;
import javafx.beans.property.StringProperty;
import org.digitlab.data.DatasetStore;
import org.digitlab.engine.Engine;
import org.digitlab.training.TrainingSession;
import org.digitlab.ui.state.ModelSelection;
import org.digitlab.ui.state.ProbeBoard;

/**
 * What every view gets: where background work runs, how results reach the FX thread, the engine
 * behind its interface, and the state views share (the current model). {@link DigitLabApp} wires
 * the real engine; tests wire direct executors or fakes.
 *
 * @param background runs loading, prediction and file I/O off the FX thread
 * @param fx hands results to the FX thread ({@code Platform::runLater} in the app)
 * @param datasets where datasets are found, downloaded and imported
 * @param engine trainer, evaluator, model files, predictors and inspectors
 * @param splits loads a training run's data, each split once for the app's whole session
 * @param preferences remembers choices between runs
 * @param models the current model and the models to choose from
 * @param dataset id of the dataset the dataset browser shows, for the status bar
 * @param probes the pinned probe digits and their timelines, for every training run
 */
public record AppContext(Executor background, Executor fx, DatasetStore datasets, Engine engine,
        TrainingSession.SplitsLoader splits, Preferences preferences, ModelSelection models, StringProperty dataset, ProbeBoard probes) {

    public AppContext {
        Objects.requireNonNull(background, "background");
        Objects.requireNonNull(fx, "fx");
        Objects.requireNonNull(datasets, "datasets");
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(splits, "splits");
        Objects.requireNonNull(preferences, "preferences");
        Objects.requireNonNull(models, "models");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(probes, "probes");
    }
}
