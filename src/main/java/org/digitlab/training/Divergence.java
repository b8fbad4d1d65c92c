package org.digitlab.training;

import java.util.Locale;
import org.digitlab.model.Loss;

/** Explains a run that diverged, or learns nothing, in words a student understands. */
public final class Divergence {

    private Divergence() {
    }

    public static boolean isDiverged(double loss) {
        return Double.isNaN(loss) || Double.isInfinite(loss);
    }

    /**
     * The loss of guessing every class alike: ln(C) for cross-entropy; for the mean squared error
     * over C one-hot outputs ((1 - 1/C)² + (C - 1)/C²) / C = (C - 1) / C².
     */
    public static double chanceLoss(Loss loss, int classes) {
        return loss == Loss.MSE ? (classes - 1.0) / ((double) classes * classes) : Math.log(classes);
    }

    /**
     * For example: "The loss diverged at epoch 2, iteration 140 (it became NaN): the learning rate
     * 5.0 makes steps so big that the weights blow up. Try a smaller learning rate, e.g. 0.5."
     */
    public static String diagnosis(int epoch, long iteration, double loss, double learningRate) {
        String what = Double.isNaN(loss) ? "it became NaN (not a number)" : "it became infinite";
        return diverged(epoch, iteration, what, learningRate);
    }

    /** A finite loss far above guessing: Adam at 1e12 ends near 20 where guessing gives 2.30. */
    public static String explosion(int epoch, long iteration, double loss, double chanceLoss, double learningRate) {
        return diverged(epoch, iteration, String.format(Locale.ROOT,
                "it rose to %s, far above the %s of guessing at random", format(loss), format(chanceLoss)),
                learningRate);
    }

    /** A loss that stays at the level of guessing with accuracy at chance: nothing is learnt. */
    public static String stuckAtChance(int epoch, long iteration, double loss, double chanceLoss, double accuracy,
            double learningRate) {
        boolean tiny = learningRate < SMALL_LEARNING_RATE;
        return String.format(Locale.ROOT,
                "The run learns nothing: at epoch %d, iteration %d, the loss is still %s, the %s of guessing"
                        + " at random, and the accuracy %.0f%%. %s Try a %s learning rate, e.g. %s.",
                epoch, iteration, format(loss), format(chanceLoss), 100 * accuracy,
                tiny ? "The learning rate " + format(learningRate) + " makes steps too small to move the weights."
                        : "The learning rate " + format(learningRate) + " may have pushed the units where they"
                        + " no longer change (saturated or dead).",
                tiny ? "bigger" : "smaller", format(tiny ? learningRate * 10 : learningRate / 10));
    }

    /** Below this a stuck run is more likely too slow than blown up. */
    private static final double SMALL_LEARNING_RATE = 1e-5;

    private static String diverged(int epoch, long iteration, String what, double learningRate) {
        return String.format(Locale.ROOT,
                "The loss diverged at epoch %d, iteration %d (%s): the learning rate %s makes "
                        + "steps so big that the weights blow up. Try a smaller learning rate, e.g. %s.",
                epoch, iteration, what, format(learningRate), format(learningRate / 10));
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.6g", value).replaceAll("\\.?0+(?=e|$)", "");
    }
}
