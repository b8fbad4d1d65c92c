package org.digitlab.ui.state;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.digitlab.model.ArchitectureSpec;
import org.digitlab.training.ProbeImages;
import org.digitlab.training.ProbeSnapshot;
import org.digitlab.training.TrainingListener;
import org.digitlab.training.TrainingRequest;

/**
 * Probe digits: up to {@link #MAX_PROBES} pinned drawings whose ten probabilities a training run
 * records every {@link #EVERY_BATCHES} batches, so a class can watch the network learn its own 7.
 * Whoever starts a run passes its request through {@link #addProbes(TrainingRequest)} and adds
 * {@link #listener()} to its listeners; the timelines fill on the FX thread (the {@code fx}
 * executor). Shared by every view through the app context.
 */
public final class ProbeBoard {

    /** More lines than five would make the timeline unreadable on a projector. */
    public static final int MAX_PROBES = 5;
    /** Often enough for a smooth timeline, rarely enough to cost the run nothing noticeable. */
    public static final int EVERY_BATCHES = 10;

    private final Executor fx;
    private final ObservableList<Probe> probes = FXCollections.observableArrayList();
    private final ObservableList<Probe> readOnlyProbes = FXCollections.unmodifiableObservableList(probes);
    private final BooleanBinding canPin = Bindings.size(probes).lessThan(MAX_PROBES);
    private final TrainingListener listener = new TrainingListener() {
        @Override
        public void onProbes(ProbeSnapshot snapshot) {
            record(snapshot);
        }
    };
    private volatile List<Probe> inRun = List.of();
    private int pinned;

    /** @param fx where the timelines change ({@code Platform::runLater} in the app) */
    public ProbeBoard(Executor fx) {
        this.fx = fx;
    }

    // --- properties

    /** The pinned probes, in pinning order. */
    public ObservableList<Probe> probes() {
        return readOnlyProbes;
    }

    /** Whether another drawing may be pinned (fewer than five are). */
    public BooleanBinding canPinProperty() {
        return canPin;
    }

    /** Records every probe snapshot of the run it is added to. */
    public TrainingListener listener() {
        return listener;
    }

    // --- commands

    /**
     * Pins a drawing as the model saw it.
     *
     * @param image the model input (side × side values 0..1, ink bright)
     * @return the new probe, or {@code null} when five are pinned already
     */
    public Probe pin(float[] image) {
        if (!canPin.get()) {
            return null;
        }
        Probe probe = new Probe("Probe " + ++pinned, image);
        probes.add(probe);
        return probe;
    }

    public void unpin(Probe probe) {
        probes.remove(probe);
    }

    /**
     * The request with the pinned probes that fit its model's input; their timelines start anew.
     * Call it on the FX thread, when a run starts.
     */
    public TrainingRequest addProbes(TrainingRequest request) {
        ProbeImages images = probesFor(request.spec());
        return images.images().isEmpty() ? request : request.withProbes(images);
    }

    /**
     * The pinned probes that fit a model of this spec, for its run's request; their timelines
     * start anew. Call it on the FX thread, when a run starts.
     */
    public ProbeImages probesFor(ArchitectureSpec spec) {
        int pixels = spec.input().height() * spec.input().width();
        List<Probe> fitting = new ArrayList<>();
        List<float[]> images = new ArrayList<>();
        for (Probe probe : probes) {
            probe.writableTimeline().clear();
            if (probe.pixels() == pixels) {
                fitting.add(probe);
                images.add(probe.imageNoCopy());
            }
        }
        inRun = List.copyOf(fitting);
        return fitting.isEmpty() ? ProbeImages.NONE : new ProbeImages(images, EVERY_BATCHES);
    }

    private void record(ProbeSnapshot snapshot) {
        List<Probe> run = inRun;
        fx.execute(() -> {
            for (int i = 0; i < Math.min(run.size(), snapshot.probabilities().length); i++) {
                run.get(i).writableTimeline().add(
                        new ProbePoint(snapshot.epoch(), snapshot.iteration(), snapshot.probabilities()[i]));
            }
        });
    }
}
