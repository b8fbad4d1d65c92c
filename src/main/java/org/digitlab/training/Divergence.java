package org.digitlab.training;

import java.util.Locale;

/** Explains a loss that became NaN or infinite in words a student understands. */
public final class Divergence {

    private Divergence() {
    }

    public static boolean isDiverged(double loss) {
        return Double.isNaN(loss) || Double.isInfinite(loss);
    }

    /**
     * For example: "The loss diverged at epoch 2, iteration 140 (it became NaN): the learning rate
     * 5.0 makes steps so big that the weights blow up. Try a smaller learning rate, e.g. 0.5."
     */
    public static String diagnosis(int epoch, long iteration, double loss, double learningRate) {
        String what = Double.isNaN(loss) ? "NaN (not a number)" : "infinite";
        return String.format(Locale.ROOT,
                "The loss diverged at epoch %d, iteration %d (it became %s): the learning rate %s makes "
                        + "steps so big that the weights blow up. Try a smaller learning rate, e.g. %s.",
                epoch, iteration, what, format(learningRate), format(learningRate / 10));
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.6g", value).replaceAll("\\.?0+(?=e|$)", "");
    }
}
