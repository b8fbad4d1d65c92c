package org.digitlab.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.digitlab.lesson.StepCheck.Part;
import org.digitlab.model.Activation;
import org.digitlab.model.ArchitectureSpec;
import org.digitlab.model.EpochMetrics;
import org.digitlab.model.LayerProblem;
import org.digitlab.model.LayerSpec;
import org.digitlab.model.ModelSummary;
import org.digitlab.training.RunOutcome;

/**
 * Decides checks against an {@link Observation}, each with a one-line reason a student reads:
 * the window calls it as runs end and settings change, {@code lesson check} after each step.
 */
public final class CheckEvaluator implements StepEvaluator {

    @Override
    public CheckResult evaluate(LessonStep step, Observation observed) {
        return evaluate(step.check(), observed);
    }

    /** The result of one check. */
    public CheckResult evaluate(StepCheck check, Observation o) {
        if (check instanceof StepCheck.AllOf all) {
            return allOf(all, o);
        }
        if (check instanceof StepCheck.Discussed) {
            return o.discussed() == null ? CheckResult.unobserved("a discussion: it is marked done in the window")
                    : o.discussed() ? CheckResult.passed("marked done") : CheckResult.failed("not marked done yet");
        }
        if (check instanceof StepCheck.ParamsEqual params) {
            return params(params, o.architecture());
        }
        if (check instanceof StepCheck.SettingEquals equals) {
            return settingEquals(equals, o);
        }
        if (check instanceof StepCheck.SettingAtLeast atLeast) {
            return settingAtLeast(atLeast, o);
        }
        if (check instanceof StepCheck.RunsAtLeast runs) {
            return o.runs() >= runs.count() ? CheckResult.passed(o.runs() + (o.runs() == 1 ? " run" : " runs")
                    + " finished")
                    : CheckResult.failed(o.runs() + " of the " + runs.count() + " runs finished so far");
        }
        RunSummary run = o.lastRun();
        if (run == null) {
            return CheckResult.failed("no run yet: train the network first");
        }
        return RunChecks.evaluate(check, run);
    }

    private CheckResult allOf(StepCheck.AllOf all, Observation o) {
        List<String> reasons = new ArrayList<>();
        CheckResult unobserved = null;
        for (StepCheck check : all.checks()) {
            CheckResult result = evaluate(check, o);
            if (result.status() == CheckResult.Status.FAILED) {
                return result;
            }
            if (result.status() == CheckResult.Status.UNOBSERVED && unobserved == null) {
                unobserved = result;
            }
            reasons.add(result.reason());
        }
        return unobserved != null ? unobserved : CheckResult.passed(String.join("; ", reasons));
    }

    private static CheckResult params(StepCheck.ParamsEqual check, ArchitectureSpec architecture) {
        if (architecture == null) {
            return CheckResult.failed("no architecture yet: pick a preset");
        }
        List<LayerProblem> problems = ModelSummary.validate(architecture);
        if (!problems.isEmpty()) {
            LayerProblem first = problems.get(0);
            return CheckResult.failed("the network cannot be built yet: " + first.layerName() + ": " + first.reason());
        }
        long params = ModelSummary.of(architecture).totalParams();
        return params == check.value()
                ? CheckResult.passed("the network has " + ModelSummary.thousands(params) + " parameters")
                : CheckResult.failed("the network has " + ModelSummary.thousands(params) + " parameters, not "
                        + ModelSummary.thousands(check.value()));
    }

    private static CheckResult settingEquals(StepCheck.SettingEquals check, Observation o) {
        String value = o.settings().get(check.setting());
        String name = check.setting().jsonName();
        if (value == null) {
            return CheckResult.unobserved("the window's " + name + " is not observable here");
        }
        return value.strip().equalsIgnoreCase(check.value())
                ? CheckResult.passed(name + " is " + value.strip())
                : CheckResult.failed(name + " is " + value.strip() + ", not " + check.value());
    }

    private static CheckResult settingAtLeast(StepCheck.SettingAtLeast check, Observation o) {
        String value = o.settings().get(check.setting());
        String name = check.setting().jsonName();
        if (value == null) {
            return CheckResult.unobserved("the window's " + name + " is not observable here");
        }
        double number;
        try {
            number = Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            return CheckResult.failed(name + " is " + value.strip() + ", not a number");
        }
        return number >= check.value() ? CheckResult.passed(name + " is " + number(number))
                : CheckResult.failed(name + " is " + number(number) + ", not yet " + number(check.value()));
    }

    static String number(double value) {
        return value == Math.rint(value) ? String.format(Locale.ROOT, "%.0f", value)
                : String.format(Locale.ROOT, "%s", value);
    }

    /** "97.3%"; a threshold such as 0.9 as "90%". */
    static String percent(double share) {
        double p = 100 * share;
        return p == Math.rint(p) ? String.format(Locale.ROOT, "%.0f%%", p) : String.format(Locale.ROOT, "%.1f%%", p);
    }

    /** The checks that look at one run. */
    static final class RunChecks {

        private RunChecks() {
        }

