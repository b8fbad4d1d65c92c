package org.digitlab.training.dl4j;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.lossfunctions.impl.LossMCXENT;

/**
 * The batch loss of a softmax output under cross-entropy as DL4J's {@link LossMCXENT} scores it,
 * and the count of examples whose most probable class is their label (Keras' training accuracy).
 * Shared by the app's own training steps, which compute the softmax themselves.
 */
final class SoftmaxCrossEntropy {

    /** The probability floor of DL4J's cross-entropy ({@link LossMCXENT}'s default clipping). */
    static final double CLIP = 1e-10;

    private long correct;
    private long counted;

    /** The mean cross-entropy of the batch; counts its examples and those predicted right. */
    double scoreAndCount(INDArray probabilities, INDArray labels) {
        int rows = (int) probabilities.size(0);
        int classes = (int) probabilities.size(1);
        float[] p = probabilities.dup('c').data().asFloat();
        float[] y = labels.dup('c').data().asFloat();
        double sum = 0;
        for (int r = 0; r < rows; r++) {
            int predicted = 0;
            int actual = 0;
            for (int c = 0; c < classes; c++) {
                int k = r * classes + c;
                if (p[k] > p[r * classes + predicted]) {
                    predicted = c;
                }
                if (y[k] > y[r * classes + actual]) {
                    actual = c;
                }
                if (y[k] != 0) {
                    sum -= y[k] * Math.log(Math.max(p[k], CLIP));
                }
            }
            if (predicted == actual) {
                correct++;
            }
        }
        counted += rows;
        return sum / rows;
    }

    long correct() {
        return correct;
    }

    long counted() {
        return counted;
    }

    void reset() {
        correct = 0;
        counted = 0;
    }
}
