package org.digitlab.training.dl4j;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.digitlab.data.ImageSet;
import org.digitlab.data.dl4j.ImageBatches;
import org.digitlab.data.dl4j.NativeMemory;
import org.digitlab.model.ArchitectureSpec;
import org.digitlab.model.TrainedModel;
import org.digitlab.model.dl4j.Dl4jTrainedModel;
import org.digitlab.training.EvaluationResult;
import org.digitlab.training.Predictions;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Runs a network over a whole set in inference mode and computes the evaluation figures. Its
 * {@link #evaluate(TrainedModel, ImageSet)} implements {@link org.digitlab.training.Evaluator}.
 * A network is not thread-safe: each batch holds the network's lock, as predictions do.
 */
public final class Dl4jEvaluator {

    /**
     * Batches of 250: inference needs no gradients, so a batch costs only its activations, yet a
     * CNN's workspace holds each layer's for the whole batch (1,000 images of cnn-3conv took
     * ~300 MB of it); beyond a few hundred images a call's overhead is already negligible.
     */
    static final int BATCH = 250;

    private Dl4jEvaluator() {
    }

    /** Evaluates a model of the app (trained here or loaded from a file) on a set. */
    public static EvaluationResult evaluate(TrainedModel model, ImageSet set) {
        Dl4jTrainedModel dl4j = Dl4jTrainedModel.of(model);
        try {
            return evaluate(dl4j.network(), dl4j.spec(), set);
        } finally {
            // A whole set is a burst: its workspaces would otherwise stay with this (pooled) thread.
            NativeMemory.releaseThisThread();
            NativeMemory.giveBack();
        }
    }

    /** Predictions of a model of the app for every example of a set. */
    public static Predictions predict(TrainedModel model, ImageSet set) {
        Dl4jTrainedModel dl4j = Dl4jTrainedModel.of(model);
        try {
            return predict(dl4j.network(), dl4j.spec(), set);
        } finally {
            NativeMemory.releaseThisThread();
        }
    }

    static EvaluationResult evaluate(MultiLayerNetwork network, ArchitectureSpec spec,
            ImageSet set) {
        return EvaluationResult.of(predict(network, spec, set), spec.training().loss());
    }

    static Predictions predict(MultiLayerNetwork network, ArchitectureSpec spec,
            ImageSet set) {
        int n = set.size();
        int[] actual = new int[n];
        float[][] probabilities = new float[n][];
        boolean image = spec.expectsImageInput();
        for (int from = 0; from < n; from += BATCH) {
            int to = Math.min(n, from + BATCH);
            INDArray features = ImageBatches.features(set, from, to, image);
            float[][] out;
            // Batch by batch, so a drawing's prediction on the same network waits one batch at most.
            synchronized (network) {
                out = network.output(features, false).toFloatMatrix();
            }
            for (int i = from; i < to; i++) {
                actual[i] = set.label(i);
                probabilities[i] = out[i - from];
            }
        }
        return new Predictions(actual, probabilities);
    }
}
