package org.digitlab.cli;

import java.util.List;
import org.digitlab.data.collected.CollectedSet;
import org.digitlab.training.GroupFigures;

import java.io.IOException;
import java.nio.file.Path;
import org.digitlab.data.DataSplits;
import org.digitlab.data.DatasetInfo;
import org.digitlab.data.DatasetStore;
import org.digitlab.engine.Engine;
import org.digitlab.model.ClassFit;
import org.digitlab.model.TrainedModel;
import org.digitlab.model.TrainingSettings;
import org.digitlab.training.EvaluationResult;
import org.digitlab.training.TrainingData;

/** Loads a model file and evaluates it on the test split of its own (or another) dataset. */
record ModelEvaluation(TrainedModel model, String datasetId, String setName, EvaluationResult result,
        List<GroupFigures> writers) {

    ModelEvaluation(TrainedModel model, String datasetId, String setName, EvaluationResult result) {
        this(model, datasetId, setName, result, List.of());
    }

    static ModelEvaluation run(Engine engine, Path modelFile, String datasetOverride) throws IOException {
        return run(engine, modelFile, datasetOverride, false);
    }

    /**
     * @param wholeTest evaluate on the dataset's whole published test set (10,000 for MNIST)
     *     rather than the test part of the model's own split (half of it for notebook 001's split)
     */
    static ModelEvaluation run(Engine engine, Path modelFile, String datasetOverride, boolean wholeTest)
            throws IOException {
        TrainedModel model = engine.modelFiles().load(modelFile);
        TrainingSettings settings = model.spec().training();
        if (datasetOverride != null) {
            settings = settings.withDataset(datasetOverride);
        }
        DatasetStore store = DatasetStore.defaultStore();
        boolean drawn = CollectedSet.isCollectedId(settings.datasetId());
        if (wholeTest || drawn) { // a collected set is tested whole: every drawing is in its test split
            settings = settings.withSplit(org.digitlab.model.SplitKind.TRAIN_TEST, 0);
        }
        DatasetInfo info = datasetInfo(store, settings.datasetId());
        DataSplits splits = TrainingData.load(store, settings);
        if (splits.test().rows() != model.metadata().input().height()
                || splits.test().cols() != model.metadata().input().width()) {
            throw new BadInputException(String.format("%s expects %dx%d images but %s has %dx%d",
                    modelFile.getFileName(), model.metadata().input().height(),
                    model.metadata().input().width(), settings.datasetId(), splits.test().rows(),
                    splits.test().cols()));
        }
        // A digit model's figures on clothes would be numbers without meaning: refuse, saying why.
        ClassFit.mismatch(model.metadata(), info).ifPresent(why -> {
            throw new BadInputException(modelFile.getFileName() + ": " + why);
        });
        EvaluationResult result = engine.evaluator().evaluate(model, splits.test());
        if (!drawn) {
            return new ModelEvaluation(model, settings.datasetId(), TrainingData.testSetName(settings), result);
        }
        CollectedSet set = store.collected().load(settings.datasetId());
        return new ModelEvaluation(model, settings.datasetId(), "drawn", result,
                GroupFigures.of(result.predictions(), set.byWriter()));
    }

    /** The dataset's entry; an unknown id is bad input that lists the known ones. */
    static DatasetInfo datasetInfo(DatasetStore store, String id) {
        try {
            return store.info(id);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--dataset: " + e.getMessage());
        }
    }
}
