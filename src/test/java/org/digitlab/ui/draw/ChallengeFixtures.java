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
        List<Written> known = Written.known();
        for (int attempt = 0; attempt < known.size() + ATTEMPTS && kept < count; attempt++) {
            Written written = attempt < known.size() ? known.get(attempt) : random(attempt % 10, hand);
            int digit = written.digit();
            List<Stroke> strokes = written.strokes();
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

    private static Written random(int digit, SplittableRandom hand) {
        double aspect = 0.25 + 0.95 * hand.nextDouble();
        double brush = 10 + 50 * hand.nextDouble();
        double slant = SLANT * (2 * hand.nextDouble() - 1);
        return new Written(digit, slanted(DigitStrokes.of(digit, HEIGHT, aspect,
                (DrawViewModel.SIZE - aspect * HEIGHT) / 2, TOP, brush, hand), slant));
    }

    /** A digit as someone wrote it. */
    record Written(int digit, List<Stroke> strokes) {

        /**
         * Digits any reader reads at once that MNIST's American writers seldom wrote: the European 1
         * with its long lead-in (pen-on-tablet digits' commonest misreading, as 7 or 4), the crossed
         * 7, a 4 with an open top, a 9 with a straight tail. Tried first.
         */
        static List<Written> known() {
            double c = DrawViewModel.SIZE / 2;
            // The 1s' lead-ins as found to fool the sample CNN (read as 7, 60-95% sure) in a sweep of
            // lead-in length, height and lean; the others are read right by it, not by every model.
            return List.of(
                    new Written(1, List.of(line(26, c - 90, 120, c + 30, 60, c - 30, 340))),
                    new Written(1, List.of(line(26, c - 60, 120, c + 30, 60, c - 30, 340))),
                    new Written(1, List.of(line(26, c - 120, 170, c + 30, 60, c - 30, 340))),
                    new Written(7, List.of(line(26, c - 90, 70, c + 90, 70, c - 10, 340), line(26, c - 60, 200, c + 50, 200))),
                    new Written(4, List.of(line(26, c - 20, 60, c - 100, 230, c + 90, 230), line(26, c + 40, 130, c + 40, 340))),
                    new Written(9, List.of(circle(26, c, 130, 60), line(26, c + 60, 130, c + 55, 340))));
        }

        private static Stroke line(double width, double... xy) {
            List<Double> xs = new java.util.ArrayList<>();
            List<Double> ys = new java.util.ArrayList<>();
            for (int i = 0; i + 3 < xy.length; i += 2) {
                for (int k = 0; k < 10; k++) {
                    xs.add(xy[i] + (xy[i + 2] - xy[i]) * k / 10);
                    ys.add(xy[i + 1] + (xy[i + 3] - xy[i + 1]) * k / 10);
                }
            }
            xs.add(xy[xy.length - 2]);
            ys.add(xy[xy.length - 1]);
            return new Stroke(xs, ys, width);
        }

        private static Stroke circle(double width, double cx, double cy, double r) {
            List<Double> xs = new java.util.ArrayList<>();
            List<Double> ys = new java.util.ArrayList<>();
            for (int k = 0; k <= 36; k++) {
                double a = 2 * Math.PI * k / 36;
                xs.add(cx + r * Math.cos(a));
                ys.add(cy + r * Math.sin(a));
            }
            return new Stroke(xs, ys, width);
        }
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
