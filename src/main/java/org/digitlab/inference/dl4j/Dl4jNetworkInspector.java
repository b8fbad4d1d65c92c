package org.digitlab.inference.dl4j;

import java.util.ArrayList;
import java.util.List;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.digitlab.inference.Kernels;
import org.digitlab.inference.LayerOutput;
import org.digitlab.inference.NetworkInspector;
import org.digitlab.inference.UnitWeights;
import org.digitlab.model.TrainedModel;
import org.digitlab.model.dl4j.Dl4jTrainedModel;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Reads a DL4J network's layer outputs ({@link MultiLayerNetwork#feedForward(INDArray, boolean)}
 * in inference mode) and parameters. Convolutions are built as a linear convolution followed by
 * an activation layer of the same name plus "_activation" (see {@code Dl4jNetworkFactory}): the
 * two are reported as one layer with the activation's output, as Keras would show it. Every call
 * holds the network's lock, as predictions do.
 */
public final class Dl4jNetworkInspector implements NetworkInspector {

    private static final String ACTIVATION_SUFFIX = "_activation";
    private static final int RANK_IMAGE = 4;

    private final MultiLayerNetwork network;
    private final int side;
    private final boolean imageInput;

    public Dl4jNetworkInspector(TrainedModel model) {
        Dl4jTrainedModel dl4j = Dl4jTrainedModel.of(model);
        this.network = dl4j.network();
        this.side = model.metadata().input().height();
        this.imageInput = model.spec().expectsImageInput();
    }

    @Override
    public List<LayerOutput> layerOutputs(float[] image) {
        if (image.length != side * side) {
            throw new IllegalArgumentException("expected " + side * side + " values, got " + image.length);
        }
        long[] shape = imageInput ? new long[] {1, side, side, 1} : new long[] {1, (long) side * side};
        List<INDArray> activations;
        synchronized (network) {
            activations = network.feedForward(Nd4j.create(image, shape, 'c'), false);
        }
        List<LayerOutput> outputs = new ArrayList<>();
        for (int i = 0; i < network.getnLayers(); i++) {
            org.deeplearning4j.nn.conf.layers.Layer conf = network.getLayer(i).conf().getLayer();
            INDArray out = activations.get(i + 1);
            String name = conf.getLayerName();
            if (conf instanceof ConvolutionLayer) {
                outputs.add(output(name, "Conv2D", out));
            } else if (conf instanceof SubsamplingLayer pool) {
                outputs.add(output(name, pool.getPoolingType() == PoolingType.AVG
                        ? "AveragePooling2D" : "MaxPooling2D", out));
            } else if (conf instanceof DenseLayer) {
                outputs.add(output(name, "Dense", out));
            } else if (conf instanceof ActivationLayer && name != null && name.endsWith(ACTIVATION_SUFFIX)
                    && !outputs.isEmpty() && name.equals(outputs.get(outputs.size() - 1).name() + ACTIVATION_SUFFIX)) {
                LayerOutput conv = outputs.remove(outputs.size() - 1);
                outputs.add(output(conv.name(), conv.kind(), out));
            }
        }
        return outputs;
    }

    private static LayerOutput output(String name, String kind, INDArray out) {
        float[] values = out.dup('c').data().asFloat();
        if (out.rank() == RANK_IMAGE) { // channels last: (1, H, W, C)
            return new LayerOutput(name, kind, (int) out.size(1), (int) out.size(2), (int) out.size(3), values);
        }
        return new LayerOutput(name, kind, 0, 0, values.length, values);
    }

    @Override
    public Kernels firstConvKernels() {
        for (Layer layer : network.getLayers()) {
            if (layer.conf().getLayer() instanceof ConvolutionLayer) {
                INDArray w;
                synchronized (network) {
                    w = layer.getParam("W").dup('c'); // (out, in, kH, kW)
                }
                int count = (int) w.size(0);
                int kh = (int) w.size(2);
                int kw = (int) w.size(3);
                float[] all = w.data().asFloat();
                int perOut = (int) (w.size(1) * kh * kw);
                float[] values = new float[count * kh * kw];
                for (int k = 0; k < count; k++) {
                    System.arraycopy(all, k * perOut, values, k * kh * kw, kh * kw);
                }
                return new Kernels(kh, kw, count, values);
            }
        }
        return null;
    }

    @Override
    public UnitWeights firstDenseWeights(int maxUnits) {
        if (imageInput || network.getnLayers() == 0
                || !(network.getLayer(0).conf().getLayer() instanceof DenseLayer)) {
            return null;
        }
        float[][] w;
        synchronized (network) {
            w = network.getLayer(0).getParam("W").toFloatMatrix(); // (inputs, units)
        }
        int units = w[0].length;
        int shown = Math.min(maxUnits, units);
        List<Integer> indices = new ArrayList<>();
        List<float[]> images = new ArrayList<>();
        for (int k = 0; k < shown; k++) {
            int unit = (int) ((long) k * units / shown);
            float[] image = new float[w.length];
            for (int p = 0; p < w.length; p++) {
                image[p] = w[p][unit];
            }
            indices.add(unit);
            images.add(image);
        }
        return new UnitWeights(side, indices, images);
    }
}
