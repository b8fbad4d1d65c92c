package org.digitlab.inference;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.digitlab.data.ImageSet;

/**
 * Drawings that are not one digit, made here with the tests' own round brush ({@link Canvases}),
 * not the app's stroke code: capital letters that resemble no digit, shapes, scribbles and two or
 * three MNIST digits side by side, each at a random size, place, slant and brush, on canvases of
 * random size, dark on light or light on dark.
 */
final class NonDigits {

    /** A letter or shape: strokes of points in a unit box, x right, y down. */
    private record Glyph(String name, double[][]... strokes) {
    }

    private static final List<Glyph> GLYPHS = List.of(
            new Glyph("A", new double[][] {{0, 1}, {0.5, 0}, {1, 1}}, new double[][] {{0.25, 0.6}, {0.75, 0.6}}),
            new Glyph("E", new double[][] {{1, 0}, {0, 0}, {0, 1}, {1, 1}}, new double[][] {{0, 0.5}, {0.7, 0.5}}),
            new Glyph("F", new double[][] {{1, 0}, {0, 0}, {0, 1}}, new double[][] {{0, 0.5}, {0.7, 0.5}}),
            new Glyph("H", new double[][] {{0, 0}, {0, 1}}, new double[][] {{1, 0}, {1, 1}},
                    new double[][] {{0, 0.5}, {1, 0.5}}),
            new Glyph("K", new double[][] {{0, 0}, {0, 1}}, new double[][] {{1, 0}, {0, 0.55}, {1, 1}}),
            new Glyph("M", new double[][] {{0, 1}, {0, 0}, {0.5, 0.6}, {1, 0}, {1, 1}}),
            new Glyph("N", new double[][] {{0, 1}, {0, 0}, {1, 1}, {1, 0}}),
            new Glyph("W", new double[][] {{0, 0}, {0.25, 1}, {0.5, 0.4}, {0.75, 1}, {1, 0}}),
            new Glyph("X", new double[][] {{0, 0}, {1, 1}}, new double[][] {{1, 0}, {0, 1}}),
            new Glyph("R", new double[][] {{0, 1}, {0, 0}, {0.8, 0}, {1, 0.2}, {0.8, 0.5}, {0, 0.5}},
                    new double[][] {{0.3, 0.5}, {1, 1}}),
            new Glyph("square", new double[][] {{0, 0}, {1, 0}, {1, 1}, {0, 1}, {0, 0}}),
            new Glyph("triangle", new double[][] {{0.5, 0}, {1, 1}, {0, 1}, {0.5, 0}}),
            new Glyph("star", new double[][] {{0.5, 0}, {0.8, 1}, {0, 0.35}, {1, 0.35}, {0.2, 1}, {0.5, 0}}),
            new Glyph("hash", new double[][] {{0.33, 0}, {0.33, 1}}, new double[][] {{0.67, 0}, {0.67, 1}},
                    new double[][] {{0, 0.33}, {1, 0.33}}, new double[][] {{0, 0.67}, {1, 0.67}}),
            new Glyph("zigzag", new double[][] {{0, 0.2}, {0.2, 0.8}, {0.4, 0.2}, {0.6, 0.8}, {0.8, 0.2}, {1, 0.8}}),
            new Glyph("grid", new double[][] {{0, 0}, {1, 0}, {1, 1}, {0, 1}, {0, 0}},
                    new double[][] {{0.5, 0}, {0.5, 1}}, new double[][] {{0, 0.5}, {1, 0.5}}));

    private NonDigits() {
    }

    /** {@code count} non-digit canvases, the same ones for the same seed. */
    static List<GrayImage> make(int count, ImageSet digits, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<GrayImage> canvases = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            int kind = n % (GLYPHS.size() + 2);
            GrayImage canvas;
            if (kind < GLYPHS.size()) {
                canvas = glyph(GLYPHS.get(kind), random);
            } else if (kind == GLYPHS.size()) {
                canvas = scribble(random);
            } else {
                canvas = severalDigits(digits, random);
            }
            canvases.add(random.nextBoolean() ? Canvases.inverted(canvas) : canvas);
        }
        return canvases;
    }

    private static GrayImage glyph(Glyph glyph, SplittableRandom random) {
        int size = 300 + random.nextInt(300);
        double w = size * (0.35 + random.nextDouble() * 0.45);
        double h = w * (0.8 + random.nextDouble() * 0.5);
        h = Math.min(h, size * 0.9);
        double x0 = random.nextDouble() * (size - w);
        double y0 = random.nextDouble() * (size - h);
        double slant = (random.nextDouble() - 0.5) * 0.4;
        double radius = Math.max(2, Math.min(w, h) * (0.03 + random.nextDouble() * 0.05));
        GrayImage canvas = Canvases.white(size, size);
        for (double[][] stroke : glyph.strokes()) {
            for (int i = 1; i < stroke.length; i++) {
                double[] a = jitter(stroke[i - 1], random);
                double[] b = jitter(stroke[i], random);
                Canvases.line(canvas, x0 + (a[0] + slant * (1 - a[1])) * w, y0 + a[1] * h,
                        x0 + (b[0] + slant * (1 - b[1])) * w, y0 + b[1] * h, radius);
            }
        }
        return canvas;
    }

    private static double[] jitter(double[] point, SplittableRandom random) {
        return new double[] {point[0] + (random.nextDouble() - 0.5) * 0.06, point[1] + (random.nextDouble() - 0.5) * 0.06};
    }

    /** A hand going back and forth at random: 15 to 40 segments. */
    private static GrayImage scribble(SplittableRandom random) {
        int size = 300 + random.nextInt(300);
        GrayImage canvas = Canvases.white(size, size);
        double box = size * (0.4 + random.nextDouble() * 0.5);
        double left = random.nextDouble() * (size - box);
        double top = random.nextDouble() * (size - box);
        double radius = 3 + random.nextDouble() * 8;
        double x = left + random.nextDouble() * box;
        double y = top + random.nextDouble() * box;
        int segments = 15 + random.nextInt(26);
        for (int s = 0; s < segments; s++) {
            double nx = left + random.nextDouble() * box;
            double ny = top + random.nextDouble() * box;
            Canvases.line(canvas, x, y, nx, ny, radius);
            x = nx;
            y = ny;
        }
        return canvas;
    }

    /** Two or three MNIST test digits written side by side, as a number. */
    private static GrayImage severalDigits(ImageSet digits, SplittableRandom random) {
        int count = 2 + random.nextInt(2);
        double scale = 5 + random.nextDouble() * 5;
        int width = (int) Math.ceil(count * 22 * scale + 40);
        int height = (int) Math.ceil(28 * scale + 40);
        GrayImage canvas = Canvases.white(width, height);
        double radius = scale * (0.3 + random.nextDouble() * 0.25) + 1;
        for (int d = 0; d < count; d++) {
            int index = 5_000 + random.nextInt(digits.size() - 5_000);
            double offsetX = 20 + d * 22 * scale - 3 * scale;
            for (int r = 0; r < digits.rows(); r++) {
                for (int c = 0; c < digits.cols(); c++) {
                    if (digits.pixel(index, r, c) > 127) {
                        Canvases.dab(canvas, offsetX + (c + 0.5) * scale, 20 + (r + 0.5) * scale, radius);
                    }
                }
            }
        }
        return canvas;
    }
}
