package org.digitlab.training;

import org.digitlab.model.TrainedModel;
import org.digitlab.model.TrainingHistory;

/**
 * How a run ended and what it left.
 *
 * @param outcome why it ended
 * @param diagnosis a sentence for a student when the run diverged or failed, else empty
 * @param history every finished epoch
 * @param model the model to keep: the best checkpoint by validation loss when checkpointing is
 *     on and one was taken, else the last weights; {@code null} only when the network could not
 *     even be built
 * @param bestEpoch epoch of the kept checkpoint, or 0 when the last weights are kept
 */
public record TrainingResult(RunOutcome outcome, String diagnosis, TrainingHistory history,
        TrainedModel model, int bestEpoch) {

    public boolean hasModel() {
        return model != null;
    }
}
