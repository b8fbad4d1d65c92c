package org.digitlab.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.digitlab.data.DataSplits;
import org.digitlab.data.ImageSet;
import org.digitlab.model.ArchitectureSpec;
import org.digitlab.model.TestFigures;
import org.digitlab.model.TrainedModel;
import org.digitlab.model.TrainingSettings;

/**
 * One run as the window makes it: load the data its settings name, train, then test the model on
 * the test set with the one evaluator. No JavaFX: its owner hears of it through {@link Events}
 * and a {@link TrainingListener}, on the session's threads, and hops to its own thread itself.
 *
 * <p>No thread waits for the run: loading and starting happen on the {@code loading} executor
 * (seconds), the run trains on the trainer's thread, and testing runs on that thread once the run
 * has ended; {@link #start} returns a future that completes after testing.
 */
public final class TrainingSession {

    /** Loads train, validation and test sets for a run (blocking I/O). */
    public interface SplitsLoader {
        DataSplits load(TrainingSettings settings) throws IOException;
    }

    /** Test figures of a trained model (blocking: a pass over the test set). */
    public interface TestScorer {
        TestFigures score(TrainedModel model, ImageSet test, String datasetId);

        /**
         * The app's scorer: the one evaluator that the Evaluation view and the command line use
         * too, so that a model has one test figure wherever it is shown.
         */
        static TestScorer of(Evaluator evaluator) {
            Objects.requireNonNull(evaluator, "evaluator");
            return (model, test, datasetId) -> evaluator.evaluate(model, test)
                    .figures(datasetId, TrainingData.testSetName(model.spec().training()));
        }
    }

    /** What the session tells its owner besides the run's own events; on the session's threads. */
    public interface Events {
        /** The run has started: pause, resume and stop act on it from now on. */
        default void started() {
        }

        /** The run ended with a model, which is now tested on {@code images} test images. */
        default void testing(int images) {
        }

        /** Testing failed; the model is kept without test figures. */
        default void testFailed(Throwable error) {
        }
    }

    /**
     * What the engine parts of a session are; view-model tests pass fakes.
     *
     * @param trainer starts runs
     * @param splits loads the data a run's settings name
     * @param scorer measures a trained model on the test set
     */
    public record Parts(Trainer trainer, SplitsLoader splits, TestScorer scorer) {
        public Parts {
            Objects.requireNonNull(trainer, "trainer");
            Objects.requireNonNull(splits, "splits");
            Objects.requireNonNull(scorer, "scorer");
        }
    }

    /**
     * How a session ended.
     *
     * @param result the run's result
     * @param test the test figures, or null when there was no model or testing failed
     * @param model the model with its test figures, or null when the run left none
     */
    public record Outcome(TrainingResult result, TestFigures test, TrainedModel model) {
    }

    /**
     * What one session trains besides the spec.
     *
     * @param limit train on the first N training examples only; 0 for all
     * @param from the model to continue (Train more), or null for a fresh start
     * @param probes the probe images whose probabilities the run records
     */
    public record Plan(int limit, TrainedModel from, ProbeImages probes) {
        /** Every training image, from scratch, no probes. */
        public static final Plan FRESH = new Plan(0, null, ProbeImages.NONE);

        public Plan {
            probes = probes == null ? ProbeImages.NONE : probes;
        }

        /** The one place a session's request is made from its spec and data. */
        TrainingRequest request(ArchitectureSpec spec, DataSplits splits) {
            TrainingRequest limited = TrainingRequest.of(spec, splits).withLimit(limit);
            TrainingRequest request = from == null ? limited : limited.continuing(from);
            return probes.images().isEmpty() ? request : request.withProbes(probes);
        }
    }

    private final Parts parts;
    private final ArchitectureSpec spec;
    private final Plan plan;
    private TrainingRun run;
    private boolean stopRequested;

    /** @param spec what to train */
    public TrainingSession(Parts parts, ArchitectureSpec spec, Plan plan) {
        this.parts = Objects.requireNonNull(parts, "parts");
        this.spec = Objects.requireNonNull(spec, "spec");
        this.plan = Objects.requireNonNull(plan, "plan");
    }

    /** Loads and starts on {@code loading} and returns at once; completes once the model is tested. */
    public CompletableFuture<Outcome> start(Executor loading, TrainingListener listener, Events events) {
        return CompletableFuture.supplyAsync(() -> begin(listener, events), loading).thenCompose(end -> end);
    }

    private CompletableFuture<Outcome> begin(TrainingListener listener, Events events) {
        DataSplits splits;
        try {
            splits = parts.splits().load(spec.training());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TrainingRun started = parts.trainer().start(plan.request(spec, splits), listener);
        boolean stopNow;
        synchronized (this) {
            run = started;
            stopNow = stopRequested;
        }
        if (stopNow) {
            started.stop();
        }
        events.started();
        // Testing runs on the thread that ends the run (the training thread), never on the caller's.
        return started.result().thenApply(result -> test(result, splits, events));
    }

    private Outcome test(TrainingResult result, DataSplits splits, Events events) {
        if (!result.hasModel()) {
            return new Outcome(result, null, null);
        }
        events.testing(splits.test().size());
        try {
            TestFigures test = parts.scorer().score(result.model(), splits.test(), spec.training().datasetId());
            return new Outcome(result, test, result.model().withMetadata(result.model().metadata().withTest(test)));
        } catch (RuntimeException e) {
            events.testFailed(e); // the trained model is worth keeping even when it cannot be tested
            return new Outcome(result, null, result.model());
        }
    }

    public void pause() {
        TrainingRun current = current();
        if (current != null) {
            current.pause();
        }
    }

    public void resume() {
        TrainingRun current = current();
        if (current != null) {
            current.resume();
        }
    }

    /** Ends the run at the next batch, or as soon as it has started when it is still loading. */
    public void stop() {
        TrainingRun current;
        synchronized (this) {
            stopRequested = true;
            current = run;
        }
        if (current != null) {
            current.stop();
        }
    }

    private synchronized TrainingRun current() {
        return run;
    }
}
