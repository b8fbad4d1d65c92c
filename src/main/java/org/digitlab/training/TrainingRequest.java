package org.digitlab.training;

import java.nio.file.Path;
import java.util.Objects;
import org.digitlab.data.DataSplits;
import org.digitlab.model.ArchitectureSpec;

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
 */
public record TrainingRequest(ArchitectureSpec spec, DataSplits splits, int limit,
        Path checkpointFile, double batchEventsPerSecond, ProbeImages probes) {

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
        return new TrainingRequest(spec, splits, newLimit, checkpointFile, batchEventsPerSecond, probes);
    }

    public TrainingRequest withCheckpointFile(Path file) {
        return new TrainingRequest(spec, splits, limit, file, batchEventsPerSecond, probes);
    }

    /** The same request with images whose probabilities the run reports as it trains. */
    public TrainingRequest withProbes(ProbeImages newProbes) {
        return new TrainingRequest(spec, splits, limit, checkpointFile, batchEventsPerSecond, newProbes);
    }
}
