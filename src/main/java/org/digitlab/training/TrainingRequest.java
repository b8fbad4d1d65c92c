package org.digitlab.training;

import java.nio.file.Path;
import java.util.Objects;
import org.digitlab.data.DataSplits;
import org.digitlab.model.ArchitectureSpec;
import org.digitlab.model.LayerSpec;
import org.digitlab.model.TrainedModel;

/**
 * What to train and on what.
 *
 * @param spec architecture and training settings
 * @param splits train, validation (may be absent) and test sets
 * @param limit train on only the first {@code limit} training examples; 0 means all
 * @param checkpointFile where the best model by validation loss is written as training goes, or
 *     {@code null} to keep it in memory only
 * @param batchEventsPerSecond most {@link TrainingListener#onBatch} calls per second
 * @param probes images whose probabilities are reported to {@link TrainingListener#onProbes}
 *     as the run goes; {@link ProbeImages#NONE} for none
 * @param startFrom a trained model of the same layers whose weights the run starts from and whose
 *     history it continues, as a second {@code fit} in a notebook does; {@code null} to start from
 *     the spec's fresh initialisation
 */
public record TrainingRequest(ArchitectureSpec spec, DataSplits splits, int limit,
        Path checkpointFile, double batchEventsPerSecond, ProbeImages probes, TrainedModel startFrom) {

    /** Enough for a smooth live chart, few enough that no listener falls behind. */
    public static final double DEFAULT_BATCH_EVENTS_PER_SECOND = 20;

    public TrainingRequest {
        Objects.requireNonNull(spec, "spec");
        probes = probes == null ? ProbeImages.NONE : probes;
        Objects.requireNonNull(splits, "splits");
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be 0 (all) or positive, was " + limit);
        }
        if (!(batchEventsPerSecond > 0)) {
            throw new IllegalArgumentException("batchEventsPerSecond must be positive");
        }
        if (startFrom != null) {
            requireSameNetwork(startFrom.spec(), spec);
        }
    }

    /** A request that starts from the spec's fresh initialisation. */
    public TrainingRequest(ArchitectureSpec spec, DataSplits splits, int limit, Path checkpointFile,
            double batchEventsPerSecond, ProbeImages probes) {
        this(spec, splits, limit, checkpointFile, batchEventsPerSecond, probes, null);
    }

    /** A request without probes, as before probes existed. */
    public TrainingRequest(ArchitectureSpec spec, DataSplits splits, int limit, Path checkpointFile,
            double batchEventsPerSecond) {
        this(spec, splits, limit, checkpointFile, batchEventsPerSecond, ProbeImages.NONE);
    }

    public static TrainingRequest of(ArchitectureSpec spec, DataSplits splits) {
        return new TrainingRequest(spec, splits, 0, null, DEFAULT_BATCH_EVENTS_PER_SECOND);
    }

    public TrainingRequest withLimit(int newLimit) {
        return new TrainingRequest(spec, splits, newLimit, checkpointFile, batchEventsPerSecond, probes, startFrom);
    }

    public TrainingRequest withCheckpointFile(Path file) {
        return new TrainingRequest(spec, splits, limit, file, batchEventsPerSecond, probes, startFrom);
    }

    /** The same request with images whose probabilities the run reports as it trains. */
    public TrainingRequest withProbes(ProbeImages newProbes) {
        return new TrainingRequest(spec, splits, limit, checkpointFile, batchEventsPerSecond, newProbes, startFrom);
    }

    /**
     * The same request continuing {@code model}: its weights are the starting point, its history
     * goes on, and the spec's training settings (optimizer, learning rate, epochs) apply afresh.
     *
     * @throws IllegalArgumentException if the model's input or layers differ from the spec's
     */
    public TrainingRequest continuing(TrainedModel model) {
        return new TrainingRequest(spec, splits, limit, checkpointFile, batchEventsPerSecond, probes, model);
    }

    private static String shape(ArchitectureSpec spec) {
        return spec.input().height() + "×" + spec.input().width() + "×" + spec.input().channels();
    }

    private static void requireSameNetwork(ArchitectureSpec from, ArchitectureSpec to) {
        String cannot = "cannot continue training " + to.id() + " from a model of " + from.id() + ": ";
        if (!from.input().equals(to.input())) {
            throw new IllegalArgumentException(cannot + "its input is " + shape(from) + ", not " + shape(to));
        }
        if (from.numClasses() != to.numClasses()) {
            throw new IllegalArgumentException(cannot + "it has " + from.numClasses() + " classes, not "
                    + to.numClasses());
        }
        int shared = Math.min(from.layers().size(), to.layers().size());
        for (int i = 0; i < shared; i++) {
            LayerSpec a = from.layers().get(i);
            LayerSpec b = to.layers().get(i);
            if (!a.equals(b)) {
                throw new IllegalArgumentException(cannot + "layer " + (i + 1) + " is " + a + ", not " + b);
            }
        }
        if (from.layers().size() != to.layers().size()) {
            throw new IllegalArgumentException(cannot + "it has " + from.layers().size() + " layers, not "
                    + to.layers().size());
        }
    }
}
