package org.digitlab.inference;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.SplittableRandom;
import org.digitlab.RealMnist;
import org.digitlab.data.ImageSet;
import org.digitlab.inference.dl4j.Dl4jPredictor;
import org.digitlab.model.SampleModels;
import org.digitlab.model.dl4j.Dl4jModelFiles;
import org.junit.jupiter.api.Test;

/**
 * Drawn digits work as well as test digits: MNIST test images redrawn the way a mouse would (a
 * round brush of varied width on a big canvas, off-centre, smaller and larger than MNIST's, dark
 * on light and light on dark) are classified by the best sample model through the app's own
 * preprocessing.
 */
class DrawnDigitsTest {

    static final String BEST_SAMPLE = System.getProperty("digitlab.test.bestSample", "cnn-3conv");
    private static final int DIGITS = 600;

    @Test
    void theBestSampleModelReadsAtLeast97PercentOfDrawnDigits() throws Exception {
        Path file = SampleModels.find(BEST_SAMPLE).orElseThrow();
        DigitRecognizer recognizer = new DigitRecognizer(new Dl4jPredictor(new Dl4jModelFiles().load(file)));
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
        System.err.printf("drawn digits read right by %s: %d of %d%n", BEST_SAMPLE, correct, DIGITS);
        assertThat((double) correct / DIGITS).isGreaterThanOrEqualTo(0.97);
    }
}
