package org.digitlab.inference;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.digitlab.RealMnist;
import org.digitlab.Slow;
import org.digitlab.data.ImageSet;
import org.digitlab.engine.Engine;
import org.digitlab.engine.dl4j.Dl4jEngine;
import org.digitlab.model.SampleModels;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Drawn digits work as well as test digits: MNIST test images redrawn the way a mouse would (a
 * round brush of varied width on a big canvas, off-centre, smaller and larger than MNIST's, dark
 * on light and light on dark) are classified through the app's own preprocessing by the most
 * accurate sample model on MNIST's test set ({@code cnn-batchnorm}, 99.43%) and by the one the
 * app draws with ({@code cnn-3conv}). {@code -Ddigitlab.test.drawnSamples=ID,...} tries others.
 */
@Slow
class DrawnDigitsTest {

    private static final int DIGITS = 600;
    private static final Engine ENGINE = Dl4jEngine.create();

    static Stream<String> samples() {
        return Arrays.stream(System.getProperty("digitlab.test.drawnSamples", "cnn-batchnorm,cnn-3conv").split(","))
                .map(String::trim);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void theSampleModelReadsAtLeast97PercentOfDrawnDigits(String sample) throws Exception {
        Path file = SampleModels.find(sample).orElseThrow();
        DigitRecognizer recognizer = new DigitRecognizer(ENGINE.predictor(ENGINE.modelFiles().load(file)));
        ImageSet test = RealMnist.trainTest().test();
        SplittableRandom random = new SplittableRandom(7);
        int correct = 0;
        for (int n = 0; n < DIGITS; n++) {
            int index = random.nextInt(test.size());
            int canvasSize = 300 + random.nextInt(400);          // 300..699 canvas pixels
            double scale = 4 + random.nextDouble() * 14;         // digit 112..504 px: smaller and larger
            double brush = scale * (0.45 + random.nextDouble() * 0.5); // thin to thick strokes
            int room = Math.max(1, canvasSize - (int) Math.ceil(28 * scale));
            GrayImage canvas = Canvases.drawnMnist(test, index, Math.max(canvasSize, (int) (28 * scale) + 1), scale,
                    brush / 2 + 1, random.nextInt(room), random.nextInt(room));
            if (random.nextBoolean()) {
                canvas = Canvases.inverted(canvas);
            }
            DigitRecognizer.Recognition recognition = recognizer.recognize(canvas);
            if (recognition.hasDigit() && recognition.prediction().digit() == test.label(index)) {
                correct++;
            }
        }
        System.err.printf("drawn digits read right by %s: %d of %d%n", sample, correct, DIGITS);
        assertThat((double) correct / DIGITS).isGreaterThanOrEqualTo(0.97);
    }
}
