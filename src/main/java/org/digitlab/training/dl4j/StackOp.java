package org.digitlab.training.dl4j;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One layer's work in a {@link LayerStackStep}: its forward pass keeps what its backward pass
 * needs (its input, its output), so nothing is computed twice.
 */
interface StackOp {

    /** This layer's output for a batch; may be a view of {@code input} or a buffer of its own. */
    INDArray forward(INDArray input);

    /**
     * Writes this layer's parameter gradients (summed over the batch, as DL4J's layers do) into
     * the network's gradient views.
     *
     * @param gradient the loss gradient at this layer's output; the op may overwrite it
     * @param needInput whether the layer below needs the gradient at this layer's input
     * @return the gradient at this layer's input, or {@code null} if not {@code needInput}
     */
    INDArray backward(INDArray gradient, boolean needInput);
}
