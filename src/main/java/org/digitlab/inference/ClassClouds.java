package org.digitlab.inference;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * Each class's training images as a cloud in the network's last hidden layer: its centre, and the
 * spread all the clouds share. How far a drawing lies from the nearest centre, measured in that
 * spread (the Mahalanobis distance of Lee et al. 2018, "A simple unified framework for detecting
 * out-of-distribution samples"), is the second piece of evidence for "not a digit": a scribble
 * can lie near a few odd training images and still far from every class's cloud.
 *
 * <p>Pure Java, built once with the {@link NeighbourIndex} and kept in its file. Not made for
 * layers wider than {@link #MAX_DIMS} (the spread's inverse costs dims³).
 */
public final class ClassClouds {

    /** Widest layer the clouds are made for; wider ones are checked by their neighbours alone. */
    public static final int MAX_DIMS = 1024;
    /** At most this many classes. */
    static final int MAX_CLASSES = 1_000;
    /**
     * Added to the spread's diagonal, as a share of its mean variance: units that never fire
     * (relu) have no variance, and the inverse needs every direction to have some.
     */
    private static final double RIDGE = 1e-3;

    private final int classes;
    private final int dims;
    private final float[] centres;
    private final float[] precision;

    private ClassClouds(int classes, int dims, float[] centres, float[] precision) {
        if (classes <= 0 || classes > MAX_CLASSES || dims <= 0 || dims > MAX_DIMS
                || centres.length != classes * dims || precision.length != dims * dims) {
            throw new IllegalArgumentException("clouds of " + classes + " classes in " + dims + " units");
        }
        this.classes = classes;
        this.dims = dims;
        this.centres = centres;
        this.precision = precision;
    }

    public int dims() {
        return dims;
    }

    /** The distance to the nearest class's centre, in units of the shared spread. */
    public float distance(float[] embedding) {
        if (embedding.length != dims) {
            throw new IllegalArgumentException("embedding of " + embedding.length + " values, clouds of " + dims);
        }
        double[] x = new double[dims];
        double best = Double.POSITIVE_INFINITY;
        for (int c = 0; c < classes; c++) {
            boolean empty = true;
            for (int d = 0; d < dims; d++) {
                x[d] = embedding[d] - centres[c * dims + d];
                empty &= Float.isNaN(centres[c * dims + d]);
            }
            if (empty) {
                continue;
            }
            double q = 0;
            for (int a = 0; a < dims; a++) {
                double row = 0;
                int at = a * dims;
                for (int b = 0; b < dims; b++) {
                    row += precision[at + b] * x[b];
                }
                q += x[a] * row;
            }
            best = Math.min(best, q);
        }
        return (float) Math.sqrt(Math.max(0, best));
    }

    /** Gathers training embeddings and their labels, one at a time, then makes the clouds. */
    public static final class Builder {
        private final int classes;
        private final int dims;
        private final double[] sums;
        private final int[] counts;
        private final double[] products;
        private int total;

        public Builder(int classes, int dims) {
            if (classes <= 0 || classes > MAX_CLASSES || dims <= 0 || dims > MAX_DIMS) {
                throw new IllegalArgumentException("clouds of " + classes + " classes in " + dims + " units");
            }
            this.classes = classes;
            this.dims = dims;
            this.sums = new double[classes * dims];
            this.counts = new int[classes];
            this.products = new double[dims * dims];
        }

        public void add(float[] embedding, int label) {
            if (label < 0 || label >= classes || embedding.length != dims) {
                throw new IllegalArgumentException("label " + label + " or " + embedding.length + " values");
            }
            counts[label]++;
            total++;
            for (int a = 0; a < dims; a++) {
                double xa = embedding[a];
                sums[label * dims + a] += xa;
                if (xa != 0) { // relu layers are mostly zeros
                    int at = a * dims;
                    for (int b = 0; b < dims; b++) {
                        products[at + b] += xa * embedding[b];
                    }
                }
            }
        }

        /** The clouds: centres, and the inverse of the spread around them (pooled over classes). */
        public ClassClouds build() {
            if (total <= dims / 10) {
                throw new IllegalStateException("too few images (" + total + ") for clouds of " + dims + " units");
            }
            float[] centres = new float[classes * dims];
            double[] spread = new double[dims * dims];
            System.arraycopy(products, 0, spread, 0, spread.length);
            for (int c = 0; c < classes; c++) {
                for (int a = 0; a < dims; a++) {
                    centres[c * dims + a] = counts[c] == 0 ? Float.NaN : (float) (sums[c * dims + a] / counts[c]);
                }
                if (counts[c] == 0) {
                    continue;
                }
                // Σ x xᵀ − n μ μᵀ per class, pooled: the scatter around each class's own centre
                for (int a = 0; a < dims; a++) {
                    double ma = sums[c * dims + a];
                    for (int b = 0; b < dims; b++) {
                        spread[a * dims + b] -= ma * sums[c * dims + b] / counts[c];
                    }
                }
            }
            double trace = 0;
            for (int a = 0; a < dims; a++) {
                for (int b = 0; b < dims; b++) {
                    spread[a * dims + b] /= total;
                }
                trace += spread[a * dims + a];
            }
            double ridge = RIDGE * Math.max(trace / dims, 1e-12);
            for (int a = 0; a < dims; a++) {
                spread[a * dims + a] += ridge;
            }
            return new ClassClouds(classes, dims, centres, invert(spread, dims));
        }
    }

    /** Gauss-Jordan with partial pivoting; the matrix is symmetric positive definite after the ridge. */
    static float[] invert(double[] matrix, int n) {
        double[][] m = new double[n][2 * n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(matrix, i * n, m[i], 0, n);
            m[i][n + i] = 1;
        }
        for (int c = 0; c < n; c++) {
            int pivot = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) {
                    pivot = r;
                }
            }
            double[] swap = m[c];
            m[c] = m[pivot];
            m[pivot] = swap;
            double d = m[c][c];
            for (int j = 0; j < 2 * n; j++) {
                m[c][j] /= d;
            }
            for (int r = 0; r < n; r++) {
                double f = m[r][c];
                if (r != c && f != 0) {
                    for (int j = c; j < 2 * n; j++) {
                        m[r][j] -= f * m[c][j];
                    }
                }
            }
        }
        float[] inverse = new float[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                inverse[i * n + j] = (float) m[i][n + j];
            }
        }
        return inverse;
    }

    // --- in the index file

    void write(DataOutputStream out) throws IOException {
        out.writeInt(classes);
        out.writeInt(dims);
        for (float v : centres) {
            out.writeFloat(v);
        }
        for (float v : precision) {
            out.writeFloat(v);
        }
    }

    static ClassClouds read(DataInputStream in) throws IOException {
        int classes = in.readInt();
        int dims = in.readInt();
        if (classes <= 0 || classes > MAX_CLASSES || dims <= 0 || dims > MAX_DIMS) {
            throw new IOException("clouds of impossible size: " + classes + " classes in " + dims + " units");
        }
        float[] centres = new float[classes * dims];
        for (int i = 0; i < centres.length; i++) {
            centres[i] = in.readFloat();
        }
        float[] precision = new float[dims * dims];
        for (int i = 0; i < precision.length; i++) {
            precision[i] = in.readFloat();
        }
        return new ClassClouds(classes, dims, centres, precision);
    }
}
