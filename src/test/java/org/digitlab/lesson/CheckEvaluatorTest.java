package org.digitlab.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.digitlab.lesson.CheckResult.Status;
import org.digitlab.lesson.StepCheck.Part;
import org.digitlab.model.Activation;
import org.digitlab.model.ArchitectureSpec;
import org.digitlab.model.EpochMetrics;
import org.digitlab.model.Loss;
import org.digitlab.model.Optimizer;
import org.digitlab.model.Presets;
import org.digitlab.model.TrainingHistory;
import org.digitlab.training.RunOutcome;
import org.junit.jupiter.api.Test;

/** Checks decided against made-up runs, architectures and window settings. */
class CheckEvaluatorTest {

    private final CheckEvaluator evaluator = new CheckEvaluator();
    private static final ArchitectureSpec SIGMOID = Presets.get("mlp-sigmoid-mse");
    private static final ArchitectureSpec DROPOUT = Presets.get("mlp-dropout");

    /** A run whose epochs have these validation losses and accuracies (training 0.01 better). */
    private static RunSummary run(ArchitectureSpec spec, int bestEpoch, double test, double[] valLoss, double[] valAcc) {
        List<EpochMetrics> epochs = new ArrayList<>();
        for (int i = 0; i < valLoss.length; i++) {
            epochs.add(new EpochMetrics(i + 1, valLoss[i] - 0.01, valAcc[i] + 0.01, valLoss[i], valAcc[i], 1, 1000));
        }
        return new RunSummary(spec, RunOutcome.COMPLETED, new TrainingHistory(epochs), bestEpoch, test);
    }

    private CheckResult check(StepCheck check, RunSummary run) {
        return evaluator.evaluate(check, new Observation(run == null ? null : run.spec(), run, run == null ? 0 : 1,
                Map.of(), null));
    }

    @Test
    void accuracyAtLeastOnTestPassesWithTheFigureAndFailsWithWhatIsMissing() {
        RunSummary run = run(SIGMOID, 0, 0.973, new double[] {Double.NaN}, new double[] {Double.NaN});
        assertThat(check(new StepCheck.AccuracyAtLeast(Part.TEST, 0.95), run))
                .isEqualTo(CheckResult.passed("test accuracy 97.3% is at least 95%"));
        assertThat(check(new StepCheck.AccuracyAtLeast(Part.TEST, 0.98), run))
                .isEqualTo(CheckResult.failed("test accuracy 97.3%: not yet 98%"));
        assertThat(check(new StepCheck.AccuracyAtLeast(Part.VALIDATION, 0.9), run).reason())
                .isEqualTo("the last run has no validation images (its split is train-test)");
        assertThat(check(new StepCheck.AccuracyAtLeast(Part.TEST, 0.9), null))
                .isEqualTo(CheckResult.failed("no run yet: train the network first"));
    }

    @Test
    void validationAccuracyIsTheKeptEpochs() {
        RunSummary run = run(DROPOUT, 2, 0.96, new double[] {0.20, 0.10, 0.15}, new double[] {0.94, 0.97, 0.95});
        assertThat(check(new StepCheck.AccuracyAtLeast(Part.VALIDATION, 0.97), run).passed()).isTrue();
        assertThat(check(new StepCheck.AccuracyAtMost(Part.TRAINING, 0.97), run).status()).isEqualTo(Status.FAILED);
    }

    @Test
    void stuckNetworkPassesAccuracyAtMost() {
        RunSummary run = run(SIGMOID, 0, 0.118, new double[] {Double.NaN}, new double[] {Double.NaN});
        assertThat(check(new StepCheck.AccuracyAtMost(Part.TEST, 0.2), run))
                .isEqualTo(CheckResult.passed("test accuracy 11.8% is at most 20%"));
    }

    @Test
    void validationLossTurningUpIsSeenOnlyAfterItsLowest() {
        RunSummary turned = run(DROPOUT, 2, 0.96, new double[] {0.20, 0.10, 0.15}, new double[] {0.9, 0.9, 0.9});
        assertThat(check(new StepCheck.ValLossTurnsUp(), turned).reason())
                .isEqualTo("the validation loss was lowest at epoch 2 (0.1000) and rose to 0.1500 by epoch 3");
        RunSummary falling = run(DROPOUT, 3, 0.96, new double[] {0.20, 0.15, 0.10}, new double[] {0.9, 0.9, 0.9});
        assertThat(check(new StepCheck.ValLossTurnsUp(), falling))
                .isEqualTo(CheckResult.failed("the validation loss is still falling (lowest at the last epoch, 3):"
                        + " train more epochs"));
    }

    @Test
    void bestEpochKeptSaysWhichEpoch() {
        RunSummary run = run(DROPOUT, 2, 0.96, new double[] {0.20, 0.10, 0.15}, new double[] {0.9, 0.9, 0.9});
        assertThat(check(new StepCheck.BestEpochKept(), run)).isEqualTo(CheckResult.passed(
                "the weights of epoch 2, the lowest validation loss, were kept, not the last epoch's (3)"));
        RunSummary last = run(SIGMOID, 0, 0.1, new double[] {Double.NaN}, new double[] {Double.NaN});
        assertThat(check(new StepCheck.BestEpochKept(), last).status()).isEqualTo(Status.FAILED);
    }

