package org.digitlab.model;

/**
 * A model's figures on a held-out test set.
 *
 * @param datasetId dataset the figures were measured on
 * @param split name of the split, e.g. "test"
 * @param loss mean loss
 * @param accuracy fraction classified right
 * @param examples number of examples
 */
public record TestFigures(String datasetId, String split, double loss, double accuracy,
        int examples) {
}
