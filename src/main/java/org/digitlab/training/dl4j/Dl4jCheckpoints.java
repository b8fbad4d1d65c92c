package org.digitlab.training.dl4j;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.digitlab.model.EpochMetrics;
import org.digitlab.model.dl4j.Dl4jModelFiles;
import org.digitlab.model.dl4j.Dl4jTrainedModel;
import org.digitlab.training.RunRule;
import org.digitlab.training.TrainingListener;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Keeps the weights of the epoch with the lowest validation loss (and writes them to the run's
 * checkpoint file, when it has one), as Keras' {@code ModelCheckpoint(save_best_only=True)} and
 * DJL's {@code CheckpointsTrainingListener} do. Never ends a run. When the settings ask for no
 * checkpoints it only follows the best loss.
 */
final class Dl4jCheckpoints implements RunRule {

    private final MultiLayerNetwork network;
    private final AccuracyCountingLoss counter;
    private final boolean enabled;
    private final Path file;
    private final TrainingListener listener;
    private final Supplier<Dl4jTrainedModel> model;
    private INDArray bestParams;
    private int bestEpoch;
    private double bestValLoss = Double.POSITIVE_INFINITY;

    /**
     * @param enabled the settings' {@code checkpointBestValLoss}
     * @param file where each new best is written, or null
     * @param model the network as a model file holds it, for writing
     */
    Dl4jCheckpoints(MultiLayerNetwork network, AccuracyCountingLoss counter, boolean enabled, Path file,
            TrainingListener listener, Supplier<Dl4jTrainedModel> model) {
        this.network = network;
        this.counter = counter;
        this.enabled = enabled;
        this.file = file;
        this.listener = listener;
        this.model = model;
    }

    /** The weights a continued run starts from count as the best so far, at their own validation loss. */
    void startFrom(double valLoss, INDArray params, int epoch) {
        bestValLoss = valLoss;
        bestParams = params;
        bestEpoch = epoch;
    }

    @Override
    public Ending afterEpoch(EpochMetrics metrics) throws IOException {
        if (metrics.hasValidation() && metrics.valLoss() < bestValLoss) {
            bestValLoss = metrics.valLoss();
            if (enabled) {
                bestEpoch = metrics.epoch();
                bestParams = network.params().dup();
                if (file != null) {
                    OutputLossSwap.withOriginalLoss(network, counter, () -> new Dl4jModelFiles().save(model.get(), file));
                }
                listener.onCheckpoint(metrics.epoch(), metrics.valLoss());
            }
        }
        return null;
    }

    /** The lowest validation loss seen (that of a continued model included). */
    double bestValLoss() {
        return bestValLoss;
    }

    /** The best epoch's weights, or null when none were kept. */
    INDArray bestParams() {
        return bestParams;
    }

    int bestEpoch() {
        return bestEpoch;
    }
}
