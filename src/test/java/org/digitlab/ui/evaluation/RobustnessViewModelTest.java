package org.digitlab.ui.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.digitlab.Slow;
import org.digitlab.data.DatasetStore;
import org.digitlab.data.ImageSet;
import org.digitlab.model.ArchitectureSpec;
import org.digitlab.model.ModelFiles;
import org.digitlab.model.ModelMetadata;
import org.digitlab.model.Presets;
import org.digitlab.model.TrainedModel;
import org.digitlab.model.TrainingHistory;
import org.digitlab.training.Distortion;
import org.digitlab.training.EvaluationResult;
import org.digitlab.training.Evaluator;
import org.digitlab.training.Predictions;
import org.digitlab.training.SweepCurve;
import org.digitlab.ui.state.ModelEntry;
import org.junit.jupiter.api.Test;

/**
 * The sweep's view-model over the real MNIST cache with a fake evaluator that reads a digit
 * right only while its ink's centre stays within 2 pixels of the frame's centre: no FX toolkit.
 */
@Slow
class RobustnessViewModelTest {

    private final List<Runnable> queued = new ArrayList<>();

    private final Evaluator centred = (model, set) -> {
        int[] actual = new int[set.size()];
        float[][] p = new float[set.size()][];
        for (int i = 0; i < set.size(); i++) {
            actual[i] = set.label(i);
            boolean right = offCentre(set, i) <= 2;
            p[i] = new float[10];
            p[i][right ? actual[i] : (actual[i] + 1) % 10] = 1;
        }
        return EvaluationResult.of(new Predictions(actual, p), model.spec().training().loss());
    };

    private static double offCentre(ImageSet set, int i) {
        double sum = 0;
        double rows = 0;
        double cols = 0;
        for (int r = 0; r < set.rows(); r++) {
            for (int c = 0; c < set.cols(); c++) {
                int v = set.pixel(i, r, c);
                sum += v;
                rows += v * r;
                cols += v * c;
            }
        }
        double mid = (set.rows() - 1) / 2.0;
        return sum == 0 ? Double.POSITIVE_INFINITY : Math.hypot(rows / sum - mid, cols / sum - mid);
    }

    private RobustnessViewModel viewModel(java.util.concurrent.Executor background) {
        RobustnessViewModel vm = new RobustnessViewModel(background, Runnable::run, DatasetStore.defaultStore(),
                centred, new NoFiles());
        vm.limitProperty().set(500);
        return vm;
    }

    @Test
    void aSweepGivesEachModelItsCurveAndTheFiguresInASentence() {
        RobustnessViewModel vm = viewModel(Runnable::run);
        List<SweepCurve> curves = vm.run(List.of(ModelEntry.ofTrained("a", new Mlp()),
                ModelEntry.ofTrained("b", new Mlp()))).join();

        assertThat(vm.curves()).containsExactlyElementsOf(curves);
        assertThat(curves).extracting(SweepCurve::model).containsExactly("a", "b");
        SweepCurve a = curves.get(0);
        assertThat(a.examples()).isEqualTo(500);
        assertThat(a.points()).hasSize(34);
        assertThat(a.accuracyAt(Distortion.SHIFT, 0)).isGreaterThan(0.9);
        assertThat(a.accuracyAt(Distortion.SHIFT, 4)).isLessThan(0.1);
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.canCancelProperty().get()).isFalse();
        assertThat(vm.statusProperty().get()).isEqualTo("Swept 2 models on 500 test images.");
        assertThat(RobustnessViewModel.describe(a)).startsWith("a: ").contains("over the sweep")
                .contains("under 50% from a shift of ");
    }

    @Test
    void aCancelledSweepKeepsTheLastCurvesAndSaysSo() {
        RobustnessViewModel vm = viewModel(queued::add);
        CompletableFuture<List<SweepCurve>> sweep = vm.run(List.of(ModelEntry.ofTrained("a", new Mlp())));
        assertThat(vm.runningProperty().get()).isTrue();
        assertThat(vm.canCancelProperty().get()).isTrue();

        vm.cancel();
        queued.forEach(Runnable::run);

        assertThat(sweep).isCompletedExceptionally();
        assertThat(vm.curves()).isEmpty();
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.statusProperty().get()).startsWith("Cancelled");
    }

    @Test
    void noModelTickedIsSaidAndNothingRuns() {
        RobustnessViewModel vm = viewModel(queued::add);
        assertThat(vm.run(List.of())).isCompletedExceptionally();
        assertThat(queued).isEmpty();
        assertThat(vm.statusProperty().get()).contains("Tick at least one model");
    }

    /** The spec of mlp-100; no network behind it. */
    private static final class Mlp implements TrainedModel {
        private final ArchitectureSpec spec = Presets.get("mlp-100");

        @Override
        public ArchitectureSpec spec() {
            return spec;
        }

        @Override
        public ModelMetadata metadata() {
            return new ModelMetadata("test", "mnist", spec.input(),
                    List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), ModelMetadata.UNIT_PIXEL_SCALE, 42,
                    Instant.EPOCH, null, null);
        }

        @Override
        public TrainingHistory history() {
            return new TrainingHistory(List.of());
        }

        @Override
        public TrainedModel withMetadata(ModelMetadata newMetadata) {
            return this;
        }
    }

    private static final class NoFiles implements ModelFiles {
        @Override
        public void save(TrainedModel trained, Path file) {
            throw new UnsupportedOperationException();
        }

        @Override
        public TrainedModel load(Path file) {
            throw new UnsupportedOperationException();
        }
    }
}
