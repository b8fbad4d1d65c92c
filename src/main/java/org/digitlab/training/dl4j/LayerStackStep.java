package org.digitlab.training.dl4j;

import java.util.ArrayList;
import java.util.List;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.GradientNormalization;
import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.conf.layers.ZeroPaddingLayer;
import org.deeplearning4j.nn.conf.preprocessor.CnnToFeedForwardPreProcessor;
import org.deeplearning4j.nn.conf.preprocessor.FeedForwardToCnnPreProcessor;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.activations.impl.ActivationSoftmax;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.api.DataSet;
import org.nd4j.linalg.lossfunctions.ILossFunction;
import org.nd4j.linalg.lossfunctions.impl.LossMCXENT;

/**
 * {@code MultiLayerNetwork.fit} for the convolutional presets (convolution, pooling, zero padding,
 * ReLU/tanh/sigmoid activations, flatten, dense layers, a softmax cross-entropy output), each layer
 * one native op on buffers kept from batch to batch, with the same result.
 *
 * <p>Why: a profile of {@code cnn-3conv} under {@code fit} showed the convolutions' forward pass
 * recomputed during backpropagation (DL4J's {@code CacheMode.NONE}), every activation layer's
 * input copied between workspaces, ReLU's derivative through a per-element function call (a
 * tenth of the step), and layer bookkeeping around every op. This step keeps each layer's input
 * and output from the forward pass, takes activation derivatives from the outputs in place, and
 * skips the first layer's input gradient where the op allows.
 *
 * <p>As {@link DenseReluStep}: it writes into the network's own gradient views and ends with a
 * {@link NetworkUpdate}, so parameters, updater state and counters evolve as under {@code fit}
 * and the model file stays a plain DL4J network. Anything it does not model (dropout, batch
 * normalisation, regularisation, other layers, losses or activations) makes {@link #supports}
 * false, and training uses {@code fit}.
 */
final class LayerStackStep implements TrainingStep {

    private final List<StackOp> ops = new ArrayList<>();
    private final NetworkUpdate networkUpdate;
    private final SoftmaxCrossEntropy crossEntropy = new SoftmaxCrossEntropy();
    /** Below the first op with parameters (e.g. LeNet-5's zero padding) no gradient is needed. */
    private final int firstWithParameters;

    LayerStackStep(MultiLayerNetwork network) {
        this.networkUpdate = new NetworkUpdate(network);
        MultiLayerConfiguration conf = network.getLayerWiseConfigurations();
        boolean image = false;
        for (int i = 0; i < network.getnLayers(); i++) {
            int index = i;
            Layer layer = network.getLayer(i);
            org.deeplearning4j.nn.conf.layers.Layer layerConf = layer.conf().getLayer();
            if (conf.getInputPreProcess(i) != null && !takesFlatRows(conf, i)) {
                ops.add(new FlattenOp());
            }
            ops.add(op(layer, layerConf, ops.isEmpty() ? null : ops.get(ops.size() - 1),
                    image && conf.getInputPreProcess(i) != null));
            image = layerConf instanceof ConvolutionLayer || layerConf instanceof SubsamplingLayer
                    || layerConf instanceof ZeroPaddingLayer || (image && !(layerConf instanceof DenseLayer));
            if (layer.numParams() > 0) {
                layerConf.initializer().getGradientsFromFlattened(layer.conf(), layer.getGradientsViewArray())
                        .forEach((key, view) -> networkUpdate.gradientFor(index, key, view));
            }
        }
        poolBeforeRelu(ops);
        this.firstWithParameters = (int) ops.stream().takeWhile(op -> !(op instanceof ConvOp || op instanceof DenseOp))
                .count();
    }

    /**
     * A ReLU right before a max pooling runs after it instead, on a quarter of the values: the
     * two commute (the maximum of ReLUs is the ReLU of the maximum), and the gradient reaches the
     * same inputs (where the maximum is not positive, ReLU's derivative zeroes it either way).
     */
    private static void poolBeforeRelu(List<StackOp> ops) {
        for (int i = 0; i + 1 < ops.size(); i++) {
            if (ops.get(i) instanceof ActivationOp act && act.isRelu()
                    && ops.get(i + 1) instanceof PoolOp pool && pool.isMax()) {
                ops.set(i, pool);
                ops.set(i + 1, act);
            }
        }
    }

    private static StackOp op(Layer layer, org.deeplearning4j.nn.conf.layers.Layer conf, StackOp below,
            boolean belowIsImage) {
        if (conf instanceof ConvolutionLayer) {
            return new ConvOp(layer);
        }
        if (conf instanceof SubsamplingLayer pool) {
            return new PoolOp(pool);
        }
        if (conf instanceof ZeroPaddingLayer pad) {
            return new ZeroPadOp(pad);
        }
        if (conf instanceof org.deeplearning4j.nn.conf.layers.ActivationLayer act) {
            return new ActivationOp(PointwiseActivation.of(act.getActivationFn()), !ownsDisposableOutput(below));
        }
        PointwiseActivation activation = conf instanceof OutputLayer ? null
                : PointwiseActivation.of(((BaseLayer) conf).getActivationFn());
        return new DenseOp(layer, activation, belowIsImage);
    }

