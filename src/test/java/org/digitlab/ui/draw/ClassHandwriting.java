package org.digitlab.ui.draw;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.digitlab.data.collected.CollectedSet;
import org.digitlab.data.collected.Drawing;
import org.digitlab.inference.CanvasPreprocessor;
import org.digitlab.inference.PreprocessedDigit;
import org.digitlab.ui.collect.SetKeeper;
import org.digitlab.ui.strokes.Stroke;
import org.digitlab.ui.strokes.StrokeRasterizer;

/**
 * A made-up class's handwriting, for tests and the README's figures where no real class has drawn
 * yet: three writers drawing {@link DigitStrokes}' digits each in a way of their own (Ana leans
 * her digits far right with a fine pen, Ben tilts them left with a fat one; Lea writes the continental
 * 1, with a long flag and a foot, and 7, with a crossbar, leaning back, fine). Made here, independently
 * of the collect code, and preprocessed as the Draw view does (raster, then MNIST's preprocessing).
 */
public final class ClassHandwriting {

    /** A writer's way of drawing. */
    record Writer(String name, double shear, double rotateDegrees, double brush, boolean continental) {
    }

    static final List<Writer> WRITERS = List.of(new Writer("Ana", 0.6, 0, 7, false),
            new Writer("Ben", 0, -22, 60, false), new Writer("Lea", -0.25, 0, 9, true));

    private ClassHandwriting() {
    }

    /** {@code perDigit} drawings of each digit by each writer, in the order a class would draw them. */
    public static CollectedSet make(String name, int perDigit, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        CanvasPreprocessor preprocessor = new CanvasPreprocessor(CollectedSet.SIDE);
        List<Drawing> drawings = new ArrayList<>();
        Instant when = Instant.parse("2026-12-01T09:00:00Z");
        for (int round = 0; round < perDigit; round++) {
            for (Writer writer : WRITERS) {
                for (int digit = 0; digit < 10; digit++) {
                    List<Stroke> strokes = strokes(writer, digit, random);
                    PreprocessedDigit image = preprocessor.process(StrokeRasterizer.raster(strokes));
                    drawings.add(new Drawing(digit, writer.name(), when = when.plusSeconds(7),
                            SetKeeper.drawn(strokes), SetKeeper.bytes(image.image())));
                }
            }
        }
        return new CollectedSet(CollectedSet.idFor(name), name, drawings);
    }

    /** One drawing of {@code digit} by the writer of that name, as canvas strokes. */
    public static List<Stroke> drawing(String writer, int digit, long seed) {
        Writer w = WRITERS.stream().filter(x -> x.name().equals(writer)).findFirst().orElseThrow();
        return strokes(w, digit, new SplittableRandom(seed));
    }

    static List<Stroke> strokes(Writer writer, int digit, SplittableRandom random) {
        double height = 200 + random.nextDouble() * 120;
        double aspect = 0.55 + random.nextDouble() * 0.25;
        double left = 70 + random.nextDouble() * 40;
        double top = (DrawViewModel.SIZE - height) / 2 + random.nextDouble() * 20 - 10;
        List<Stroke> strokes = new ArrayList<>(DigitStrokes.of(digit, height, aspect, left, top, writer.brush(),
                random));
        if (writer.continental() && digit == 1) {
            double x = left + 0.5 * aspect * height;
            strokes.add(line(x, top + 0.02 * height, x - 0.35 * height, top + 0.3 * height, writer.brush()));
            strokes.add(line(x - 0.25 * height, top + height, x + 0.25 * height, top + height, writer.brush()));
        }
        if (writer.continental() && digit == 7) {
            double y = top + 0.52 * height;
            strokes.add(line(left + 0.35 * aspect * height, y, left + 0.95 * aspect * height, y, writer.brush()));
        }
        double cx = left + aspect * height / 2;
        double cy = top + height / 2;
        double angle = Math.toRadians(writer.rotateDegrees());
        List<Stroke> result = new ArrayList<>();
        for (Stroke s : strokes) {
            List<Double> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            for (int i = 0; i < s.size(); i++) {
                double dx = s.xs().get(i) - cx + writer.shear() * (cy - s.ys().get(i));
                double dy = s.ys().get(i) - cy;
                xs.add(cx + dx * Math.cos(angle) - dy * Math.sin(angle));
                ys.add(cy + dx * Math.sin(angle) + dy * Math.cos(angle));
            }
            result.add(new Stroke(xs, ys, s.width()));
        }
        return result;
    }

    private static Stroke line(double x0, double y0, double x1, double y1, double brush) {
        return new Stroke(List.of(x0, (x0 + x1) / 2, x1), List.of(y0, (y0 + y1) / 2, y1), brush);
    }
}
