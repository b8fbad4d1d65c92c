package org.digitlab.data;

import java.util.Random;

/**
 * Distortions of one grey image held as unsigned bytes (0 = background, 255 = ink), row-major,
 * {@code rows × cols}: what a robustness sweep does to test digits to see when a network stops
 * reading them. Each method returns a new array and leaves its input alone; what moves out of the
 * frame is lost and what comes in is background, as when a digit is drawn off-centre.
 *
 * <p>Rotation and scaling map every output pixel back into the input and interpolate bilinearly
 * about the frame's centre (MNIST centres the digit's centre of mass there), so an angle of 0 or a
 * factor of 1 gives the input back unchanged. Thickening and thinning are grey-scale dilation and
 * erosion with a 3×3 cross: each step makes a stroke about two pixels wider or narrower.
 */
public final class ImageTransforms {

    private static final int MASK = 0xFF;

    private ImageTransforms() {
    }

    /** The image moved {@code dx} pixels right and {@code dy} down (negative: left, up). */
    public static byte[] shift(byte[] image, int rows, int cols, int dx, int dy) {
        check(image, rows, cols);
        byte[] out = new byte[image.length];
        for (int r = 0; r < rows; r++) {
            int from = r - dy;
            if (from < 0 || from >= rows) {
                continue;
            }
            for (int c = 0; c < cols; c++) {
                int fc = c - dx;
                if (fc >= 0 && fc < cols) {
                    out[r * cols + c] = image[from * cols + fc];
                }
            }
        }
        return out;
    }

    /** The image turned {@code degrees} clockwise (as seen on screen) about the frame's centre. */
    public static byte[] rotate(byte[] image, int rows, int cols, double degrees) {
        check(image, rows, cols);
        double radians = Math.toRadians(degrees);
        double cos = Math.cos(radians);
        double sin = Math.sin(radians);
        double cy = (rows - 1) / 2.0;
        double cx = (cols - 1) / 2.0;
        byte[] out = new byte[image.length];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                // The inverse rotation: where this output pixel comes from.
                double x = c - cx;
                double y = r - cy;
                double sx = cos * x + sin * y + cx;
                double sy = -sin * x + cos * y + cy;
                out[r * cols + c] = (byte) bilinear(image, rows, cols, sy, sx);
            }
        }
        return out;
    }

    /** The image enlarged ({@code factor} above 1) or shrunk (below 1) about the frame's centre. */
    public static byte[] scale(byte[] image, int rows, int cols, double factor) {
        check(image, rows, cols);
        if (!(factor > 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("scale factor must be positive, got " + factor);
        }
        double cy = (rows - 1) / 2.0;
        double cx = (cols - 1) / 2.0;
        byte[] out = new byte[image.length];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double sy = (r - cy) / factor + cy;
                double sx = (c - cx) / factor + cx;
                out[r * cols + c] = (byte) bilinear(image, rows, cols, sy, sx);
            }
        }
        return out;
    }

    /** Strokes made bolder: {@code steps} grey-scale dilations with a 3×3 cross. */
    public static byte[] thicken(byte[] image, int rows, int cols, int steps) {
        return morph(image, rows, cols, steps, true);
    }

    /** Strokes made thinner: {@code steps} grey-scale erosions with a 3×3 cross. */
    public static byte[] thin(byte[] image, int rows, int cols, int steps) {
        return morph(image, rows, cols, steps, false);
    }

    /**
     * Gaussian noise of standard deviation {@code sigma × 255} added to every pixel, clipped to
     * 0..255; the same seed gives the same noise.
     */
    public static byte[] noise(byte[] image, int rows, int cols, double sigma, long seed) {
        check(image, rows, cols);
        if (!(sigma >= 0) || Double.isInfinite(sigma)) {
            throw new IllegalArgumentException("noise level must be 0 or more, got " + sigma);
        }
        if (sigma == 0) {
            return image.clone();
        }
        Random random = new Random(seed);
        byte[] out = new byte[image.length];
        for (int i = 0; i < image.length; i++) {
            double value = (image[i] & MASK) + random.nextGaussian() * sigma * ImageSet.MAX_PIXEL;
            out[i] = (byte) clamp((int) Math.round(value));
        }
        return out;
    }

    private static byte[] morph(byte[] image, int rows, int cols, int steps, boolean dilate) {
        check(image, rows, cols);
        if (steps < 0) {
            throw new IllegalArgumentException("steps must be 0 or more, got " + steps);
        }
        byte[] current = image.clone();
        for (int s = 0; s < steps; s++) {
            byte[] next = new byte[current.length];
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    int best = current[r * cols + c] & MASK;
                    int[][] neighbours = {{r - 1, c}, {r + 1, c}, {r, c - 1}, {r, c + 1}};
                    for (int[] n : neighbours) {
                        // Outside the frame is background: erosion eats strokes that touch the edge.
                        int v = n[0] < 0 || n[0] >= rows || n[1] < 0 || n[1] >= cols ? 0
                                : current[n[0] * cols + n[1]] & MASK;
                        best = dilate ? Math.max(best, v) : Math.min(best, v);
                    }
                    next[r * cols + c] = (byte) best;
                }
            }
            current = next;
        }
        return current;
    }

    /** The value at a point between pixels; outside the frame is background. */
    private static int bilinear(byte[] image, int rows, int cols, double y, double x) {
        int y0 = (int) Math.floor(y);
        int x0 = (int) Math.floor(x);
        double fy = y - y0;
        double fx = x - x0;
        double top = (1 - fx) * at(image, rows, cols, y0, x0) + fx * at(image, rows, cols, y0, x0 + 1);
        double bottom = (1 - fx) * at(image, rows, cols, y0 + 1, x0) + fx * at(image, rows, cols, y0 + 1, x0 + 1);
        return clamp((int) Math.round((1 - fy) * top + fy * bottom));
    }

    private static int at(byte[] image, int rows, int cols, int r, int c) {
        return r < 0 || r >= rows || c < 0 || c >= cols ? 0 : image[r * cols + c] & MASK;
    }

    private static int clamp(int value) {
        return Math.max(0, Math.min(ImageSet.MAX_PIXEL, value));
    }

    private static void check(byte[] image, int rows, int cols) {
        if (rows <= 0 || cols <= 0 || image.length != rows * cols) {
            throw new IllegalArgumentException("expected " + rows + "x" + cols + " pixels, got " + image.length);
        }
    }
}
