package org.digitlab.lesson;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.digitlab.data.DataSplits;
import org.digitlab.data.DatasetStore;
import org.digitlab.engine.Engine;
import org.digitlab.model.ArchitectureSpec;
import org.digitlab.training.TrainingData;
import org.digitlab.training.TrainingListener;
import org.digitlab.training.TrainingRequest;
import org.digitlab.training.TrainingResult;

/**
 * Gives a lesson without a window, so a teacher can try it on their laptop before class: each
 * step's action and solution applied ({@link LessonPlan}), each training step's run trained and
 * tested, each check decided as the window would, with each run's time.
 */
public final class LessonRehearsal {

    /**
     * How a rehearsal may shrink runs (for tests and quick tries); 0 leaves the lesson's own.
     *
     * @param maxImages at most this many training images a run
     * @param maxEpochs at most this many epochs a run
     */
    public record Caps(int maxImages, int maxEpochs) {
        public static final Caps NONE = new Caps(0, 0);

        public Caps {
            if (maxImages < 0 || maxEpochs < 0) {
                throw new IllegalArgumentException("caps are 0 (none) or positive");
            }
        }

        int images(int limit) {
            return maxImages == 0 ? limit : limit == 0 ? maxImages : Math.min(limit, maxImages);
        }

        int epochs(int epochs) {
            return maxEpochs == 0 ? epochs : Math.min(epochs, maxEpochs);
        }
    }

    /**
     * One step as rehearsed.
     *
     * @param number  from 1
     * @param step    the step
     * @param run     the step's run, or null when the step trains nothing
     * @param images  training images the run used
     * @param seconds the run's wall time, training and testing; 0 without a run
     * @param result  the step's check
     */
    public record StepReport(int number, LessonStep step, RunSummary run, int images, double seconds,
                             CheckResult result) {
    }

    /** A whole lesson as rehearsed. */
    public record Report(Lesson lesson, List<StepReport> steps) {
        public double trainingSeconds() {
            return steps.stream().mapToDouble(StepReport::seconds).sum();
        }

        /** Whether no check failed (checks only the window can see do not count). */
        public boolean passed() {
            return steps.stream().noneMatch(s -> s.result().status() == CheckResult.Status.FAILED);
        }
    }

    private final Engine engine;
    private final DatasetStore store;
    private final Caps caps;
    private final StepEvaluator evaluator = new CheckEvaluator();

    /** @param engine trains the runs and tests their kept weights, the one engine of the process */
    public LessonRehearsal(Engine engine, DatasetStore store, Caps caps) {
        this.engine = engine;
        this.store = store;
        this.caps = caps;
    }

    /** Rehearses every step in order, handing each report to {@code onStep} as it is done. */
    public Report rehearse(Lesson lesson, Consumer<StepReport> onStep) throws IOException {
        List<StepReport> reports = new ArrayList<>();
        RunSummary last = null;
        int runs = 0;
        for (LessonPlan.Planned planned : LessonPlan.of(lesson)) {
            RunSummary run = null;
            int images = 0;
            double seconds = 0;
            if (planned.step().action().trains()) {
                ArchitectureSpec spec = capped(planned.architecture());
                DataSplits splits = TrainingData.load(store, spec.training());
                int limit = caps.images(planned.limit());
                images = limit == 0 ? splits.train().size() : Math.min(limit, splits.train().size());
                long start = System.nanoTime();
                run = train(spec, splits, limit);
                seconds = (System.nanoTime() - start) / 1e9;
                last = run;
                runs++;
            }
            Observation observed = new Observation(planned.architecture(), last, runs, planned.settings(), null);
            StepReport report = new StepReport(reports.size() + 1, planned.step(), run, images, seconds,
                    evaluator.evaluate(planned.step(), observed));
            reports.add(report);
            onStep.accept(report);
        }
        return new Report(lesson, List.copyOf(reports));
    }

    private ArchitectureSpec capped(ArchitectureSpec spec) {
        return spec.withTraining(spec.training().withEpochs(caps.epochs(spec.training().epochs())));
    }

    private RunSummary train(ArchitectureSpec spec, DataSplits splits, int limit) {
        TrainingRequest request = TrainingRequest.of(spec, splits).withLimit(limit);
        TrainingResult result = engine.trainer().start(request, new TrainingListener() { }).result().join();
        double test = result.hasModel() && !result.history().isEmpty()
                ? engine.evaluator().evaluate(result.model(), splits.test()).accuracy() : Double.NaN;
        return RunSummary.of(spec, result, test);
    }
}
