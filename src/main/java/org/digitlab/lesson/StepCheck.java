package org.digitlab.lesson;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import org.digitlab.model.Activation;
import org.digitlab.model.Loss;
import org.digitlab.model.Optimizer;

/**
 * When a step counts as done, as a value: {@link CheckEvaluator} decides it against an
 * {@link Observation}. Checks about a run look at the last run ({@link Observation#lastRun()}),
 * {@code params-equal} at the architecture being edited, {@code setting-*} at the window's state.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = StepCheck.AccuracyAtLeast.class, name = "accuracy-at-least"),
    @JsonSubTypes.Type(value = StepCheck.AccuracyAtMost.class, name = "accuracy-at-most"),
    @JsonSubTypes.Type(value = StepCheck.ValLossTurnsUp.class, name = "val-loss-turns-up"),
    @JsonSubTypes.Type(value = StepCheck.BestEpochKept.class, name = "best-epoch-kept"),
    @JsonSubTypes.Type(value = StepCheck.RunFinished.class, name = "run-finished"),
    @JsonSubTypes.Type(value = StepCheck.RunsAtLeast.class, name = "runs-at-least"),
    @JsonSubTypes.Type(value = StepCheck.ParamsEqual.class, name = "params-equal"),
    @JsonSubTypes.Type(value = StepCheck.LossIs.class, name = "loss-is"),
    @JsonSubTypes.Type(value = StepCheck.OptimizerIs.class, name = "optimizer-is"),
    @JsonSubTypes.Type(value = StepCheck.ActivationIs.class, name = "activation-is"),
    @JsonSubTypes.Type(value = StepCheck.HiddenUnitsAtLeast.class, name = "hidden-units-at-least"),
    @JsonSubTypes.Type(value = StepCheck.DatasetIs.class, name = "dataset-is"),
    @JsonSubTypes.Type(value = StepCheck.SettingEquals.class, name = "setting-equals"),
    @JsonSubTypes.Type(value = StepCheck.SettingAtLeast.class, name = "setting-at-least"),
    @JsonSubTypes.Type(value = StepCheck.AllOf.class, name = "all-of"),
    @JsonSubTypes.Type(value = StepCheck.Discussed.class, name = "discussed")
})
public sealed interface StepCheck {

    /** Whether the check looks at the last run, so that some step up to its own must train. */
    default boolean needsRun() {
        return false;
    }

    /** Which images an accuracy is measured on. */
    enum Part {
        TRAINING, VALIDATION, TEST;

        @JsonValue
        public String jsonName() {
            return LessonNames.of(this);
        }

        @JsonCreator
        public static Part fromJson(String text) {
            return LessonNames.parse(Part.class, "set of images", text);
        }
    }

    /** The last run's accuracy on {@code on} (of the weights it kept) is at least {@code value}. */
    record AccuracyAtLeast(Part on, Double value) implements StepCheck {
        public AccuracyAtLeast {
            Fields.required("on", on, "\"test\"");
            Fields.fraction("value", Fields.required("value", value, "0.9"));
        }

        @Override
        public boolean needsRun() {
            return true;
        }
    }

    /** The last run's accuracy on {@code on} is at most {@code value}: a network that stays stuck. */
    record AccuracyAtMost(Part on, Double value) implements StepCheck {
        public AccuracyAtMost {
            Fields.required("on", on, "\"test\"");
            Fields.fraction("value", Fields.required("value", value, "0.2"));
        }

        @Override
        public boolean needsRun() {
            return true;
        }
    }

    /** The last run's validation loss rose again after its lowest epoch: it began to overfit. */
    record ValLossTurnsUp() implements StepCheck {
        @Override
        public boolean needsRun() {
            return true;
        }
    }

    /** The last run kept the weights of its epoch of lowest validation loss (a checkpoint). */
    record BestEpochKept() implements StepCheck {
        @Override
        public boolean needsRun() {
            return true;
        }
    }

    /** The last run ended with at least one epoch and did not diverge. */
    record RunFinished() implements StepCheck {
        @Override
        public boolean needsRun() {
            return true;
        }
    }

    /** At least {@code count} runs have finished in the lesson, e.g. to overlay their curves. */
    record RunsAtLeast(Integer count) implements StepCheck {
        public RunsAtLeast {
            Fields.range("count", Fields.required("count", count, "2"), 1, LessonLimits.MAX_STEPS, "2");
        }

        @Override
        public boolean needsRun() {
            return true;
        }
    }

    /** The architecture being edited has exactly {@code value} parameters, as its summary counts them. */
    record ParamsEqual(Long value) implements StepCheck {
        public ParamsEqual {
            Fields.required("value", value, "44300");
            if (value < 0 || value > org.digitlab.model.ModelLimits.MAX_PARAMS) {
                throw new LessonFieldException("value", "got " + value + "; a network has 0 to "
                        + org.digitlab.model.ModelLimits.MAX_PARAMS + " parameters");
            }
        }
    }

    /** The last run trained with this loss. */
    record LossIs(Loss loss) implements StepCheck {
        public LossIs {
            Fields.required("loss", loss, "\"cross-entropy\"");
        }

        @Override
        public boolean needsRun() {
            return true;
        }
    }

    /** The last run trained with this optimizer. */
    record OptimizerIs(Optimizer optimizer) implements StepCheck {
        public OptimizerIs {
            Fields.required("optimizer", optimizer, "\"adam\"");
        }

        @Override
        public boolean needsRun() {
            return true;
        }
    }

    /** Every hidden layer of the last run that has a non-linear activation has this one. */
    record ActivationIs(Activation activation) implements StepCheck {
        public ActivationIs {
            Fields.required("activation", activation, "\"relu\"");
        }

        @Override
        public boolean needsRun() {
            return true;
        }
    }

    /** The hidden Dense layers of the last run have at least {@code value} units together. */
    record HiddenUnitsAtLeast(Integer value) implements StepCheck {
        public HiddenUnitsAtLeast {
            Fields.range("value", Fields.required("value", value, "1000"), 1,
                    LessonLimits.MAX_UNITS * LessonLimits.MAX_HIDDEN_LAYERS, "1000");
        }

        @Override
        public boolean needsRun() {
            return true;
        }
    }

    /** The last run trained on this dataset. */
    record DatasetIs(String dataset) implements StepCheck {
        public DatasetIs {
            dataset = Fields.text("dataset", dataset, LessonLimits.MAX_ID_TEXT, true);
        }

        @Override
        public boolean needsRun() {
            return true;
        }
    }

    /** A setting of the window has this value ("false", "3", "preprocessing"), compared ignoring case. */
    record SettingEquals(Setting setting, String value) implements StepCheck {
        public SettingEquals {
            Fields.required("setting", setting, "\"centre-of-mass\"");
            value = Fields.text("value", value, LessonLimits.MAX_ID_TEXT, true);
        }
    }

    /** A numeric setting of the window is at least {@code value}, e.g. probes pinned. */
    record SettingAtLeast(Setting setting, Double value) implements StepCheck {
        public SettingAtLeast {
            Fields.required("setting", setting, "\"probes-pinned\"");
            Fields.required("value", value, "1");
            if (!Double.isFinite(value)) {
                throw new LessonFieldException("value", "got " + value + "; give a number, e.g. 1");
            }
        }
    }

    /** Every one of {@code checks} passes. */
    record AllOf(List<StepCheck> checks) implements StepCheck {
        public AllOf {
            checks = Fields.list("checks", checks, LessonLimits.MAX_ALL_OF);
            if (checks.isEmpty()) {
                throw new LessonFieldException("checks", "is empty; list the checks that must all pass");
            }
            if (depth(checks) > LessonLimits.MAX_ALL_OF_DEPTH) {
                throw new LessonFieldException("checks", "nests all-of more than " + LessonLimits.MAX_ALL_OF_DEPTH
                        + " deep; list the checks in one all-of");
            }
        }

        @Override
        public boolean needsRun() {
            return checks.stream().anyMatch(StepCheck::needsRun);
        }

        private static int depth(List<StepCheck> checks) {
            return 1 + checks.stream().mapToInt(c -> c instanceof AllOf all ? depth(all.checks()) : 0).max().orElse(0);
        }
    }

    /** Done when the class has discussed it and a student or the teacher marks it done. */
    record Discussed() implements StepCheck {
    }
}
