package org.digitlab.model.dl4j;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.params.BatchNormalizationParamInitializer;
import org.deeplearning4j.nn.params.ConvolutionParamInitializer;
import org.deeplearning4j.nn.params.DefaultParamInitializer;
import org.digitlab.model.ModelFileException;
import org.digitlab.model.keras.WeightedLayer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Puts a Keras layer's arrays into the DL4J layer Digit Lab built for it, checking each shape:
 * a Dense kernel (in, out) is DL4J's W as it is; a Conv2D kernel (kh, kw, in, out) becomes DL4J's
 * (out, in, kh, kw); a batch normalization's moving variance becomes the log10 of the standard
 * deviation DL4J keeps (it adds the epsilon when predicting, as Keras does). A kernel after
 * Flatten needs no reordering: Digit Lab flattens channels-last images in Keras' (h, w, c) order.
 * What Keras leaves out (no bias, no gamma or beta) is the identity: zero bias, gamma 1, beta 0.
 */
final class Dl4jKerasWeights {

    /** The smallest variance kept (see {@link #batchNorm}). */
    private static final double MIN_VARIANCE = 1e-30;

    private final Path file;

    Dl4jKerasWeights(Path file) {
        this.file = file;
    }

    void set(Layer layer, WeightedLayer keras, List<INDArray> arrays) throws ModelFileException {
        for (int i = 0; i < arrays.size(); i++) {
            INDArray array = arrays.get(i);
            if (!Double.isFinite(Transforms.abs(array.castTo(DataType.DOUBLE)).sumNumber().doubleValue())) {
                throw new ModelFileException(file, "the " + keras.variables().get(i) + " of " + keras.describe()
                        + " holds NaN or infinite values: the model was saved from a diverged run");
            }
        }
        switch (keras.kerasClass()) {
            case "BatchNormalization" -> batchNorm(layer, keras, arrays);
            case "Dense" -> {
                put(layer, DefaultParamInitializer.WEIGHT_KEY, arrays.get(0), keras, WeightedLayer.KERNEL);
                bias(layer, DefaultParamInitializer.BIAS_KEY, keras, arrays);
            }
            default -> { // Conv2D
                INDArray kernel = arrays.get(0);
                if (kernel.rank() != 4) {
                    throw shape(keras, WeightedLayer.KERNEL, kernel,
                            layer.getParam(ConvolutionParamInitializer.WEIGHT_KEY));
                }
                put(layer, ConvolutionParamInitializer.WEIGHT_KEY, kernel.permute(3, 2, 0, 1), keras,
                        WeightedLayer.KERNEL);
                bias(layer, ConvolutionParamInitializer.BIAS_KEY, keras, arrays);
            }
        }
    }

    private void bias(Layer layer, String key, WeightedLayer keras, List<INDArray> arrays)
            throws ModelFileException {
        if (keras.variables().contains(WeightedLayer.BIAS)) {
            put(layer, key, arrays.get(keras.variables().indexOf(WeightedLayer.BIAS)), keras, WeightedLayer.BIAS);
        } else {
            layer.getParam(key).assign(0);
        }
    }

    private void batchNorm(Layer layer, WeightedLayer keras, List<INDArray> arrays) throws ModelFileException {
        List<String> names = keras.variables();
        INDArray gamma = layer.getParam(BatchNormalizationParamInitializer.GAMMA);
        INDArray beta = layer.getParam(BatchNormalizationParamInitializer.BETA);
        if (names.contains(WeightedLayer.GAMMA)) {
            put(layer, BatchNormalizationParamInitializer.GAMMA, arrays.get(names.indexOf(WeightedLayer.GAMMA)),
                    keras, WeightedLayer.GAMMA);
        } else {
            gamma.assign(1);
        }
        if (names.contains(WeightedLayer.BETA)) {
            put(layer, BatchNormalizationParamInitializer.BETA, arrays.get(names.indexOf(WeightedLayer.BETA)),
                    keras, WeightedLayer.BETA);
        } else {
            beta.assign(0);
        }
        put(layer, BatchNormalizationParamInitializer.GLOBAL_MEAN,
                arrays.get(names.indexOf(WeightedLayer.MOVING_MEAN)), keras, WeightedLayer.MOVING_MEAN);
        INDArray variance = arrays.get(names.indexOf(WeightedLayer.MOVING_VARIANCE));
        if (variance.minNumber().doubleValue() < 0) {
            throw new ModelFileException(file, "the moving_variance of " + keras.describe()
                    + " has negative values, which no variance has; the file is damaged");
        }
        // DL4J keeps log10 of the standard deviation, squares it back to the variance and adds its
        // epsilon when predicting, as Keras does. A variance of 0 (a channel never active) would be
        // log10(0) = -infinity, which model files refuse: 1e-30 squares back to 0 in float all the same.
        INDArray logStd = Transforms.log(Transforms.max(variance.castTo(DataType.DOUBLE), MIN_VARIANCE), 10.0)
                .mul(0.5);
        put(layer, BatchNormalizationParamInitializer.GLOBAL_LOG_STD, logStd, keras, WeightedLayer.MOVING_VARIANCE);
    }

    /** The array into the parameter, which must have as many values in the same layout. */
    private void put(Layer layer, String key, INDArray value, WeightedLayer keras, String variable)
            throws ModelFileException {
        INDArray param = layer.getParam(key);
        long[] expected = param.shape();
        long[] got = value.shape();
        boolean vector = value.rank() == 1 || value.rank() == 2 && value.size(0) == 1;
        boolean sameShape = Arrays.equals(expected, got)
                || vector && param.rank() == 2 && expected[0] == 1 && value.length() == expected[1];
        if (!sameShape) {
            throw shape(keras, variable, value, param);
        }
        param.assign(value.reshape(expected).castTo(param.dataType()));
    }

    private ModelFileException shape(WeightedLayer keras, String variable, INDArray value, INDArray param) {
        return new ModelFileException(file, "the " + variable + " of " + keras.describe() + " has shape "
                + Arrays.toString(value.shape()) + " in the file, which does not fit the layer its configuration"
                + " describes (DL4J shape " + Arrays.toString(param.shape()) + ")");
    }
}