    /**
     * Whether an activation may overwrite this op's output in place: a convolution's or pooling's
     * backward pass reads only its input, a linear dense layer's neither. The batch itself, zero
     * padding (whose border must stay zero), another activation or a dense layer with its own
     * activation (whose derivative reads the output) need a copy.
     */
    private static boolean ownsDisposableOutput(StackOp below) {
        return below instanceof ConvOp || below instanceof PoolOp || below instanceof DenseOp dense && dense.linear();
    }

    /** Whether this step gives what {@code fit} would for {@code network} under {@code loss}. */
    static boolean supports(MultiLayerNetwork network, ILossFunction loss) {
        MultiLayerConfiguration conf = network.getLayerWiseConfigurations();
        int depth = network.getnLayers();
        if (depth < 2 || conf.getDataType() != DataType.FLOAT) {
            return false;
        }
        for (int i = 0; i < depth; i++) {
            InputPreProcessor pre = conf.getInputPreProcess(i);
            org.deeplearning4j.nn.conf.layers.Layer layerConf = network.getLayer(i).conf().getLayer();
            boolean flattenBeforeDense = pre instanceof CnnToFeedForwardPreProcessor flatten
                    && flatten.getFormat() == CNN2DFormat.NHWC
                    && (layerConf.getClass() == DenseLayer.class || layerConf.getClass() == OutputLayer.class);
            boolean passThrough = flattenBeforeDense || takesFlatRows(conf, i);
            if ((pre != null && !passThrough) || !supported(network.getLayer(i), i == depth - 1)) {
                return false;
            }
        }
        return loss instanceof LossMCXENT mcxent && mcxent.getWeights() == null
                && mcxent.getSoftmaxClipEps() == SoftmaxCrossEntropy.CLIP;
    }

    /**
     * The first layer's preprocessor for DL4J's flat MNIST rows ({@code
     * Dl4jNetworkFactory.flatRowsToImages}) passes this step's image batches through unchanged.
     */
    private static boolean takesFlatRows(MultiLayerConfiguration conf, int layer) {
        return layer == 0 && conf.getInputPreProcess(0) instanceof FeedForwardToCnnPreProcessor;
    }

    private static boolean supported(Layer layer, boolean last) {
        org.deeplearning4j.nn.conf.layers.Layer conf = layer.conf().getLayer();
        if (conf.getIDropout() != null) {
            return false;
        }
        if (last) {
            return conf.getClass() == OutputLayer.class && ((OutputLayer) conf).hasBias()
                    && ((OutputLayer) conf).getActivationFn() instanceof ActivationSoftmax && plain(layer);
        }
        if (conf.getClass() == ConvolutionLayer.class) {
            return ConvOp.supports((ConvolutionLayer) conf) && plain(layer);
        }
        if (conf.getClass() == SubsamplingLayer.class) {
            return PoolOp.supports((SubsamplingLayer) conf);
        }
        if (conf.getClass() == ZeroPaddingLayer.class) {
            return ((ZeroPaddingLayer) conf).getDataFormat() == CNN2DFormat.NHWC;
        }
        if (conf.getClass() == org.deeplearning4j.nn.conf.layers.ActivationLayer.class) {
            return PointwiseActivation.of(((org.deeplearning4j.nn.conf.layers.ActivationLayer) conf)
                    .getActivationFn()) != null;
        }
        return conf.getClass() == DenseLayer.class && ((DenseLayer) conf).hasBias()
                && !((DenseLayer) conf).hasLayerNorm()
                && PointwiseActivation.of(((DenseLayer) conf).getActivationFn()) != null && plain(layer);
    }

    /** Weights and biases only: no noise, regularisation, constraints or gradient clipping. */
    private static boolean plain(Layer layer) {
        BaseLayer conf = (BaseLayer) layer.conf().getLayer();
        return conf.getWeightNoise() == null
                && (conf.getRegularization() == null || conf.getRegularization().isEmpty())
                && (conf.getRegularizationBias() == null || conf.getRegularizationBias().isEmpty())
                && (conf.getConstraints() == null || conf.getConstraints().isEmpty())
                && (conf.getGradientNormalization() == null
                        || conf.getGradientNormalization() == GradientNormalization.None);
    }

    @Override
    public double fit(DataSet batch) {
        INDArray labels = batch.getLabels();
        INDArray values = batch.getFeatures();
        for (StackOp op : ops) {
            values = op.forward(values);
        }
        double loss = crossEntropy.scoreAndCount(values, labels);
        INDArray delta = values.subi(labels); // softmax with cross-entropy: probabilities − labels
        for (int i = ops.size() - 1; i >= 0; i--) {
            delta = ops.get(i).backward(delta, i > firstWithParameters);
        }
        networkUpdate.apply(batch.numExamples(), loss);
        return loss;
    }

    @Override
    public long correct() {
        return crossEntropy.correct();
    }

    @Override
    public long counted() {
        return crossEntropy.counted();
    }

    @Override
    public void resetCounts() {
        crossEntropy.reset();
    }
}
