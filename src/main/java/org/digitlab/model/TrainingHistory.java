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

    /** The number of the last epoch, 0 before the first: a continued run numbers on from it. */
    public int lastEpoch() {
        return epochs.isEmpty() ? 0 : epochs.get(epochs.size() - 1).epoch();
    }

    public int size() {
        return epochs.size();
    }

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isEmpty() {
        return epochs.isEmpty();
    }
}
