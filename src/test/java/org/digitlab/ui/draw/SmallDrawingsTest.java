package org.digitlab.ui.draw;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.digitlab.Slow;
import org.digitlab.engine.Engine;
import org.digitlab.engine.dl4j.Dl4jEngine;
import org.digitlab.inference.DigitRecognizer;
import org.digitlab.inference.DigitRecognizer.Recognition;
import org.digitlab.model.SampleModels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Digits drawn small with the default brush read as well as big ones: the Draw view's own
 * strokes (ten digits, three widths, four places on the canvas, a shaky hand), rasterized as the
 * view does it, read by the sample model the app draws with ({@code cnn-3conv}).
 */
@Slow
class SmallDrawingsTest {

    /** Digit heights in drawing units (the canvas is 400): from a tenth of it to nearly all. */
    private static final double[] HEIGHTS = {30, 40, 50, 60, 70, 80, 100, 130, 180, 250, 370};
    private static final double[] ASPECTS = {0.5, 0.7, 0.9};
    private static DigitRecognizer recognizer;
    private static final Engine ENGINE = Dl4jEngine.create();

    @BeforeAll
    static void loadModel() throws Exception {
        recognizer = new DigitRecognizer(ENGINE.predictor(
                ENGINE.modelFiles().load(SampleModels.find("cnn-3conv").orElseThrow())));
    }

    @Test
    void aSmall3AndASmall4DrawnWithTheDefaultBrushReadRight() {
        for (int digit : new int[] {3, 4}) {
            for (double aspect : ASPECTS) {
                for (double[] at : places(50)) {
                    Recognition read = read(digit, 50, aspect, at);
                    assertThat(read.hasDigit()).as("a %d, %.1f wide, at %.0f,%.0f", digit, aspect, at[0], at[1])
                            .isTrue();
                    assertThat(read.prediction().digit()).as("a %d, %.1f wide", digit, aspect).isEqualTo(digit);
                }
            }
        }
    }

    /** Prints the table of the README; every size from 30 units up reads at least 95% right. */
    @Test
    void everyDigitReadsRightAtEverySize() {
        StringBuilder table = new StringBuilder("height   0  1  2  3  4  5  6  7  8  9  right\n");
        List<Double> shares = new ArrayList<>();
        for (double height : HEIGHTS) {
            table.append(String.format(Locale.ROOT, "%6.0f ", height));
            int right = 0;
            int tries = 0;
            for (int digit = 0; digit < 10; digit++) {
                int ok = 0;
                for (double aspect : ASPECTS) {
                    for (double[] at : places(height)) {
                        Recognition read = read(digit, height, aspect, at);
                        ok += read.hasDigit() && read.prediction().digit() == digit ? 1 : 0;
                        tries++;
                    }
                }
                right += ok;
                table.append(String.format(Locale.ROOT, " %2d", ok));
            }
            shares.add((double) right / tries);
            table.append(String.format(Locale.ROOT, "  %d/%d%n", right, tries));
        }
        System.err.print("drawn with the default brush, read by cnn-3conv:\n" + table);
        assertThat(shares).allSatisfy(share -> assertThat(share).isGreaterThanOrEqualTo(0.95));
    }

    /** Top left, centre, right, bottom: small drawings are rarely in the middle. */
    private static List<double[]> places(double height) {
        double room = DrawViewModel.SIZE - height - 30;
        return List.of(new double[] {15, 15}, new double[] {room * 0.5, room * 0.5}, new double[] {room, room * 0.2},
                new double[] {room * 0.3, room});
    }

    private static Recognition read(int digit, double height, double aspect, double[] at) {
        SplittableRandom hand = new SplittableRandom(digit * 1000L + (long) height + (long) (aspect * 10));
        return recognizer.recognize(DrawViewModel.raster(
                DigitStrokes.of(digit, height, aspect, at[0], at[1], DrawViewModel.DEFAULT_BRUSH, hand)));
    }
}
