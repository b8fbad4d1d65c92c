package org.digitlab.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.digitlab.data.DataSplits;
import org.digitlab.data.DatasetCatalog;
import org.digitlab.data.DatasetStore;
import org.digitlab.engine.Engine;
import org.digitlab.model.ClassFit;
import org.digitlab.model.TrainedModel;
import org.digitlab.model.TrainingSettings;
import org.digitlab.training.EvaluationResult;
import org.digitlab.training.TrainingData;

/** Loads a model file and evaluates it on the test split of its own (or another) dataset. */
record ModelEvaluation(TrainedModel model, String datasetId, String setName, EvaluationResult result) {

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
        if (wholeTest) {
            settings = settings.withSplit(org.digitlab.model.SplitKind.TRAIN_TEST, 0);
        }
        DataSplits splits = TrainingData.load(DatasetStore.defaultStore(), settings);
        if (splits.test().rows() != model.metadata().input().height()
                || splits.test().cols() != model.metadata().input().width()) {
            throw new BadInputException(String.format("%s expects %dx%d images but %s has %dx%d",
                    modelFile.getFileName(), model.metadata().input().height(),
                    model.metadata().input().width(), settings.datasetId(), splits.test().rows(),
                    splits.test().cols()));
        }
        // A digit model's figures on clothes would be numbers without meaning: refuse, saying why.
        ClassFit.mismatch(model.metadata(), DatasetCatalog.get(settings.datasetId())).ifPresent(why -> {
            throw new BadInputException(modelFile.getFileName() + ": " + why);
        });
        return new ModelEvaluation(model, settings.datasetId(), TrainingData.testSetName(settings),
                engine.evaluator().evaluate(model, splits.test()));
    }
}
