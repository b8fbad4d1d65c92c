package org.digitlab.inference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.digitlab.ImageSimilarity.correlation;

import org.digitlab.RealMnist;
import org.digitlab.data.ImageSet;
import org.junit.jupiter.api.Test;

class CanvasPreprocessorTest {

    private final CanvasPreprocessor mnist = new CanvasPreprocessor(28);

    @Test
    void blankCanvasGivesNoDigit() {
        assertThat(mnist.process(Canvases.white(400, 300)).noDigit()).isEqualTo(NoDigitReason.BLANK);
        assertThat(mnist.process(Canvases.inverted(Canvases.white(50, 50))).hasDigit()).isFalse();
    }

    @Test
    void singleDotGivesNoDigit() {
        GrayImage canvas = Canvases.white(400, 400);
        Canvases.dab(canvas, 120, 260, 12);
        assertThat(mnist.process(canvas).noDigit()).isEqualTo(NoDigitReason.TOO_SMALL);
    }

    @Test
    void aThinVerticalStrokeIsADigitScaledToTwentyPixelsHigh() {
        GrayImage canvas = Canvases.white(400, 400);
        Canvases.line(canvas, 300, 40, 300, 240, 6);
        PreprocessedDigit digit = mnist.process(canvas);
        assertThat(digit.hasDigit()).isTrue();
        assertThat(digit.fittedHeight()).isEqualTo(20);
        assertThat(digit.fittedWidth()).isBetween(1, 2); // aspect ratio kept: 13 / 213 * 20
        assertThat(digit.box().height()).isEqualTo(213);
    }

    @Test
    void centreOfMassLandsAtTheFieldCentre() {
        GrayImage canvas = Canvases.white(300, 300);
        Canvases.line(canvas, 20, 20, 200, 20, 8);  // a "7": heavy at the top
        Canvases.line(canvas, 200, 20, 90, 280, 8);
        PreprocessedDigit digit = mnist.process(canvas);
        double[] com = CanvasPreprocessor.centreOfMass(digit.image(), 28, 28);
        assertThat(com[0]).isCloseTo(13.5, within(0.6));
        assertThat(com[1]).isCloseTo(13.5, within(0.6));
    }

    @Test
    void darkOnLightAndLightOnDarkGiveTheSameImage() {
        GrayImage canvas = Canvases.white(200, 200);
        Canvases.line(canvas, 40, 30, 150, 170, 7);
        Canvases.line(canvas, 150, 30, 40, 170, 7);
        PreprocessedDigit dark = mnist.process(canvas);
        PreprocessedDigit light = mnist.process(Canvases.inverted(canvas));
        assertThat(light.image()).containsExactly(dark.image());
        assertThat(max(dark.image())).isGreaterThan(0.9f); // ink is bright, as in MNIST
    }

    /** A hairline on a big canvas averages down to grey; MNIST strokes always reach full ink. */
    @Test
    void aHairlineOrGreyPenStillGivesFullInk() {
        GrayImage hairline = Canvases.white(600, 600);
        Canvases.line(hairline, 300, 40, 300, 560, 1);
        Canvases.line(hairline, 200, 40, 300, 40, 1);
        assertThat(max(AreaResampler.resize(InkMap.of(hairline), 600, 600, 28, 28))).isLessThan(0.2f);
        assertThat(max(mnist.process(hairline).image())).isEqualTo(1f);

        GrayImage grey = Canvases.white(200, 200);
        Canvases.line(grey, 100, 20, 100, 180, 8);
        Canvases.line(grey, 60, 20, 100, 20, 8);
        float[] values = grey.values();
        for (int i = 0; i < values.length; i++) {
            values[i] = Math.max(values[i], Canvases.WHITE * 0.6f); // a light grey pen
        }
        assertThat(max(mnist.process(grey).image())).isEqualTo(1f);
    }

    @Test
    void areaAveragingMixesWhatAPixelCovers() {
        float[] checker = {1, 0, 1, 0, 0, 1, 0, 1, 1, 0, 1, 0, 0, 1, 0, 1};
        assertThat(AreaResampler.resize(checker, 4, 4, 2, 2)).containsExactly(0.5f, 0.5f, 0.5f, 0.5f);
        float[] ramp = {0, 1, 2, 3, 4, 5};
        assertThat(AreaResampler.resize(ramp, 6, 1, 3, 1)).containsExactly(0.5f, 2.5f, 4.5f);
    }

    @Test
    void uncenteredModelsGetTheDigitInA56Field() {
        GrayImage canvas = Canvases.white(200, 200);
        Canvases.line(canvas, 100, 20, 100, 180, 6);
        PreprocessedDigit digit = new CanvasPreprocessor(56).process(canvas);
        assertThat(digit.image()).hasSize(56 * 56);
        assertThat(CanvasPreprocessor.centreOfMass(digit.image(), 56, 56)[1]).isCloseTo(27.5, within(0.6));
    }

    @Test
    void fieldsSmallerThanTheDigitBoxAreRefused() {
        assertThatThrownBy(() -> new CanvasPreprocessor(16)).hasMessageContaining("16×16");
    }

    /** MNIST digits drawn big on a canvas come back looking like themselves. */
    @Test
    void mnistDigitsRedrawnOnACanvasComeBackAlike() {
        ImageSet test = RealMnist.trainTest().test();
        double total = 0;
        int n = 200;
        for (int i = 0; i < n; i++) {
            GrayImage canvas = Canvases.drawnMnist(test, i, 420, 12, 9, 30, 50);
            PreprocessedDigit digit = mnist.process(canvas);
            assertThat(digit.hasDigit()).as("image %d", i).isTrue();
            total += correlation(digit.image(), original(test, i));
        }
        assertThat(total / n).isGreaterThan(0.75);
    }

    private static float[] original(ImageSet set, int index) {
        float[] values = new float[set.imageSize()];
        for (int k = 0; k < values.length; k++) {
            values[k] = set.pixel(index, k / set.cols(), k % set.cols()) / 255f;
        }
        return values;
    }

    private static float max(float[] values) {
        float max = Float.NEGATIVE_INFINITY;
        for (float v : values) {
            max = Math.max(max, v);
        }
        return max;
    }
}
