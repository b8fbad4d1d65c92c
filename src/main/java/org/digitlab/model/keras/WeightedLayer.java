package org.digitlab.model.keras;

import java.util.List;

/**
 * A Keras layer with weights and where a file keeps them.
 *
 * @param specIndex  the layer's index in the imported spec
 * @param name       the layer's name in the configuration ("conv2d_1"): HDF5 files keep its
 *                   weights under {@code model_weights/<name>/}
 * @param savedName  the name a {@code .keras} weights file uses: the class in snake case and a
 *                   counter per class ("conv2d", "conv2d_1", "max_pooling2d"), whatever the name
 * @param kerasClass "Dense", "Conv2D" or "BatchNormalization"
 * @param variables  the variables the file holds, in Keras' order: kernel and bias (bias only
 *                   when {@code use_bias}), or gamma, beta, moving_mean and moving_variance
 *                   (gamma only when {@code scale}, beta only when {@code center})
 */
public record WeightedLayer(int specIndex, String name, String savedName, String kerasClass,
        List<String> variables) {

    public static final String KERNEL = "kernel";
    public static final String BIAS = "bias";
    public static final String GAMMA = "gamma";
    public static final String BETA = "beta";
    public static final String MOVING_MEAN = "moving_mean";
    public static final String MOVING_VARIANCE = "moving_variance";

    public WeightedLayer {
        variables = List.copyOf(variables);
    }

    /** "layer 'conv2d_1' (Conv2D)", as messages name a layer. */
    public String describe() {
        return "layer '" + name + "' (" + kerasClass + ")";
    }
}
