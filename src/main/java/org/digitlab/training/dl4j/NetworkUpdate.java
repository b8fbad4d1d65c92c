package org.digitlab.training.dl4j;

import org.deeplearning4j.nn.gradient.DefaultGradient;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.deeplearning4j.optimize.solvers.BaseOptimizer;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The end of one of the app's own training steps, as {@code fit} ends it: the network's gradient
 * views, filled by the step, go to the network's own updater (which divides by the batch size and
 * applies Adam, RMSprop or SGD with any schedule), the update is subtracted from the parameters and
 * the iteration count advances. So parameters, updater state and counters evolve as under
 * {@code fit}, and the network stays an ordinary DL4J network.
 */
final class NetworkUpdate {

    private final MultiLayerNetwork network;
    private final Gradient gradient;
    /** The network's flat parameters and its flat gradient view, shaped alike. */
    private final INDArray parameters;
    private final INDArray update;
    private final LayerWorkspaceMgr noWorkspaces = LayerWorkspaceMgr.noWorkspaces();

    NetworkUpdate(MultiLayerNetwork network) {
        this.network = network;
        if (network.getGradientsViewArray() == null) {
            network.initGradientsView();
        }
        // The full view itself, so the updater treats it as the network's own gradient.
        this.gradient = new DefaultGradient(network.getGradientsViewArray());
        this.parameters = network.params();
        this.update = network.getGradientsViewArray().reshape(parameters.shape());
    }

    /** Names layer {@code layer}'s gradient view for parameter {@code key} as DL4J does. */
    void gradientFor(int layer, String key, INDArray view) {
        gradient.setGradientFor(layer + "_" + key, view);
    }

    /** Applies the gradient the step wrote and records {@code loss} as the network's score. */
    void apply(int batchSize, double loss) {
        network.getUpdater().update(network, gradient, network.getIterationCount(), network.getEpochCount(),
                batchSize, noWorkspaces);
        parameters.subi(update);
        BaseOptimizer.incrementIterationCount(network, 1);
        network.setScore(loss);
    }
}
