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
 * model the app draws with ({@link SampleModels#DRAWING_DEFAULT}), which must read 99% of them, and
 * by {@code cnn-3conv} (97%). {@code -Ddigitlab.test.drawnSamples=ID,...} tries others.
 * {@link IndependentDrawnDigitsTest} checks the drawing model on canvases made without this code.
 */
@Slow
class DrawnDigitsTest {

    private static final int DIGITS = 600;
    /** The floor for the model the Draw view starts with. */
    private static final double DRAWING_MODEL_FLOOR = 0.99;
    private static final double OTHER_FLOOR = 0.97;
    private static final Engine ENGINE = Dl4jEngine.create();

    static Stream<String> samples() {
        return Arrays.stream(System.getProperty("digitlab.test.drawnSamples", SampleModels.DRAWING_DEFAULT + ",cnn-3conv").split(","))
                .map(String::trim);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void theSampleModelReadsDrawnDigits(String sample) throws Exception {
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
        double floor = sample.equals(SampleModels.DRAWING_DEFAULT) ? DRAWING_MODEL_FLOOR : OTHER_FLOOR;
        assertThat((double) correct / DIGITS).isGreaterThanOrEqualTo(floor);
    }
}
