package org.digitlab.model;

import java.util.List;

/**
 * Every epoch's figures of a run, in order; Keras' {@code History} as an immutable value.
 *
 * @param epochs the epochs that finished
 */
public record TrainingHistory(List<EpochMetrics> epochs) {

    public static final TrainingHistory EMPTY = new TrainingHistory(List.of());

    public TrainingHistory {
        epochs = List.copyOf(epochs);
    }

    /** A new history with one more epoch. */
    public TrainingHistory plus(EpochMetrics epoch) {
        var all = new java.util.ArrayList<>(epochs);
        all.add(epoch);
        return new TrainingHistory(all);
    }

    public int size() {
        return epochs.size();
    }

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isEmpty() {
        return epochs.isEmpty();
    }
}
