package org.digitlab.training;

import org.digitlab.model.EpochMetrics;

/**
 * Ends a run whose validation loss has not improved for {@code patience} epochs, as Keras'
 * {@code EarlyStopping(monitor="val_loss")} and DJL's {@code EarlyStoppingListener} do. A
 * patience of 0 never stops; epochs without validation figures do not count.
 */
public final class EarlyStopping implements RunRule {

    private final int patience;
    private double best;
    private int sinceImprovement;

    /** @param best the validation loss to beat (that of the model a run continues, or infinity) */
    public EarlyStopping(int patience, double best) {
        this.patience = patience;
        this.best = best;
    }

    @Override
    public Ending afterEpoch(EpochMetrics metrics) {
        if (metrics.hasValidation() && metrics.valLoss() < best) {
            best = metrics.valLoss();
            sinceImprovement = 0;
        } else if (metrics.hasValidation()) {
            sinceImprovement++;
        }
        return patience > 0 && sinceImprovement >= patience ? new Ending(RunOutcome.EARLY_STOPPED, "") : null;
    }
}
