package org.digitlab.training;

import java.util.concurrent.CompletableFuture;

/**
 * A run in progress. Pause, resume and stop take effect at the next batch boundary, so within
 * the time of one batch.
 */
public interface TrainingRun {

    RunState state();

    void pause();

    void resume();

    /** Ends the run after the current batch; the model and history so far are kept. */
    void stop();

    /** Completes when the run has ended, whatever the outcome; never completes exceptionally. */
    CompletableFuture<TrainingResult> result();
}
