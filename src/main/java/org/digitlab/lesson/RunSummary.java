package org.digitlab.lesson;

import java.util.Objects;
import org.digitlab.model.ArchitectureSpec;
import org.digitlab.model.EpochMetrics;
import org.digitlab.model.TrainingHistory;
import org.digitlab.training.RunOutcome;
import org.digitlab.training.TrainingResult;

/**
 * What a check may ask of a finished run.
 *
 * @param spec         what was trained, with its settings
 * @param outcome      how it ended
 * @param history      every finished epoch
 * @param bestEpoch    the epoch whose weights were kept (checkpoint), or 0 when the last ones were
 * @param testAccuracy the kept weights' accuracy on the split's test images, NaN until measured
 */
public record RunSummary(ArchitectureSpec spec, RunOutcome outcome, TrainingHistory history, int bestEpoch,
                         double testAccuracy) {

    public RunSummary {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(history, "history");
    }

    public static RunSummary of(ArchitectureSpec spec, TrainingResult result, double testAccuracy) {
        return new RunSummary(spec, result.outcome(), result.history(), result.bestEpoch(), testAccuracy);
    }

    /** The figures of the epoch whose weights were kept: the checkpoint's, else the last; null before any. */
    public EpochMetrics keptEpoch() {
        if (history.isEmpty()) {
            return null;
        }
        return history.epochs().stream().filter(e -> e.epoch() == bestEpoch).findFirst()
                .orElse(history.epochs().get(history.size() - 1));
    }
}
