package org.digitlab.data;

import java.util.Arrays;
import java.util.Objects;

/**
 * Labelled grey-scale images held as unsigned bytes (0 = background, 255 = ink).
 *
 * <p>Pixels are row-major and image {@code i} starts at offset {@code i * rows * cols}. The record
 * keeps the arrays it is given without copying, because MNIST's 47 MB of pixels are shared by
 * splits and iterators; treat them as read-only. Methods that return arrays return copies.
 * Like every record holding arrays, {@code equals} compares array identity, not content.
 */
public record ImageSet(int rows, int cols, byte[] pixels, byte[] labels) {

    /** Largest value of an unsigned byte; a pixel of this value is full ink. */
    public static final int MAX_PIXEL = 255;

    private static final int UNSIGNED_MASK = 0xFF;

    public ImageSet {
        Objects.requireNonNull(pixels, "pixels");
        Objects.requireNonNull(labels, "labels");
        if (rows <= 0 || cols <= 0) {
            throw new IllegalArgumentException("image size must be positive, got " + rows + "x" + cols);
        }
        if ((long) labels.length * rows * cols != pixels.length) {
            throw new IllegalArgumentException("expected " + labels.length + " images of " + rows + "x" + cols
                    + " = " + ((long) labels.length * rows * cols) + " pixels, got " + pixels.length);
        }
    }

    /** Number of images. */
    public int size() {
        return labels.length;
    }

    /** Pixels per image, {@code rows * cols}. */
    public int imageSize() {
        return rows * cols;
    }

    /** Pixel value 0..255 of image {@code i} at row {@code r}, column {@code c}. */
    public int pixel(int i, int r, int c) {
        Objects.checkIndex(r, rows);
        Objects.checkIndex(c, cols);
        return pixels[offset(i) + r * cols + c] & UNSIGNED_MASK;
    }

    /** Class index of image {@code i}. */
    public int label(int i) {
        return labels[i] & UNSIGNED_MASK;
    }

    /** A copy of image {@code i}'s {@link #imageSize()} bytes. */
    public byte[] copyImage(int i) {
        int from = offset(i);
        return Arrays.copyOfRange(pixels, from, from + imageSize());
    }

    /** A new set holding copies of the given images, in the given order (repeats allowed). */
    public ImageSet subset(int[] indices) {
        int n = imageSize();
        byte[] newPixels = new byte[indices.length * n];
        byte[] newLabels = new byte[indices.length];
        for (int k = 0; k < indices.length; k++) {
            System.arraycopy(pixels, offset(indices[k]), newPixels, k * n, n);
            newLabels[k] = labels[indices[k]];
        }
        return new ImageSet(rows, cols, newPixels, newLabels);
    }

    /** A new set holding copies of images {@code from} (inclusive) to {@code to} (exclusive). */
    public ImageSet range(int from, int to) {
        Objects.checkFromToIndex(from, to, size());
        int n = imageSize();
        return new ImageSet(rows, cols, Arrays.copyOfRange(pixels, from * n, to * n),
                Arrays.copyOfRange(labels, from, to));
    }

    /** How many images carry each label; labels at or above {@code numClasses} are an error. */
    public int[] classCounts(int numClasses) {
        int[] counts = new int[numClasses];
        for (int i = 0; i < labels.length; i++) {
            counts[label(i)]++;
        }
        return counts;
    }

    private int offset(int i) {
        Objects.checkIndex(i, size());
        return i * imageSize();
    }
}
