package org.digitlab.lesson;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.digitlab.data.DatasetCatalog;
import org.digitlab.model.ArchitectureSpec;
import org.digitlab.model.LayerProblem;
import org.digitlab.model.ModelSummary;
import org.digitlab.model.SplitKind;
import org.digitlab.model.TrainingChecks;

/**
 * A lesson played through on paper: each step's architecture and settings after its action and
 * its solution, as {@code lesson check} rehearses it. Planning is also the lesson's validation:
 * whatever cannot be given as written is a {@link LessonProblem} naming the step and field.
 */
public final class LessonPlan {

    /**
     * One step as rehearsed.
     *
     * @param step         the step
     * @param architecture the architecture after the action and the solution, or null while none is set
     * @param limit        the training images a run of the step uses, 0 for all
     * @param settings     the window settings the action and the solution set, as far as they go
     */
    public record Planned(LessonStep step, ArchitectureSpec architecture, int limit, Map<Setting, String> settings) {
        public Planned {
            settings = Map.copyOf(settings);
        }
    }

    private LessonPlan() {
    }

    /** @throws LessonProblem at the first step that cannot be given as written */
    public static List<Planned> of(Lesson lesson) {
        List<Planned> planned = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        ArchitectureSpec current = null;
        ArchitectureSpec lastTrained = null;
        int limit = 0;
        Map<Setting, String> settings = new EnumMap<>(Setting.class);
        for (int i = 0; i < lesson.steps().size(); i++) {
            LessonStep step = lesson.steps().get(i);
            Integer earlier = ids.putIfAbsent(step.id(), i);
            if (earlier != null) {
                throw new LessonProblem(i, "id", "'" + step.id() + "' is the id of step " + (earlier + 1)
                        + " too; give each step its own id");
            }
            current = applied(i, "action.setup.", step.action().setup(), current);
            current = applied(i, "solution.", step.solution(), current);
            limit = firstOf(step.solution().limit(), step.action().setup().limit(), limit);
            settings(step, settings);
            if (step.action().trains()) {
                requireTrainable(i, current);
                lastTrained = current;
            }
            checkFits(i, step.check(), current, lastTrained);
            planned.add(new Planned(step, current, limit, settings));
        }
        return List.copyOf(planned);
    }

    private static ArchitectureSpec applied(int step, String prefix, Setup setup, ArchitectureSpec current) {
        try {
            return Setups.apply(setup, current);
        } catch (LessonFieldException e) {
            throw new LessonProblem(step, prefix + e.field(), e.reason());
        }
    }

    private static int firstOf(Integer first, Integer second, int otherwise) {
        return first != null ? first : second != null ? second : otherwise;
    }

    private static void settings(LessonStep step, Map<Setting, String> settings) {
        if (step.action().view() != null) {
            settings.put(Setting.VIEW, step.action().view().jsonName());
        }
        for (Setup setup : List.of(step.action().setup(), step.solution())) {
            if (setup.centreOfMass() != null) {
                settings.put(Setting.CENTRE_OF_MASS, setup.centreOfMass().toString());
            }
            if (setup.scaleToBox() != null) {
                settings.put(Setting.SCALE_TO_BOX, setup.scaleToBox().toString());
            }
        }
    }

    private static void requireTrainable(int step, ArchitectureSpec spec) {
        if (spec == null) {
            throw new LessonProblem(step, "action.train", "there is no architecture to train yet: give this step"
                    + " or an earlier one a preset or a spec");
        }
        List<LayerProblem> problems = new ArrayList<>(ModelSummary.validate(spec));
        problems.addAll(TrainingChecks.problems(spec));
        if (!problems.isEmpty()) {
            LayerProblem first = problems.get(0);
            throw new LessonProblem(step, "action.setup", spec.id() + " cannot train as set up: "
                    + first.layerName() + ": " + first.reason());
        }
    }

    private static void checkFits(int step, StepCheck check, ArchitectureSpec current, ArchitectureSpec trained) {
        if (check instanceof StepCheck.AllOf all) {
            all.checks().forEach(c -> checkFits(step, c, current, trained));
            return;
        }
        if (check instanceof StepCheck.DatasetIs dataset) {
            try {
                DatasetCatalog.get(dataset.dataset());
            } catch (IllegalArgumentException unknown) {
                throw new LessonProblem(step, "check.dataset", unknown.getMessage());
            }
        }
        if (check instanceof StepCheck.ParamsEqual && current == null) {
            throw new LessonProblem(step, "check", "counts the parameters, but there is no architecture yet:"
                    + " give this step or an earlier one a preset or a spec");
        }
        if (check.needsRun() && trained == null) {
            throw new LessonProblem(step, "check", "looks at the last run, but no step up to here trains: set"
                    + " action.train to \"auto\" or \"student\" in this step or an earlier one");
        }
        boolean needsValidation = check instanceof StepCheck.ValLossTurnsUp || check instanceof StepCheck.BestEpochKept
                || check instanceof StepCheck.AccuracyAtLeast a && a.on() == StepCheck.Part.VALIDATION
                || check instanceof StepCheck.AccuracyAtMost m && m.on() == StepCheck.Part.VALIDATION;
        if (needsValidation && trained.training().split() == SplitKind.TRAIN_TEST) {
            throw new LessonProblem(step, "check", "needs validation figures, but the run's split is train-test,"
                    + " which has none: check on \"test\", or set the split to holdout-half or validation-fraction");
        }
        if (check instanceof StepCheck.BestEpochKept && !trained.training().checkpointBestValLoss()) {
            throw new LessonProblem(step, "check", "asks for the best epoch's checkpoint, but " + trained.id()
                    + " keeps none; use a preset that does, such as mlp-dropout or lenet5");
        }
    }
}
