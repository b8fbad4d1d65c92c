package org.digitlab.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.digitlab.data.CancellationToken;
import org.digitlab.data.ImageSet;
import org.digitlab.data.Progress;
import org.digitlab.model.Loss;
import org.junit.jupiter.api.Test;

/** The sweep's bookkeeping with a fake evaluator that scores each set by its ink. */
class RobustnessSweepTest {

    /** Three 4×4 images, one dot each. */
    private static ImageSet tiny() {
        byte[] pixels = new byte[3 * 16];
        pixels[5] = (byte) 255;
        pixels[16 + 6] = (byte) 255;
        pixels[32 + 9] = (byte) 255;
        return new ImageSet(4, 4, pixels, new byte[] {0, 1, 2});
    }

    /** "Accuracy" = the set's ink as a share of three full dots; remembers every set it saw. */
    private static final class InkEvaluator implements Evaluator {
        final List<ImageSet> seen = new ArrayList<>();

        @Override
        public EvaluationResult evaluate(org.digitlab.model.TrainedModel model, ImageSet set) {
            seen.add(set);
            long ink = 0;
            for (byte b : set.pixels()) {
                ink += b & 0xFF;
            }
            double share = Math.min(1, ink / (3.0 * 255));
            int right = (int) Math.round(share * set.size());
            int[] actual = new int[set.size()];
            float[][] p = new float[set.size()][];
            for (int i = 0; i < set.size(); i++) {
                p[i] = i < right ? new float[] {1, 0} : new float[] {0, 1};
            }
            return EvaluationResult.of(new Predictions(actual, p), Loss.CROSS_ENTROPY);
        }
    }

    @Test
    void everyAmountOfEveryDistortionIsMeasuredAndThePlainSetOnlyOnce() {
        InkEvaluator evaluator = new InkEvaluator();
        List<long[]> progress = new ArrayList<>();
        Progress recorder = (stage, done, total) -> progress.add(new long[] {done, total});
        List<Distortion> kinds = List.of(Distortion.SHIFT, Distortion.STROKE);
        List<RobustnessSweep.Subject> models = List.of(new RobustnessSweep.Subject("a", null),
                new RobustnessSweep.Subject("b", null));
        List<SweepCurve> curves = RobustnessSweep.run(evaluator, models, tiny(), kinds, recorder,
                CancellationToken.none());

        int expected = RobustnessSweep.evaluations(kinds, 2);
        assertThat(expected).isEqualTo(2 * (1 + 10 + 4));
        assertThat(evaluator.seen).hasSize(expected);
        assertThat(progress).hasSize(expected);
        assertThat(progress.get(progress.size() - 1)).containsExactly(expected, expected);
        assertThat(curves).extracting(SweepCurve::model).containsExactly("a", "b");
        SweepCurve a = curves.get(0);
        assertThat(a.points()).hasSize(11 + 5);
        assertThat(a.accuracyAt(Distortion.SHIFT, 0)).isEqualTo(1.0);
        assertThat(a.accuracyAt(Distortion.STROKE, 0)).isEqualTo(1.0);
        // A shift of 4 moves every dot of a 4×4 image out of the frame.
        assertThat(a.accuracyAt(Distortion.SHIFT, 4)).isZero();
        assertThat(a.failsAt(Distortion.SHIFT)).isPresent();
        assertThat(a.examples()).isEqualTo(3);
    }

    @Test
    void theMeanAndTheFailingShiftAreDefinedAsDocumented() {
        List<SweepCurve.Point> points = List.of(new SweepCurve.Point(Distortion.SHIFT, 0, 1.0),
                new SweepCurve.Point(Distortion.SHIFT, 1, 0.8), new SweepCurve.Point(Distortion.SHIFT, 2, 0.2),
                new SweepCurve.Point(Distortion.SHIFT, 3, 0.0));
        SweepCurve curve = new SweepCurve("m", 10, points);
        assertThat(curve.meanAccuracy()).isEqualTo(0.5);
        // 0.8 at 1 px, 0.2 at 2 px: 0.5 is crossed half-way, at 1.5 px.
        assertThat(curve.failsAt(Distortion.SHIFT)).hasValue(1.5);
        SweepCurve steady = new SweepCurve("s", 10, List.of(new SweepCurve.Point(Distortion.SHIFT, 0, 0.9)));
        assertThat(steady.failsAt(Distortion.SHIFT)).isEmpty();
    }

    @Test
    void aCancelledSweepStopsBeforeTheNextEvaluation() {
        InkEvaluator evaluator = new InkEvaluator();
        CancellationToken cancel = new CancellationToken();
        Progress cancelAfterThree = (stage, done, total) -> {
            if (done == 3) {
                cancel.cancel();
            }
        };
        assertThatThrownBy(() -> RobustnessSweep.run(evaluator, List.of(new RobustnessSweep.Subject("a", null)),
                tiny(), List.of(Distortion.values()), cancelAfterThree, cancel))
                .isInstanceOf(CancellationException.class);
        assertThat(evaluator.seen).hasSize(3);
    }

    @Test
    void shiftMovesImagesInTurnRightDownLeftAndUp() {
        byte[] pixels = new byte[4 * 9];
        for (int i = 0; i < 4; i++) {
            pixels[i * 9 + 4] = (byte) 255; // the centre of a 3×3 image
        }
        ImageSet set = new ImageSet(3, 3, pixels, new byte[4]);
        ImageSet moved = Distortion.SHIFT.apply(set, 1);
        assertThat(moved.pixel(0, 1, 2)).isEqualTo(255);
        assertThat(moved.pixel(1, 2, 1)).isEqualTo(255);
        assertThat(moved.pixel(2, 1, 0)).isEqualTo(255);
        assertThat(moved.pixel(3, 0, 1)).isEqualTo(255);
        assertThat(Distortion.NOISE.apply(set, 0).pixels()).isEqualTo(pixels);
    }
}
