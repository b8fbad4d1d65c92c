package org.digitlab.training.dl4j;

import org.digitlab.data.dl4j.SplitDataSetIterator;
import org.digitlab.model.EpochMetrics;
import org.digitlab.model.TrainingSettings;
import org.digitlab.training.BatchMetrics;
import org.digitlab.training.BatchSampler;
import org.digitlab.training.RunControl;
import org.digitlab.training.RunRule;
import org.digitlab.training.TrainingListener;
import org.nd4j.linalg.dataset.api.DataSet;

/**
 * Trains one epoch batch by batch: takes a {@link TrainingStep}, asks the run's rules (e.g.
 * divergence) after each batch and after the epoch's training, samples batches for listeners and
 * honours pause and stop at the batch boundary.
 */
final class EpochRunner {

    /**
     * What one epoch ended with.
     *
     * @param partial the epoch's training figures (no validation yet), or null when it did not finish
     * @param stopped the run was stopped during the epoch
     * @param ending why a rule ended the run, or null
     */
    record Outcome(EpochMetrics partial, boolean stopped, RunRule.Ending ending, long iteration) {
    }

    private static final double NANOS_PER_SECOND = 1e9;

    private final TrainingStep step;
    private final SplitDataSetIterator iterator;
    private final RunControl control;
    private final TrainingListener listener;
    private final BatchSampler sampler;
    private final TrainingSettings settings;
    private final ProbeRecorder probes;
    private final RunRule rules;
    private final long runStart = System.nanoTime();
    private long iteration;
    private long trainingNanos;
    private long batchesDone;
    private final int epochsBefore;

    /**
     * @param epochsBefore epochs the model trained before this run (a continued model): this run's
     *     first epoch is reported as {@code epochsBefore + 1}
     * @param rules decide after each batch and each epoch's training whether the run ends
     */
    EpochRunner(TrainingStep step, SplitDataSetIterator iterator, RunControl control, TrainingListener listener,
            double eventsPerSecond, TrainingSettings settings, ProbeRecorder probes, int epochsBefore,
            RunRule rules) {
        this.step = step;
        this.iterator = iterator;
        this.control = control;
        this.listener = listener;
        this.sampler = new BatchSampler(eventsPerSecond);
        this.settings = settings;
        this.probes = probes;
        this.epochsBefore = epochsBefore;
        this.rules = rules;
    }

    /** Trains epoch {@code epoch} (1-based, of this run). */
    Outcome run(int epoch) throws InterruptedException {
        int reported = epochsBefore + epoch;
        iterator.reset();
        step.resetCounts();
        int batchesPerEpoch = batchesPerEpoch();
        double lossSum = 0;
        long examples = 0;
        long epochNanos = 0;
        int batch = 0;
        while (iterator.hasNext()) {
            if (!control.checkpoint()) {
                return new Outcome(null, true, null, iteration);
            }
            long start = System.nanoTime();
            DataSet data = iterator.next();
            int size = data.numExamples();
            double loss = step.fit(data);
            long now = System.nanoTime();
            epochNanos += now - start;
            trainingNanos += now - start;
            iteration++;
            batch++;
            batchesDone++;
            RunRule.Ending ending = rules.afterBatch(reported, iteration, loss);
            if (ending != null) {
                return new Outcome(null, false, ending, iteration);
            }
            lossSum += loss * size;
            examples += size;
            probes.afterBatch(reported, iteration);
            if (sampler.shouldEmit(now, batch == 1 || batch == batchesPerEpoch)) {
                double speed = examples / (epochNanos / NANOS_PER_SECOND);
                listener.onBatch(new BatchMetrics(reported, iteration, batch, batchesPerEpoch, loss,
                        speed, (now - runStart) / NANOS_PER_SECOND,
                        eta(epoch, batch, batchesPerEpoch)));
            }
        }
        double seconds = epochNanos / NANOS_PER_SECOND;
        double accuracy = step.counted() == 0 ? Double.NaN
                : (double) step.correct() / step.counted();
        EpochMetrics metrics = new EpochMetrics(reported, lossSum / examples, accuracy, Double.NaN,
                Double.NaN, seconds, examples / seconds);
        return new Outcome(metrics, false, rules.afterTraining(reported, iteration, batch, lossSum / examples, accuracy),
                iteration);
    }

    private int batchesPerEpoch() {
        int examples = iterator.totalExamples();
        return (examples + settings.batchSize() - 1) / settings.batchSize();
    }

    private double eta(int epoch, int batch, int batchesPerEpoch) {
        long remaining = (long) (settings.epochs() - epoch) * batchesPerEpoch
                + (batchesPerEpoch - batch);
        double perBatch = trainingNanos / NANOS_PER_SECOND / batchesDone;
        return remaining * perBatch;
    }
}
