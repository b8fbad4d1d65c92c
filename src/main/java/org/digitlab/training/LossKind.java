package org.digitlab.training;

import org.digitlab.model.Loss;

/** Computes a loss from probabilities and labels, the way Keras reports it. */
final class LossKind {

    /** Keras clips probabilities to [eps, 1 - eps] before the logarithm. */
    private static final double EPSILON = 1e-7;

    private LossKind() {
    }

    /** Mean loss over all examples. */
    static double meanLoss(Loss loss, Predictions predictions) {
        double sum = 0;
        for (int i = 0; i < predictions.size(); i++) {
            sum += exampleLoss(loss, predictions.probabilities()[i], predictions.actual()[i]);
        }
        return predictions.size() == 0 ? Double.NaN : sum / predictions.size();
    }

    static double exampleLoss(Loss loss, float[] p, int label) {
        if (loss == Loss.MSE) {
            double sum = 0;
            for (int c = 0; c < p.length; c++) {
                double diff = p[c] - (c == label ? 1.0 : 0.0);
                sum += diff * diff;
            }
            return sum / p.length;
        }
        double q = Math.min(1 - EPSILON, Math.max(EPSILON, p[label]));
        return -Math.log(q);
    }
}
