package org.digitlab.model;

/**
 * A model's figures on a held-out test set, as the one evaluator measured them (its loss is the
 * model's own: mean squared error for an MSE model, cross-entropy otherwise).
 *
 * @param datasetId dataset the figures were measured on
 * @param split name of the set, e.g. "test", or "held-out test" for the half of the published
 *     test set that notebook 001's split keeps for testing
 * @param loss mean loss
 * @param accuracy fraction classified right
 * @param examples number of examples
 */
public record TestFigures(String datasetId, String split, double loss, double accuracy,
        int examples) {

    /** "95.76% on 5,000 held-out test images": every figure says what it was measured on. */
    public String describe() {
        return String.format(java.util.Locale.ROOT, "%.2f%% on %,d %s images", 100 * accuracy, examples, split);
    }
}