        static CheckResult evaluate(StepCheck check, RunSummary run) {
            if (run.outcome() == RunOutcome.DIVERGED || run.outcome() == RunOutcome.ERROR) {
                return CheckResult.failed("the last run " + (run.outcome() == RunOutcome.DIVERGED ? "diverged"
                        : "failed") + ": change a setting and train again");
            }
            if (check instanceof StepCheck.RunFinished) {
                return run.history().isEmpty() ? CheckResult.failed("the last run ended before its first epoch")
                        : CheckResult.passed("a run of " + run.history().size() + " epochs finished");
            }
            if (check instanceof StepCheck.AccuracyAtLeast at) {
                return accuracy(run, at.on(), at.value(), true);
            }
            if (check instanceof StepCheck.AccuracyAtMost at) {
                return accuracy(run, at.on(), at.value(), false);
            }
            if (check instanceof StepCheck.ValLossTurnsUp) {
                return valLossTurnsUp(run);
            }
            if (check instanceof StepCheck.BestEpochKept) {
                return run.bestEpoch() > 0
                        ? CheckResult.passed("the weights of epoch " + run.bestEpoch() + ", the lowest validation loss,"
                                + " were kept" + (run.bestEpoch() < run.history().lastEpoch()
                                ? ", not the last epoch's (" + run.history().lastEpoch() + ")" : ""))
                        : CheckResult.failed("the run kept its last weights: it takes no checkpoint");
            }
            return SettingsOfRun.evaluate(check, run.spec());
        }

        private static CheckResult accuracy(RunSummary run, Part part, double threshold, boolean atLeast) {
            String name = LessonNames.of(part) + " accuracy";
            double value;
            if (part == Part.TEST) {
                value = run.testAccuracy();
                if (Double.isNaN(value)) {
                    return CheckResult.failed("the last run's test accuracy is not measured yet");
                }
            } else {
                EpochMetrics kept = run.keptEpoch();
                if (kept == null) {
                    return CheckResult.failed("the last run ended before its first epoch");
                }
                value = part == Part.TRAINING ? kept.trainAccuracy() : kept.valAccuracy();
                if (Double.isNaN(value)) {
                    return CheckResult.failed("the last run has no validation images (its split is "
                            + run.spec().training().split().jsonName().replace('_', '-') + ")");
                }
            }
            boolean ok = atLeast ? value >= threshold : value <= threshold;
            return ok ? CheckResult.passed(name + " " + percent(value) + (atLeast ? " is at least " : " is at most ")
                            + percent(threshold))
                    : CheckResult.failed(name + " " + percent(value) + (atLeast ? ": not yet " : ": above ")
                            + percent(threshold));
        }

        private static CheckResult valLossTurnsUp(RunSummary run) {
            List<EpochMetrics> epochs = run.history().epochs().stream().filter(EpochMetrics::hasValidation).toList();
            if (epochs.isEmpty()) {
                return CheckResult.failed("the last run has no validation loss: train with a validation split");
            }
            EpochMetrics lowest = epochs.get(0);
            for (EpochMetrics e : epochs) {
                lowest = e.valLoss() < lowest.valLoss() ? e : lowest;
            }
            EpochMetrics last = epochs.get(epochs.size() - 1);
            if (lowest == last) {
                return CheckResult.failed("the validation loss is still falling (lowest at the last epoch, "
                        + last.epoch() + "): train more epochs");
            }
            return CheckResult.passed(String.format(Locale.ROOT,
                    "the validation loss was lowest at epoch %d (%.4f) and rose to %.4f by epoch %d",
                    lowest.epoch(), lowest.valLoss(), last.valLoss(), last.epoch()));
        }
    }

    /** The checks that look at how the last run was set up. */
    static final class SettingsOfRun {

        private SettingsOfRun() {
        }

        static CheckResult evaluate(StepCheck check, ArchitectureSpec spec) {
            if (check instanceof StepCheck.LossIs loss) {
                return same("loss", loss.loss().jsonName(), spec.training().loss().jsonName());
            }
            if (check instanceof StepCheck.OptimizerIs optimizer) {
                return same("optimizer", optimizer.optimizer().jsonName(), spec.training().optimizer().jsonName());
            }
            if (check instanceof StepCheck.DatasetIs dataset) {
                return same("dataset", dataset.dataset(), spec.training().datasetId());
            }
            if (check instanceof StepCheck.HiddenUnitsAtLeast units) {
                int total = spec.layers().stream().filter(l -> l instanceof LayerSpec.Dense)
                        .mapToInt(l -> ((LayerSpec.Dense) l).units()).sum();
                return total >= units.value()
                        ? CheckResult.passed("the last run had " + total + " hidden units")
                        : CheckResult.failed("the last run had " + total + " hidden units, not yet " + units.value());
            }
            if (check instanceof StepCheck.ActivationIs activation) {
                return activation(activation.activation(), spec);
            }
            throw new IllegalStateException("no rule for the check " + check);
        }

        private static CheckResult same(String what, String wanted, String actual) {
            String shown = actual.replace('_', '-');
            return wanted.equalsIgnoreCase(actual) ? CheckResult.passed("the last run's " + what + " was " + shown)
                    : CheckResult.failed("the last run's " + what + " was " + shown + ", not "
                            + wanted.replace('_', '-'));
        }

        private static CheckResult activation(Activation wanted, ArchitectureSpec spec) {
            List<Activation> hidden = Setups.hiddenActivations(spec);
            String name = wanted.jsonName();
            if (hidden.isEmpty()) {
                return CheckResult.failed("the last run's network has no hidden activation");
            }
            return hidden.stream().allMatch(a -> a == wanted)
                    ? CheckResult.passed("the last run's hidden layers used " + name)
                    : CheckResult.failed("the last run's hidden layers used " + hidden.stream()
                            .map(Activation::jsonName).distinct().reduce((a, b) -> a + " and " + b).orElse("")
                            + ", not only " + name);
        }
    }
}
