package org.digitlab.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.digitlab.data.DataSplits;
import org.digitlab.data.DatasetCatalog;
import org.digitlab.data.DatasetStore;
import org.digitlab.model.ClassFit;
import org.digitlab.model.TrainedModel;
import org.digitlab.model.TrainingSettings;
import org.digitlab.model.dl4j.Dl4jModelFiles;
import org.digitlab.training.EvaluationResult;
import org.digitlab.training.TrainingData;
import org.digitlab.training.dl4j.Dl4jEvaluator;

/** Loads a model file and evaluates it on the test split of its own (or another) dataset. */
record ModelEvaluation(TrainedModel model, String datasetId, String setName, EvaluationResult result) {

    static ModelEvaluation run(Path modelFile, String datasetOverride) throws IOException {
        return run(modelFile, datasetOverride, false);
    }

    /**
     * @param wholeTest evaluate on the dataset's whole published test set (10,000 for MNIST)
     *     rather than the test part of the model's own split (half of it for notebook 001's split)
     */
    static ModelEvaluation run(Path modelFile, String datasetOverride, boolean wholeTest) throws IOException {
        TrainedModel model = new Dl4jModelFiles().load(modelFile);
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
                Dl4jEvaluator.evaluate(model, splits.test()));
    }
}
