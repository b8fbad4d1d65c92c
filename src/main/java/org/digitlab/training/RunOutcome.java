package org.digitlab.training;

/** How a run ended. */
public enum RunOutcome {
    /** Every epoch ran. */
    COMPLETED,
    /** Someone pressed Stop (or Ctrl-C); the model and history so far are kept. */
    STOPPED,
    /** Validation loss stopped improving for the patience set. */
    EARLY_STOPPED,
    /** The loss became NaN or infinite; see the diagnosis. */
    DIVERGED,
    /** Something else went wrong; see the diagnosis. */
    ERROR
}
