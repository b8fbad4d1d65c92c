package org.digitlab.lesson;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import org.digitlab.inference.GrayImage;
import org.digitlab.inference.Prediction;

/**
 * A drawing that fooled the model in the "break the model" challenge: a digit a person reads at
 * once that the model got wrong.
 *
 * @param width      the drawing's width in pixels
 * @param height     its height
 * @param pixels     {@code width × height} grey levels, row by row, 0 (black ink) to 255 (white
 *                   paper) as unsigned bytes, as the canvas shows it
 * @param intended   the digit the student drew
 * @param answer     the digit the model read instead
 * @param confidence the model's probability for its answer, 0 to 1
 * @param model      the model's name, as the status bar shows it
 * @param time       when it was kept
 */
public record Fool(int width, int height, byte[] pixels, int intended, int answer, double confidence,
                   String model, Instant time) {

    /** A canvas is at most a few hundred pixels a side; this bounds a gallery's memory. */
    public static final int MAX_SIDE = 1_024;
    public static final int MAX_MODEL_NAME = 200;
    private static final int DIGITS = 10;

    public Fool {
        if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE) {
            throw new IllegalArgumentException("a drawing is 1 to " + MAX_SIDE + " pixels a side, got "
                    + width + "×" + height);
        }
        Objects.requireNonNull(pixels, "pixels");
        if (pixels.length != width * height) {
            throw new IllegalArgumentException("a " + width + "×" + height + " drawing has " + width * height
                    + " pixels, got " + pixels.length);
        }
        pixels = pixels.clone();
        requireDigit("intended", intended);
        requireDigit("answer", answer);
        if (intended == answer) {
            throw new IllegalArgumentException("not a fool: the model read the " + intended + " right");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence is a probability, 0 to 1, got " + confidence);
        }
        Objects.requireNonNull(model, "model");
        model = model.strip();
        if (model.isEmpty() || model.length() > MAX_MODEL_NAME) {
            throw new IllegalArgumentException("a model name is 1 to " + MAX_MODEL_NAME + " characters");
        }
        Objects.requireNonNull(time, "time");
    }

    /** The fool of a drawing the model answered with {@code prediction} when the student meant {@code intended}. */
    public static Fool of(GrayImage drawing, int intended, Prediction prediction, String model, Instant time) {
        byte[] grey = new byte[drawing.width() * drawing.height()];
        float[] values = drawing.values();
        for (int i = 0; i < grey.length; i++) {
            grey[i] = (byte) Math.round(Math.max(0, Math.min(GrayImage.WHITE, values[i])));
        }
        return new Fool(drawing.width(), drawing.height(), grey, intended, prediction.digit(),
                prediction.confidence(), model, time);
    }

    /** The drawing back as an image, to open it in the Draw view's inspectors. */
    public GrayImage drawing() {
        float[] values = new float[pixels.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = pixels[i] & 0xFF;
        }
        return new GrayImage(width, height, values);
    }

    /** A copy: the record's pixels never change. */
    @Override
    public byte[] pixels() {
        return pixels.clone();
    }

    /** The grey level at (x, y), 0 to 255. */
    public int pixel(int x, int y) {
        return pixels[y * width + x] & 0xFF;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Fool f && width == f.width && height == f.height && intended == f.intended
                && answer == f.answer && Double.compare(confidence, f.confidence) == 0 && model.equals(f.model)
                && time.equals(f.time) && Arrays.equals(pixels, f.pixels);
    }

    @Override
    public int hashCode() {
        return Objects.hash(width, height, intended, answer, confidence, model, time, Arrays.hashCode(pixels));
    }

    @Override
    public String toString() {
        return "Fool[drew " + intended + ", read " + answer + " at " + confidence + " by " + model + ", " + width
                + "×" + height + ", " + time + "]";
    }

    private static void requireDigit(String what, int digit) {
        if (digit < 0 || digit >= DIGITS) {
            throw new IllegalArgumentException(what + " is a digit, 0 to 9, got " + digit);
        }
    }
}
