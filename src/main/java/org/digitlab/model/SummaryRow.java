package org.digitlab.model;

/**
 * One line of a Keras-style summary.
 *
 * @param index              the layer's position in the spec, from 0
 * @param name               Keras' automatic name: "conv2d", "max_pooling2d", "dense_1", ...
 * @param kind               the Keras class name: "Conv2D", "MaxPooling2D", ...
 * @param outputShape        the layer's output for one example
 * @param params             all parameters, as Keras counts them
 * @param nonTrainableParams the part of {@code params} not learned by gradient descent
 *                           (batch norm's moving mean and variance)
 */
public record SummaryRow(int index, String name, String kind, Shape outputShape, long params,
                         long nonTrainableParams) {
}
