package org.digitlab.training;

import java.io.IOException;
import java.util.List;
import org.digitlab.model.EpochMetrics;

/**
 * A rule that watches a run and may end it: divergence, checkpoints of the best epoch, early
 * stopping. The training loop only runs batches and asks its rules, in order, after each batch
 * and each epoch; the rules compose ({@link #all}), after DJL's
 * {@code DivergenceCheckTrainingListener}, {@code CheckpointsTrainingListener} and
 * {@code EarlyStoppingListener}. Called on the training thread.
 */
public interface RunRule {

    /**
     * Why a rule ends the run.
     *
     * @param outcome how the run ended ({@link RunOutcome#DIVERGED}, {@link RunOutcome#EARLY_STOPPED})
     * @param diagnosis what the student reads, or empty
     */
    record Ending(RunOutcome outcome, String diagnosis) {
    }

    /** After each training batch; returns why the run ends, or null to go on. */
    default Ending afterBatch(int epoch, long iteration, double loss) {
        return null;
    }

    /** After an epoch's batches, before validation: its mean loss and accuracy on the training images. */
    default Ending afterTraining(int epoch, long iteration, int batches, double meanLoss, double accuracy) {
        return null;
    }

    /** After an epoch with its validation figures (when the split has a validation set). */
    default Ending afterEpoch(EpochMetrics metrics) throws IOException {
        return null;
    }

    /** The rules asked in order; the first that ends the run wins. */
    static RunRule all(List<RunRule> rules) {
        List<RunRule> copy = List.copyOf(rules);
        return new RunRule() {
            @Override
            public Ending afterBatch(int epoch, long iteration, double loss) {
                for (RunRule rule : copy) {
                    Ending ending = rule.afterBatch(epoch, iteration, loss);
                    if (ending != null) {
                        return ending;
                    }
                }
                return null;
            }

            @Override
            public Ending afterTraining(int epoch, long iteration, int batches, double meanLoss, double accuracy) {
                for (RunRule rule : copy) {
                    Ending ending = rule.afterTraining(epoch, iteration, batches, meanLoss, accuracy);
                    if (ending != null) {
                        return ending;
                    }
                }
                return null;
            }

            @Override
            public Ending afterEpoch(EpochMetrics metrics) throws IOException {
                for (RunRule rule : copy) {
                    Ending ending = rule.afterEpoch(metrics);
                    if (ending != null) {
                        return ending;
                    }
                }
                return null;
            }
        };
    }
}
