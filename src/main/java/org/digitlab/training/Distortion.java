package org.digitlab.training;

import java.util.List;
import java.util.Locale;
import org.digitlab.data.ImageSet;
import org.digitlab.data.ImageTransforms;

/**
 * One way a robustness sweep distorts the test digits, with the amounts it tries. Each kind has a
 * neutral amount (no change), so every curve of a sweep passes through the model's plain accuracy.
 */
public enum Distortion {

    /** Moved by k pixels, each image in turn right, down, left and up. */
    SHIFT("shift", "px", 0, List.of(0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0)),
    /** Turned about the centre; negative anticlockwise. */
    ROTATE("rotate", "deg", 0, List.of(-45.0, -30.0, -15.0, 0.0, 15.0, 30.0, 45.0)),
    /** Enlarged or shrunk about the centre. */
    SCALE("scale", "x", 1, List.of(0.6, 0.8, 1.0, 1.2, 1.4)),
    /** Strokes thinned (negative) or thickened (positive) by that many 3×3 steps. */
    STROKE("stroke", "steps", 0, List.of(-2.0, -1.0, 0.0, 1.0, 2.0)),
    /** Gaussian noise, its standard deviation as a share of full ink. */
    NOISE("noise", "sigma", 0, List.of(0.0, 0.1, 0.2, 0.3, 0.4, 0.5));

    /** The noise's seed: a sweep gives the same figures every time. */
    static final long NOISE_SEED = 20;

    private final String id;
    private final String unit;
    private final double neutral;
    private final List<Double> amounts;

    Distortion(String id, String unit, double neutral, List<Double> amounts) {
        this.id = id;
        this.unit = unit;
        this.neutral = neutral;
        this.amounts = amounts;
    }

    /** The name on the command line and in the CSV file. */
    public String id() {
        return id;
    }

    /** What an amount is measured in. */
    public String unit() {
        return unit;
    }

    /** The amount that leaves an image as it is. */
    public double neutral() {
        return neutral;
    }

    /** The amounts a sweep tries, in increasing order. */
    public List<Double> amounts() {
        return amounts;
    }

    /** "4 px", "-15 deg", "1.2 x". */
    public String describe(double amount) {
        String number = amount == Math.rint(amount) ? String.valueOf((long) amount)
                : String.format(Locale.ROOT, "%.1f", amount);
        return number + " " + unit;
    }

    /** The kind of that id, or null. */
    public static Distortion byId(String id) {
        for (Distortion d : values()) {
            if (d.id.equalsIgnoreCase(id)) {
                return d;
            }
        }
        return null;
    }

    /** A new set: every image of {@code set} distorted by {@code amount}, labels unchanged. */
    public ImageSet apply(ImageSet set, double amount) {
        int rows = set.rows();
        int cols = set.cols();
        int n = set.imageSize();
        byte[] pixels = new byte[set.size() * n];
        for (int i = 0; i < set.size(); i++) {
            byte[] image = set.copyImage(i);
            byte[] out = amount == neutral ? image : distort(image, rows, cols, amount, i);
            System.arraycopy(out, 0, pixels, i * n, n);
        }
        byte[] labels = new byte[set.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = (byte) set.label(i);
        }
        return new ImageSet(rows, cols, pixels, labels);
    }

    private byte[] distort(byte[] image, int rows, int cols, double amount, int index) {
        return switch (this) {
            case SHIFT -> {
                int k = (int) Math.round(amount);
                int[][] directions = {{1, 0}, {0, 1}, {-1, 0}, {0, -1}};
                int[] d = directions[index % directions.length];
                yield ImageTransforms.shift(image, rows, cols, d[0] * k, d[1] * k);
            }
            case ROTATE -> ImageTransforms.rotate(image, rows, cols, amount);
            case SCALE -> ImageTransforms.scale(image, rows, cols, amount);
            case STROKE -> amount >= 0 ? ImageTransforms.thicken(image, rows, cols, (int) Math.round(amount))
                    : ImageTransforms.thin(image, rows, cols, (int) Math.round(-amount));
            case NOISE -> ImageTransforms.noise(image, rows, cols, amount, NOISE_SEED * 1_000_003L + index);
        };
    }
}
