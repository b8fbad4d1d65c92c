package org.digitlab.training;

/** Where a training run is; the UI enables its buttons from this. */
public enum RunState {
    IDLE, RUNNING, PAUSED, STOPPING, FINISHED, FAILED;

    /** True once the run can change no more. */
    public boolean isTerminal() {
        return this == FINISHED || this == FAILED;
    }
}
