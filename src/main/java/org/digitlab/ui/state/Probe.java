package org.digitlab.ui.state;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A pinned drawing whose probabilities a training run records: its model input and its timeline.
 * The timeline is changed on the FX thread only, by {@link ProbeBoard}.
 */
public final class Probe {

    private final String name;
    private final float[] image;
    private final ObservableList<ProbePoint> timeline = FXCollections.observableArrayList();
    private final ObservableList<ProbePoint> readOnlyTimeline = FXCollections.unmodifiableObservableList(timeline);

    Probe(String name, float[] image) {
        this.name = name;
        this.image = image.clone();
    }

    /** "Probe 1", "Probe 2": how lists and charts name it. */
    public String name() {
        return name;
    }

    /** The model input (side × side, 0..1, ink bright), as the network saw it when pinned. */
    public float[] image() {
        return image.clone();
    }

    /** The probabilities recorded so far in the latest run, oldest first. */
    public ObservableList<ProbePoint> timeline() {
        return readOnlyTimeline;
    }

    ObservableList<ProbePoint> writableTimeline() {
        return timeline;
    }

    int pixels() {
        return image.length;
    }

    float[] imageNoCopy() {
        return image;
    }

    @Override
    public String toString() {
        return name;
    }
}
