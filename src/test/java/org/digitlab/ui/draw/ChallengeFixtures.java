package org.digitlab.ui.draw;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.digitlab.inference.DigitRecognizer.Recognition;
import org.digitlab.inference.Prediction;
import org.digitlab.inference.Predictor;
import org.digitlab.ui.strokes.Stroke;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Real fools for views that show the gallery: digits as a student draws them (narrow, wide, a
 * heavy or a thin pen) that the model reads wrongly, each kept through the Draw view like a
 * student's, after the view's own prediction for it arrived.
 */
public final class ChallengeFixtures {

    private static final int ATTEMPTS = 600;
    private static final double HEIGHT = 300;
    private static final double TOP = 50;
    /** Students lean their digits: up to this much sideways per unit of height, either way. */
    private static final double SLANT = 0.7;

    private static final String NOT_A_DIGIT = "I don't think that is a digit";

    private ChallengeFixtures() {
    }

    /** @return how many fools were kept, at most {@code count} */
    public static int keepFools(FxRobot robot, DrawView view, Predictor predictor, int count) throws Exception {
        SplittableRandom hand = new SplittableRandom(18);
        DrawViewModel model = view.viewModel();
        int kept = 0;
        for (int attempt = 0; attempt < ATTEMPTS && kept < count; attempt++) {
            int digit = attempt % 10;
            double aspect = 0.25 + 0.95 * hand.nextDouble();
            double brush = 10 + 50 * hand.nextDouble();
            double slant = SLANT * (2 * hand.nextDouble() - 1);
            List<Stroke> strokes = slanted(DigitStrokes.of(digit, HEIGHT, aspect,
                    (DrawViewModel.SIZE - aspect * HEIGHT) / 2, TOP, brush, hand), slant);
            Recognition read = DrawViewModel.recognize(predictor, strokes);
            if (!read.hasDigit() || read.prediction().digit() == digit) {
                continue;
            }
            robot.interact(() -> model.replaceDrawing(strokes));
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> same(model.predictionProperty().get(),
                    read.prediction()) || NOT_A_DIGIT.equals(model.messageProperty().get()));
            if (model.predictionProperty().get() == null) {
                continue; // once the model's index is ready it may call a far-fetched drawing no digit at all
            }
            robot.interact(() -> {
                model.challenge().intendedProperty().set(digit);
                model.challenge().keep();
            });
            kept++;
        }
        return kept;
    }

    /** Leans a drawing about its middle: x moves by {@code slant} times the height above the centre. */
    private static List<Stroke> slanted(List<Stroke> strokes, double slant) {
        double middle = DrawViewModel.SIZE / 2;
        return strokes.stream().map(s -> new Stroke(
                java.util.stream.IntStream.range(0, s.xs().size())
                        .mapToObj(i -> s.xs().get(i) + slant * (middle - s.ys().get(i))).toList(),
                s.ys(), s.width(), s.eraser())).toList();
    }

    private static boolean same(Prediction shown, Prediction expected) {
        return shown != null && shown.digit() == expected.digit()
                && Math.abs(shown.confidence() - expected.confidence()) < 1e-4;
    }
}