    @Test
    void settingsOfTheRunAreCompared() {
        ArchitectureSpec changed = SIGMOID.withTraining(SIGMOID.training().withLoss(Loss.CROSS_ENTROPY))
                .withLayers(Setups.withActivation(SIGMOID.layers(), Activation.RELU));
        RunSummary run = run(changed, 0, 0.9, new double[] {Double.NaN}, new double[] {Double.NaN});
        assertThat(check(new StepCheck.LossIs(Loss.CROSS_ENTROPY), run))
                .isEqualTo(CheckResult.passed("the last run's loss was cross-entropy"));
        assertThat(check(new StepCheck.OptimizerIs(Optimizer.ADAM), run))
                .isEqualTo(CheckResult.failed("the last run's optimizer was sgd, not adam"));
        assertThat(check(new StepCheck.ActivationIs(Activation.RELU), run).passed()).isTrue();
        RunSummary sigmoid = run(SIGMOID, 0, 0.1, new double[] {Double.NaN}, new double[] {Double.NaN});
        assertThat(check(new StepCheck.ActivationIs(Activation.RELU), sigmoid).reason())
                .isEqualTo("the last run's hidden layers used sigmoid, not only relu");
        assertThat(check(new StepCheck.HiddenUnitsAtLeast(1000), sigmoid))
                .isEqualTo(CheckResult.failed("the last run had 640 hidden units, not yet 1000"));
        assertThat(check(new StepCheck.DatasetIs("mnist"), sigmoid).passed()).isTrue();
    }

    @Test
    void aDivergedRunPassesNoRunCheck() {
        RunSummary diverged = new RunSummary(SIGMOID, RunOutcome.DIVERGED, TrainingHistory.EMPTY, 0, Double.NaN);
        assertThat(check(new StepCheck.RunFinished(), diverged))
                .isEqualTo(CheckResult.failed("the last run diverged: change a setting and train again"));
    }

    @Test
    void windowSettingsAreComparedAndUnobservableWithoutAWindow() {
        Observation window = new Observation(null, null, 0,
                Map.of(Setting.CENTRE_OF_MASS, "false", Setting.PROBES_PINNED, "2"), false);
        assertThat(evaluator.evaluate(new StepCheck.SettingEquals(Setting.CENTRE_OF_MASS, "FALSE"), window))
                .isEqualTo(CheckResult.passed("centre-of-mass is false"));
        assertThat(evaluator.evaluate(new StepCheck.SettingAtLeast(Setting.PROBES_PINNED, 3.0), window))
                .isEqualTo(CheckResult.failed("probes-pinned is 2, not yet 3"));
        assertThat(evaluator.evaluate(new StepCheck.SettingEquals(Setting.DRAWING, "true"), window).status())
                .isEqualTo(Status.UNOBSERVED);
        assertThat(evaluator.evaluate(new StepCheck.Discussed(), window))
                .isEqualTo(CheckResult.failed("not marked done yet"));
    }

    @Test
    void allOfFailsOnTheFirstFailureAndIsUnobservedOnlyWhenNothingFailed() {
        RunSummary run = run(SIGMOID, 0, 0.5, new double[] {Double.NaN}, new double[] {Double.NaN});
        Observation headless = new Observation(SIGMOID, run, 1, Map.of(), null);
        StepCheck probesAndRun = new StepCheck.AllOf(List.of(
                new StepCheck.SettingAtLeast(Setting.PROBES_PINNED, 1.0), new StepCheck.RunFinished()));
        assertThat(evaluator.evaluate(probesAndRun, headless).status()).isEqualTo(Status.UNOBSERVED);
        StepCheck lossAndAccuracy = new StepCheck.AllOf(List.of(new StepCheck.LossIs(Loss.MSE),
                new StepCheck.AccuracyAtLeast(Part.TEST, 0.9)));
        assertThat(evaluator.evaluate(lossAndAccuracy, headless))
                .isEqualTo(CheckResult.failed("test accuracy 50%: not yet 90%"));
        StepCheck both = new StepCheck.AllOf(List.of(new StepCheck.LossIs(Loss.MSE), new StepCheck.RunsAtLeast(1)));
        assertThat(evaluator.evaluate(both, headless))
                .isEqualTo(CheckResult.passed("the last run's loss was mse; 1 run finished"));
    }

    @Test
    void paramsEqualCountsTheEditedArchitecture() {
        Observation lenet = new Observation(Presets.get("lenet5-small"), null, 0, Map.of(), null);
        assertThat(evaluator.evaluate(new StepCheck.ParamsEqual(44_300L), lenet))
                .isEqualTo(CheckResult.passed("the network has 44,300 parameters"));
    }
}
