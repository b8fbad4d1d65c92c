package org.digitlab.model;

import java.util.Locale;

/**
 * How the run that made a model went, so that a report never overstates it: a run stopped after
 * 4 of 20 epochs, or trained on the first 10,000 images only, says so.
 *
 * @param ending how it ended, in words: "completed", "stopped", "early-stopped", "diverged"
 * @param epochsPlanned the epochs asked for, counting those of a model the run continued
 * @param epochsRun the number of the last finished epoch (0: none finished)
 * @param trainingImages training images used in each epoch (fewer than the set under a limit)
 * @param trainingSetSize images in the training set
 * @param keptEpoch epoch of the kept checkpoint (best validation loss), 0 when the last weights are kept
 */
public record RunFacts(String ending, int epochsPlanned, int epochsRun, int trainingImages, int trainingSetSize,
        int keptEpoch) {

    public static final String COMPLETED = "completed";

    /** Fewer epochs ran than were planned (stopped, early-stopped, diverged). */
    public boolean endedEarly() {
        return epochsRun < epochsPlanned || !COMPLETED.equals(ending);
    }

    /** Only part of the training set was used (a limit). */
    public boolean limited() {
        return trainingImages < trainingSetSize;
    }

    /**
     * "4 of 20 planned epochs (run stopped), on the first 10,000 of 50,000 training images" or
     * "20 epochs, on all 50,000 training images".
     */
    public String describe() {
        String epochs = endedEarly()
                ? String.format(Locale.ROOT, "%d of %d planned epochs (run %s)", epochsRun, epochsPlanned, ending)
                : String.format(Locale.ROOT, "%d epoch%s", epochsRun, epochsRun == 1 ? "" : "s");
        String images = limited()
                ? String.format(Locale.ROOT, "on the first %,d of %,d training images (limited)", trainingImages,
                        trainingSetSize)
                : String.format(Locale.ROOT, "on all %,d training images", trainingSetSize);
        return epochs + ", " + images;
    }

    /** Which weights the model holds: "epoch 7 (best validation loss)", "epoch 4 (the last)", "none trained". */
    public String keptWeights() {
        if (keptEpoch > 0) {
            return "epoch " + keptEpoch + " (best validation loss)";
        }
        return epochsRun == 0 ? "untrained (no epoch finished)" : "epoch " + epochsRun + " (the last)";
    }
}
