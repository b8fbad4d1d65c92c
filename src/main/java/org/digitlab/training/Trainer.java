package org.digitlab.training;

/** Starts training runs on a background thread. */
public interface Trainer {

    /**
     * Starts a run and returns at once.
     *
     * @param request what to train
     * @param listener follows the run, on the training thread
     */
    TrainingRun start(TrainingRequest request, TrainingListener listener);
}
