package org.digitlab.ui.training;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.digitlab.data.ImageSet;
import org.digitlab.inference.Prediction;
import org.digitlab.inference.Predictor;
import org.digitlab.model.TestFigures;
import org.digitlab.model.TrainedModel;

/**
 * Test figures through the app's {@link Predictor} interface, in chunks: accuracy, and the mean
 * cross-entropy of the true class (the loss the notebooks report for cross-entropy models).
 */
public final class PredictorScorer implements TrainingEngine.TestScorer {

    static final int CHUNK = 500;
    /** Keeps log(0) finite for a model that is certain and wrong. */
    private static final double MIN_PROBABILITY = 1e-7;

    private final Function<TrainedModel, Predictor> predictors;

    public PredictorScorer(Function<TrainedModel, Predictor> predictors) {
        this.predictors = predictors;
    }

    @Override
    public TestFigures score(TrainedModel model, ImageSet test, String datasetId) {
        Predictor predictor = predictors.apply(model);
        int correct = 0;
        double lossSum = 0;
        for (int from = 0; from < test.size(); from += CHUNK) {
            int to = Math.min(test.size(), from + CHUNK);
            List<float[]> images = new ArrayList<>(to - from);
            for (int i = from; i < to; i++) {
                images.add(unitPixels(test, i));
            }
            List<Prediction> predictions = predictor.predictAll(images);
            for (int i = from; i < to; i++) {
                Prediction p = predictions.get(i - from);
                int label = test.label(i);
                correct += p.digit() == label ? 1 : 0;
                lossSum -= Math.log(Math.max(MIN_PROBABILITY, p.probabilities()[label]));
            }
        }
        int n = test.size();
        return new TestFigures(datasetId, "test", n == 0 ? Double.NaN : lossSum / n,
                n == 0 ? Double.NaN : (double) correct / n, n);
    }

    private static float[] unitPixels(ImageSet set, int index) {
        byte[] bytes = set.copyImage(index);
        float[] image = new float[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            image[i] = (bytes[i] & 0xff) / (float) ImageSet.MAX_PIXEL;
        }
        return image;
    }
}
