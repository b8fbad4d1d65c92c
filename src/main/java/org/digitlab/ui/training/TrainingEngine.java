package org.digitlab.ui.training;

import java.io.IOException;
import java.util.Objects;
import org.digitlab.data.DataSplits;
import org.digitlab.data.ImageSet;
import org.digitlab.model.ModelFiles;
import org.digitlab.model.TestFigures;
import org.digitlab.model.TrainedModel;
import org.digitlab.model.TrainingSettings;
import org.digitlab.training.Evaluator;
import org.digitlab.training.Trainer;
import org.digitlab.training.TrainingData;

/**
 * What the training dashboard needs from the engine, behind interfaces so that view-model tests
 * use fakes.
 *
 * @param trainer starts runs
 * @param splits loads the dataset and split a run's settings name (blocking I/O)
 * @param scorer measures a finished model on the test set (blocking)
 * @param files saves model files
 */
public record TrainingEngine(Trainer trainer, SplitsLoader splits, TestScorer scorer, ModelFiles files) {

    public TrainingEngine {
        Objects.requireNonNull(trainer, "trainer");
        Objects.requireNonNull(splits, "splits");
        Objects.requireNonNull(scorer, "scorer");
        Objects.requireNonNull(files, "files");
    }

    /** Loads train, validation and test sets for a run. */
    public interface SplitsLoader {
        DataSplits load(TrainingSettings settings) throws IOException;
    }

    /** Test figures of a model. */
    public interface TestScorer {
        TestFigures score(TrainedModel model, ImageSet test, String datasetId);
    }

    /**
     * The scorer of the app: the one evaluator that the Evaluation view and the command line use
     * too, so that a model has one test figure wherever it is shown (the model's own loss, the
     * set named as its split makes it).
     */
    public static TestScorer scoring(Evaluator evaluator) {
        Objects.requireNonNull(evaluator, "evaluator");
        return (model, test, datasetId) -> evaluator.evaluate(model, test)
                .figures(datasetId, TrainingData.testSetName(model.spec().training()));
    }
}
