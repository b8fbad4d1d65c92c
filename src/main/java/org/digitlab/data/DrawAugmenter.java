package org.digitlab.data;

import java.util.Random;

/**
 * Redraws an MNIST digit the way people draw on a screen, so that a model trained on it reads
 * drawings and not only MNIST's test set: bytes in (0 = background, 255 = ink), bytes out, on the
 * CPU, every choice from one seeded {@link Random}.
 *
 * <p>What changes, and why (each from the mistakes drawn digits got, see sample-models/README.md):
 * <ul>
 *   <li>a random affine map about the centre: rotation, shear, scale and shift (people lean and
 *   slant their digits more than MNIST's writers did, and the canvas's fit is not MNIST's);</li>
 *   <li>elastic distortion (Simard et al. 2003: a random displacement field smoothed by a
 *   Gaussian and scaled), the wobble of a hand on a mouse or a pen on glass;</li>
 *   <li>the pen: strokes one pixel bolder or thinner (grey-level dilation or erosion) or
 *   hard-edged with flat full ink, as a round brush area-averaged down to 28 pixels looks;</li>
 *   <li>digit strokes MNIST's American writers rarely made: a "1" with a lead-in stroke from
 *   its top down to the left (and sometimes a foot), a "7" with a bar across its stem, both
 *   common in Europe; before, drawn European 1s were read as 7 or 4.</li>
 * </ul>
 * The digit strokes assume the labels are digits 0-9 ({@link #forDigits}); any other set gets
 * only the geometric and pen changes.
 */
public final class DrawAugmenter {

    /** The distortion Simard et al. found best at 28 pixels: displacement scale and smoothing. */
    static final double ELASTIC_ALPHA = 34;
    static final double ELASTIC_SIGMA = 4;
    static final double MAX_ROTATION_DEGREES = 15;
    static final double MAX_SHEAR = 0.3;
    static final double MIN_SCALE = 0.85;
    static final double MAX_SCALE = 1.15;
    static final double MAX_SHIFT = 2.5;
    /** Shares of the augmented images that get each change. */
    static final double ELASTIC_SHARE = 0.75;
    static final double LEAD_IN_SHARE = 0.8;
    static final double FOOT_SHARE = 0.25;
    static final double BAR_SHARE = 0.5;

    private static final int ONE = 1;
    private static final int SEVEN = 7;
    private static final float INK = 1f;

    private final int rows;
    private final int cols;
    private final boolean digits;
    private final Random random;
    private final double[] kernel;
    // Reused between images: one augmenter serves one iterator on one thread.
    private final InkCanvas canvas;
    private final float[] image;
    private final float[] warped;
    private final double[] dx;
    private final double[] dy;
    private final double[] blur;

    private DrawAugmenter(int rows, int cols, boolean digits, long seed) {
        if (rows < 8 || cols < 8) {
            throw new IllegalArgumentException("images of " + rows + "x" + cols + " are too small to redraw");
        }
        this.rows = rows;
        this.cols = cols;
        this.digits = digits;
        this.random = new Random(seed);
        this.kernel = gaussian(ELASTIC_SIGMA);
        int n = rows * cols;
        this.canvas = new InkCanvas(rows, cols);
        this.image = canvas.values;
        this.warped = new float[n];
        this.dx = new double[n];
        this.dy = new double[n];
        this.blur = new double[n];
    }

    /** For digit datasets (labels 0-9 are the digits): every change, the digit strokes too. */
    public static DrawAugmenter forDigits(int rows, int cols, long seed) {
        return new DrawAugmenter(rows, cols, true, seed);
    }

    /** For any other images: the geometric and pen changes only. */
    public static DrawAugmenter forImages(int rows, int cols, long seed) {
        return new DrawAugmenter(rows, cols, false, seed);
    }

    /** A fair coin from the augmenter's own generator: which images of a batch to redraw. */
    public boolean pick() {
        return random.nextBoolean();
    }

    /**
     * Redraws image {@code source[from .. from + rows*cols)} of class {@code label} into
     * {@code out[0 .. rows*cols)}.
     */
    public void redraw(byte[] source, int from, int label, byte[] out) {
        int n = rows * cols;
        for (int p = 0; p < n; p++) {
            image[p] = (source[from + p] & 0xFF) / 255f;
        }
        if (digits && label == ONE && random.nextDouble() < LEAD_IN_SHARE) {
            addLeadIn();
        } else if (digits && label == SEVEN && random.nextDouble() < BAR_SHARE) {
            addBar();
        }
        warp();
        pen();
        for (int p = 0; p < n; p++) {
            out[p] = (byte) Math.round(Math.max(0f, Math.min(INK, image[p])) * 255f);
        }
    }

    // ---- digit strokes -------------------------------------------------------------------

    /** A stroke from the top of the "1" down to the left, 25-45% of its height, 15-50° steep. */
    private void addLeadIn() {
        int[] box = canvas.inkBox();
        if (box == null) {
            return;
        }
        int top = box[1];
        int height = box[3] - box[1] + 1;
        double width = canvas.strokeWidth(box);
        double xTop = canvas.inkCentre(top, top + Math.max(1, height / 10));
        double length = height * (0.25 + 0.2 * random.nextDouble());
        double angle = Math.toRadians(15 + 35 * random.nextDouble());
        canvas.line(xTop, top + 0.5, xTop - length * Math.cos(angle), top + 0.5 + length * Math.sin(angle), width / 2);
        if (random.nextDouble() < FOOT_SHARE) {
            double xBottom = canvas.inkCentre(box[3] - Math.max(1, height / 10), box[3]);
            double half = height * (0.15 + 0.1 * random.nextDouble());
            canvas.line(xBottom - half, box[3] + 0.5, xBottom + half, box[3] + 0.5, width / 2);
        }
    }

