package org.digitlab.inference.dl4j;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.DropoutLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The gradient of a class's log-probability with respect to the input pixels, of the network as
 * it answers. The network runs layer by layer in inference mode (batch normalisation with its
 * learned statistics, no dropout), keeping each layer's input, and the gradient is carried back
 * through the layers' own {@code backpropGradient}. Apart from {@link Dl4jExplainer} because it is
 * the one place that differentiates DL4J's layers by hand.
 *
 * <p>Why not {@code MultiLayerNetwork.calculateGradients}: it runs the forward pass in training
 * mode, so dropout drops units at random and batch normalisation normalises a batch of one image
 * by its own statistics, which gives a different network from the one that answers. Batch
 * normalisation and dropout layers are therefore differentiated here in their inference form (an
 * affine map per channel; the identity).
 */
final class InputGradient {

    private final MultiLayerNetwork network;
    private final LayerWorkspaceMgr noWorkspaces = LayerWorkspaceMgr.noWorkspaces();

    /** Calls lock {@code network}, as every other user of it does. */
    InputGradient(MultiLayerNetwork network) {
        this.network = network;
    }

    /** d log p(target) / d pixel, for every pixel of a batch of one image. */
    float[] of(INDArray input, int target) {
        synchronized (network) {
            if (network.getGradientsViewArray() == null) {
                // layers write their parameters' gradients as they go; a loaded network has no room yet
                network.initGradientsView();
            }
            try {
                Forward forward = forward(input);
                // log-softmax: d log p_t / d z = onehot(t) − p
                INDArray dz = forward.probabilities.neg();
                dz.putScalar(0, target, dz.getFloat(0, target) + 1f);
                int last = network.getnLayers() - 1;
                INDArray epsilon = dz.mmul(network.getLayer(last).getParam("W").transpose());
                epsilon = backThroughPreprocessor(last, epsilon);
                for (int i = last - 1; i >= 0; i--) {
                    epsilon = backThroughLayer(network.getLayer(i), epsilon);
                    epsilon = backThroughPreprocessor(i, epsilon);
                }
                return epsilon.dup('c').data().asFloat();
            } finally {
                network.clear();
            }
        }
    }

    private INDArray backThroughLayer(Layer layer, INDArray epsilon) {
        org.deeplearning4j.nn.conf.layers.Layer conf = layer.conf().getLayer();
        if (conf instanceof DropoutLayer) {
            return epsilon; // the identity at inference
        }
        if (conf instanceof BatchNormalization bn) {
            return batchNormBackward(layer, bn, epsilon);
        }
        return layer.backpropGradient(epsilon, noWorkspaces).getSecond();
    }

    /** At inference batch normalisation is y = γ (x − mean) / √(var + ε) + β per channel (the last axis). */
    private static INDArray batchNormBackward(Layer layer, BatchNormalization conf, INDArray epsilon) {
        INDArray var = conf.isUseLogStd()
                ? Transforms.pow(Nd4j.valueArrayOf(layer.getParam("log10stdev").shape(), 10.0f),
                        layer.getParam("log10stdev").mul(2))
                : layer.getParam("var").dup();
        INDArray scale = Transforms.sqrt(var.addi(conf.getEps()), false).rdivi(1.0);
        if (conf.isLockGammaBeta()) {
            scale.muli(conf.getGamma());
        } else {
            scale.muli(layer.getParam("gamma"));
        }
        long channels = scale.length();
        INDArray rows = epsilon.dup('c').reshape(-1, channels);
        return rows.muliRowVector(scale.reshape(1, channels)).reshape(epsilon.shape());
    }

    private INDArray backThroughPreprocessor(int layerIndex, INDArray epsilon) {
        InputPreProcessor pre = network.getLayerWiseConfigurations().getInputPreProcess(layerIndex);
        return pre == null ? epsilon : pre.backprop(epsilon, (int) epsilon.size(0), noWorkspaces);
    }

    /** The network in inference mode, layer by layer, each layer keeping its input for backprop. */
    private Forward forward(INDArray input) {
        MultiLayerConfiguration conf = network.getLayerWiseConfigurations();
        int batch = (int) input.size(0);
        INDArray values = input;
        int last = network.getnLayers() - 1;
        for (int i = 0; i < last; i++) {
            InputPreProcessor pre = conf.getInputPreProcess(i);
            if (pre != null) {
                values = pre.preProcess(values, batch, noWorkspaces);
            }
            values = network.getLayer(i).activate(values, false, noWorkspaces);
        }
        InputPreProcessor pre = conf.getInputPreProcess(last);
        INDArray hidden = pre == null ? values : pre.preProcess(values, batch, noWorkspaces);
        INDArray probabilities = network.getLayer(last).activate(hidden, false, noWorkspaces);
        return new Forward(hidden, probabilities);
    }

    private record Forward(INDArray hidden, INDArray probabilities) {
    }
}
