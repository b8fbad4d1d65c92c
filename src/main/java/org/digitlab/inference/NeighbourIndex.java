package org.digitlab.inference;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Training images as the network sees them (its last hidden layer, scaled to length 1, float32:
 * the angle between two activation patterns separates drawings that are not digits better than
 * their raw distance, whose size follows how strongly the units fire), searched exhaustively
 * for the images nearest a drawing; the classes' clouds in the same layer ({@link ClassClouds});
 * and the calibration that says how near real digits usually are ({@link DigitCalibration}).
 * Built once per model by {@link NeighbourIndexes}, kept in the cache folder.
 *
 * <p>Exhaustive search is fast enough: at most {@link #MAX_VALUES} floats (16 MB) are read per
 * query, a few milliseconds, so no approximate structure is needed. Queries may run on any thread.
 */
public final class NeighbourIndex {

    /** How many nearest training images are shown. */
    public static final int K = 8;
    /**
     * How many of them the distance is averaged over. Three separated best on {@code cnn-3conv}:
     * calibrated to accept 99% of held-out digits, the mean of the nearest 1, 3, 8, 20 or 50
     * rejected 83%, 85%, 75%, 72% and 69% of the tests' non-digits, with 0.8%, 0.7%, 0.6%, 0.6% and
     * 0.6% of MNIST test digits (and at most 0.17% of drawn digits).
     */
    public static final int SCORED = 3;
    /** At most this many embedding values (16 MB as float32): 62,500 images of 64 units, 15,625 of 256. */
    public static final int MAX_VALUES = 4_000_000;
    /**
     * At most this many training images: half of MNIST's 60,000 finds a digit's look-alikes as well
     * and halves the first build (about 40 s for {@code cnn-3conv} on a busy 2-core machine).
     */
    public static final int MAX_IMAGES = 30_000;
    private static final int MAGIC = 0x444c4e49; // "DLNI"
    private static final int VERSION = 4;

    private final String fingerprint;
    private final int dims;
    private final int[] imageIndices;
    private final byte[] labels;
    private final float[] vectors;
    private final float[] squaredNorms;
    private final ClassClouds clouds;
    private final DigitCalibration calibration;

    /**
     * @param fingerprint the model's {@link Explainer#fingerprint()}
     * @param dims units of the last hidden layer
     * @param imageIndices each row's index in the training set
     * @param labels each row's class
     * @param vectors {@code rows × dims} embeddings, row by row
     * @param clouds the classes' clouds in the same layer, or {@code null} for a layer too wide
     * @param calibration how strange held-out real digits look
     */
    public NeighbourIndex(String fingerprint, int dims, int[] imageIndices, byte[] labels, float[] vectors,
            ClassClouds clouds, DigitCalibration calibration) {
        this.fingerprint = Objects.requireNonNull(fingerprint, "fingerprint");
        this.calibration = Objects.requireNonNull(calibration, "calibration");
        int rows = imageIndices.length;
        if (dims <= 0 || labels.length != rows || (long) rows * dims != vectors.length || rows < K
                || vectors.length > MAX_VALUES || (clouds != null && clouds.dims() != dims)
                || calibration.hasClouds() != (clouds != null)) {
            throw new IllegalArgumentException("inconsistent index: " + rows + " rows of " + dims + " values, "
                    + labels.length + " labels, " + vectors.length + " values");
        }
        this.dims = dims;
        this.imageIndices = imageIndices;
        this.labels = labels;
        this.vectors = vectors;
        this.clouds = clouds;
        this.squaredNorms = new float[rows];
        for (int r = 0; r < rows; r++) {
            squaredNorms[r] = dot(vectors, r * dims, vectors, r * dims, dims);
        }
    }

    public String fingerprint() {
        return fingerprint;
    }

    public int size() {
        return imageIndices.length;
    }

    public int dims() {
        return dims;
    }

    float[] vectors() {
        return vectors;
    }

    int[] imageIndices() {
        return imageIndices;
    }

    byte[] labels() {
        return labels;
    }

    /** The {@code k} training images nearest the embedding's direction, nearest first. */
    public List<Neighbour> nearest(float[] raw, int k) {
        if (raw.length != dims) {
            throw new IllegalArgumentException("embedding of " + raw.length + " values, index has " + dims);
        }
        float[] embedding = unit(raw);
        int count = Math.min(k, size());
        int[] best = new int[count];
        float[] bestDistance = new float[count];
        Arrays.fill(bestDistance, Float.POSITIVE_INFINITY);
        float queryNorm = dot(embedding, 0, embedding, 0, dims);
        for (int r = 0; r < imageIndices.length; r++) {
            // |q − x|² = |q|² + |x|² − 2 q·x: one dot product per row
            float d = queryNorm + squaredNorms[r] - 2 * dot(embedding, 0, vectors, r * dims, dims);
            if (d < bestDistance[count - 1]) {
                int at = count - 1;
                while (at > 0 && bestDistance[at - 1] > d) {
                    bestDistance[at] = bestDistance[at - 1];
                    best[at] = best[at - 1];
                    at--;
                }
                bestDistance[at] = d;
                best[at] = r;
            }
        }
        List<Neighbour> neighbours = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            neighbours.add(new Neighbour(imageIndices[best[i]], labels[best[i]],
                    (float) Math.sqrt(Math.max(0f, bestDistance[i]))));
        }
        return neighbours;
    }

    /** The vector scaled to length 1 (a zero vector stays zero). */
    public static float[] unit(float[] vector) {
        double length = Math.sqrt(dot(vector, 0, vector, 0, vector.length));
        float[] unit = vector.clone();
        if (length > 0) {
            for (int i = 0; i < unit.length; i++) {
                unit[i] = (float) (unit[i] / length);
            }
        }
        return unit;
    }

    /**
     * How far a drawing is from the training images: the mean distance of its {@link #SCORED}
     * nearest (of a list, nearest first).
     */
    public static float score(List<Neighbour> neighbours) {
        int count = Math.min(SCORED, neighbours.size());
        double sum = 0;
        for (Neighbour n : neighbours.subList(0, count)) {
            sum += n.distance();
        }
        return count == 0 ? Float.POSITIVE_INFINITY : (float) (sum / count);
    }

    /** The classes' clouds, or {@code null} when the layer is wider than {@link ClassClouds#MAX_DIMS}. */
    public ClassClouds clouds() {
        return clouds;
    }

    /** The distance to the nearest class's cloud, or NaN when the index has no clouds. */
    public float cloudDistance(float[] embedding) {
        return clouds == null ? Float.NaN : clouds.distance(embedding);
    }

    public DigitCalibration calibration() {
        return calibration;
    }

    private static float dot(float[] a, int ai, float[] b, int bi, int n) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int i = 0;
        for (; i + 3 < n; i += 4) { // four sums: independent additions the CPU can overlap
            s0 += a[ai + i] * b[bi + i];
            s1 += a[ai + i + 1] * b[bi + i + 1];
            s2 += a[ai + i + 2] * b[bi + i + 2];
            s3 += a[ai + i + 3] * b[bi + i + 3];
        }
        for (; i < n; i++) {
            s0 += a[ai + i] * b[bi + i];
        }
        return s0 + s1 + s2 + s3;
    }

    // --- the cache file

    /** Writes the index; {@link #read} gives it back. */
    public void write(OutputStream stream) throws IOException {
        DataOutputStream out = new DataOutputStream(stream);
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeUTF(fingerprint);
        out.writeInt(dims);
        out.writeInt(size());
        ByteBuffer ints = ByteBuffer.allocate(size() * Integer.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        ints.asIntBuffer().put(imageIndices);
        out.write(ints.array());
        out.write(labels);
        out.write(floats(vectors));
        out.writeBoolean(clouds != null);
        if (clouds != null) {
            clouds.write(out);
        }
        calibration.write(out);
        out.flush();
    }

    /**
     * Reads an index written by {@link #write}, its sizes checked before anything is allocated.
     *
     * @throws IOException when the stream is not an index, is cut short or is inconsistent
     */
    public static NeighbourIndex read(InputStream stream) throws IOException {
        DataInputStream in = new DataInputStream(stream);
        if (in.readInt() != MAGIC || in.readInt() != VERSION) {
            throw new IOException("not a Digit Lab index of training images (or an older one)");
        }
        String fingerprint = in.readUTF();
        int dims = in.readInt();
        int rows = in.readInt();
        if (dims <= 0 || rows < K || (long) rows * dims > MAX_VALUES) {
            throw new IOException("index of impossible size: " + rows + " rows of " + dims + " values");
        }
        int[] indices = new int[rows];
        ByteBuffer.wrap(in.readNBytes(rows * Integer.BYTES)).order(ByteOrder.LITTLE_ENDIAN).asIntBuffer().get(indices);
        byte[] labels = in.readNBytes(rows);
        float[] vectors = readFloats(in, rows * dims);
        ClassClouds clouds = in.readBoolean() ? ClassClouds.read(in) : null;
        DigitCalibration calibration = DigitCalibration.read(in);
        if (labels.length != rows || in.read() != -1) {
            throw new IOException("index file cut short or too long");
        }
        try {
            return new NeighbourIndex(fingerprint, dims, indices, labels, vectors, clouds, calibration);
        } catch (IllegalArgumentException e) {
            throw new IOException("inconsistent index file: " + e.getMessage(), e);
        }
    }

    private static byte[] floats(float[] values) {
        ByteBuffer bytes = ByteBuffer.allocate(values.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asFloatBuffer().put(values);
        return bytes.array();
    }

    private static float[] readFloats(DataInputStream in, int count) throws IOException {
        byte[] bytes = in.readNBytes(count * Float.BYTES);
        if (bytes.length != count * Float.BYTES) {
            throw new IOException("index file cut short");
        }
        float[] values = new float[count];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(values);
        return values;
    }
}
