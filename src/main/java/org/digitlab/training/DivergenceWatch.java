package org.digitlab.training;

import org.digitlab.model.Loss;

/**
 * Decides, batch by batch and epoch by epoch, whether a run has diverged, whatever the
 * optimizer: a loss that becomes NaN or infinite (plain SGD at a huge rate), one that stays far
 * above guessing (Adam bounds each step, so at 1e12 the loss settles near 20 instead of NaN), or,
 * for cross-entropy, one that sits at the level of guessing with chance accuracy for epochs on end.
 *
 * <p>Notebook 002's sigmoid + MSE network is meant to be stuck near chance: that is its lesson, so
 * the "sits at chance" rule is for cross-entropy only, and under MSE only a loss clearly worse
 * than guessing stops a run.
 */
public final class DivergenceWatch {

    /** Batches averaged before the explosion rule judges: one bad batch is no divergence. */
    static final int WINDOW = 10;
    /** A window averaging above this many times the chance loss has blown up (9.2 for 10 classes). */
    static final double EXPLOSION_FACTOR = 4;
    /** An epoch averaging above this many times the chance loss is worse than guessing. */
    static final double WORSE_THAN_CHANCE_FACTOR = 1.5;
    /** An epoch this close to the chance loss has learnt nothing... */
    static final double AT_CHANCE_SHARE = 0.98;
    /** ...when its accuracy is also no better than this many times chance. */
    static final double CHANCE_ACCURACY_FACTOR = 1.5;
    /** Fewer batches than this are too few to judge an epoch (a tiny --limit). */
    static final int MIN_EPOCH_BATCHES = 50;
    /**
     * Epochs in a row at chance, each with the loss no lower than the epoch before by
     * {@link #MIN_PROGRESS}, before a run counts as stuck. lenet5-small (sigmoids, SGD 0.01) sits at
     * chance for its first three epochs (2.3041, 2.3019, 2.2996; 11-12%) and then learns: its loss
     * falls by 0.1% an epoch, five times the threshold; a dead or frozen network's stays put.
     */
    static final int AT_CHANCE_EPOCHS = 3;
    /** The share by which an epoch's loss must fall below the last one's to count as moving. */
    static final double MIN_PROGRESS = 0.0002;

    private final Loss loss;
    private final int classes;
    private final double chanceLoss;
    private final double[] window = new double[WINDOW];
    private long batches;
    private double windowSum;
    private String diagnosis = "";
    private int epochsAtChance;
    private double previousEpochLoss = Double.NaN;

    public DivergenceWatch(Loss loss, int classes) {
        this.loss = loss;
        this.classes = classes;
        this.chanceLoss = Divergence.chanceLoss(loss, classes);
    }

    /** The loss of guessing every class alike, the yardstick of every rule. */
    public double chanceLoss() {
        return chanceLoss;
    }

    /** @return true when this batch's loss shows the run has diverged; {@link #diagnosis()} says why */
    public boolean afterBatch(double batchLoss, int epoch, long iteration, double learningRate) {
        if (Divergence.isDiverged(batchLoss)) {
            diagnosis = Divergence.diagnosis(epoch, iteration, batchLoss, learningRate);
            return true;
        }
        int slot = (int) (batches++ % WINDOW);
        windowSum += batchLoss - window[slot];
        window[slot] = batchLoss;
        double mean = windowSum / WINDOW;
        if (batches >= WINDOW && mean > EXPLOSION_FACTOR * chanceLoss) {
            diagnosis = Divergence.explosion(epoch, iteration, mean, chanceLoss, learningRate);
            return true;
        }
        return false;
    }

    /**
     * @param batchesInEpoch batches the epoch trained
     * @param meanLoss       the epoch's mean training loss
     * @param accuracy       the epoch's training accuracy, NaN when not counted
     * @return true when the epoch shows the run is no better than guessing
     */
    public boolean afterEpoch(int epoch, long iteration, int batchesInEpoch, double meanLoss, double accuracy,
            double learningRate) {
        if (batchesInEpoch < MIN_EPOCH_BATCHES) {
            return false;
        }
        if (meanLoss > WORSE_THAN_CHANCE_FACTOR * chanceLoss) {
            diagnosis = Divergence.explosion(epoch, iteration, meanLoss, chanceLoss, learningRate);
            return true;
        }
        boolean flat = !(meanLoss < previousEpochLoss * (1 - MIN_PROGRESS)); // NaN before: not yet judged
        boolean atChance = loss == Loss.CROSS_ENTROPY && meanLoss >= AT_CHANCE_SHARE * chanceLoss
                && accuracy <= CHANCE_ACCURACY_FACTOR / classes;
        epochsAtChance = atChance && flat && !Double.isNaN(previousEpochLoss) ? epochsAtChance + 1 : 0;
        previousEpochLoss = meanLoss;
        if (epochsAtChance >= AT_CHANCE_EPOCHS) {
            diagnosis = Divergence.stuckAtChance(epoch, iteration, meanLoss, chanceLoss, accuracy, learningRate);
            return true;
        }
        return false;
    }

    /** Why the run diverged, in the words of {@link Divergence}; empty while it has not. */
    public String diagnosis() {
        return diagnosis;
    }
}