    /** A bar across the "7"'s stem at 45-65% of its height, as wide as 40-70% of the digit. */
    private void addBar() {
        int[] box = canvas.inkBox();
        if (box == null) {
            return;
        }
        int height = box[3] - box[1] + 1;
        int row = box[1] + (int) Math.round(height * (0.45 + 0.2 * random.nextDouble()));
        double x = canvas.inkCentre(row, row);
        double half = (box[2] - box[0] + 1) * (0.2 + 0.15 * random.nextDouble());
        double tilt = (random.nextDouble() - 0.5) * 2;
        canvas.line(x - half, row + 0.5 + tilt, x + half, row + 0.5 - tilt, canvas.strokeWidth(box) / 2);
    }

    // ---- geometry ------------------------------------------------------------------------

    /** Affine about the centre plus (mostly) an elastic field, sampled bilinearly. */
    private void warp() {
        double angle = Math.toRadians((random.nextDouble() * 2 - 1) * MAX_ROTATION_DEGREES);
        double shear = (random.nextDouble() * 2 - 1) * MAX_SHEAR;
        double scale = MIN_SCALE + random.nextDouble() * (MAX_SCALE - MIN_SCALE);
        double tx = (random.nextDouble() * 2 - 1) * MAX_SHIFT;
        double ty = (random.nextDouble() * 2 - 1) * MAX_SHIFT;
        // Inverse map: output point -> source point. Forward is scale * rotation * shear.
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        double a = cos / scale;
        double b = sin / scale;
        double c = -sin / scale;
        double d = cos / scale;
        // undo the shear x' = x + shear * y
        double a2 = a - shear * c;
        double b2 = b - shear * d;
        boolean elastic = random.nextDouble() < ELASTIC_SHARE;
        if (elastic) {
            double alpha = ELASTIC_ALPHA * (0.5 + 0.5 * random.nextDouble());
            field(dx, alpha);
            field(dy, alpha);
        }
        double cx = cols / 2.0;
        double cy = rows / 2.0;
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < cols; x++) {
                double ox = x + 0.5 - cx - tx;
                double oy = y + 0.5 - cy - ty;
                double sx = a2 * ox + b2 * oy + cx - 0.5;
                double sy = c * ox + d * oy + cy - 0.5;
                if (elastic) {
                    sx += dx[y * cols + x];
                    sy += dy[y * cols + x];
                }
                warped[y * cols + x] = sample(sx, sy);
            }
        }
        System.arraycopy(warped, 0, image, 0, image.length);
    }

    private float sample(double x, double y) {
        int x0 = (int) Math.floor(x);
        int y0 = (int) Math.floor(y);
        double fx = x - x0;
        double fy = y - y0;
        return (float) ((1 - fy) * ((1 - fx) * at(x0, y0) + fx * at(x0 + 1, y0))
                + fy * ((1 - fx) * at(x0, y0 + 1) + fx * at(x0 + 1, y0 + 1)));
    }

    private float at(int x, int y) {
        return x < 0 || y < 0 || x >= cols || y >= rows ? 0f : image[y * cols + x];
    }

    /** Uniform noise in [-1, 1], Gaussian-smoothed (zero outside), times alpha. */
    private void field(double[] into, double alpha) {
        for (int p = 0; p < into.length; p++) {
            into[p] = random.nextDouble() * 2 - 1;
        }
        int r = kernel.length / 2;
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < cols; x++) {
                double s = 0;
                for (int k = -r; k <= r; k++) {
                    int xx = x + k;
                    if (xx >= 0 && xx < cols) {
                        s += kernel[k + r] * into[y * cols + xx];
                    }
                }
                blur[y * cols + x] = s;
            }
        }
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < cols; x++) {
                double s = 0;
                for (int k = -r; k <= r; k++) {
                    int yy = y + k;
                    if (yy >= 0 && yy < rows) {
                        s += kernel[k + r] * blur[yy * cols + x];
                    }
                }
                into[y * cols + x] = s * alpha;
            }
        }
    }

    private static double[] gaussian(double sigma) {
        int r = (int) Math.ceil(3 * sigma);
        double[] k = new double[2 * r + 1];
        double sum = 0;
        for (int i = -r; i <= r; i++) {
            k[i + r] = Math.exp(-i * i / (2 * sigma * sigma));
            sum += k[i + r];
        }
        for (int i = 0; i < k.length; i++) {
            k[i] /= sum;
        }
        return k;
    }

    // ---- the pen -------------------------------------------------------------------------

    /** A quarter each: as it is, one pixel bolder, one pixel thinner (if ink is left), pen-like. */
    private void pen() {
        switch (random.nextInt(4)) {
            case 1 -> canvas.morph(true);
            case 2 -> {
                float[] before = image.clone();
                canvas.morph(false);
                if (InkCanvas.inkSum(image) < 0.4 * InkCanvas.inkSum(before)) {
                    System.arraycopy(before, 0, image, 0, image.length); // a hairline would vanish
                }
            }
            case 3 -> canvas.penLike();
            default -> { }
        }
    }
}
