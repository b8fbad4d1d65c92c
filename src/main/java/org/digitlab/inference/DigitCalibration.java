package org.digitlab.inference;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;

/**
 * How strange real but unseen digits look to a network, on its two pieces of evidence: the mean
 * distance of their nearest training images ({@link NeighbourIndex#score}) and their distance to
 * the nearest class's cloud ({@link ClassClouds}). A drawing's strangeness is the larger of its two
 * ranks among these held-out digits: the share of them less strange on that piece of evidence. So
 * a drawing is "not a digit" when either piece says it is stranger than nearly every real digit,
 * and the threshold is the strangeness below which the teacher's share of real digits lies.
 */
public final class DigitCalibration {

    /** At most this many held-out digits. */
    static final int MAX_DIGITS = 20_000;

    private final float[] neighbourScores;
    private final float[] cloudScores;
    private final float[] sortedNeighbours;
    private final float[] sortedClouds;
    private final float[] sortedStrangeness;

    /**
     * @param neighbourScores each held-out digit's {@link NeighbourIndex#score}
     * @param cloudScores each one's {@link ClassClouds#distance}, or {@code null} when the model has no clouds
     */
    public DigitCalibration(float[] neighbourScores, float[] cloudScores) {
        if (neighbourScores.length == 0 || neighbourScores.length > MAX_DIGITS
                || (cloudScores != null && cloudScores.length != neighbourScores.length)) {
            throw new IllegalArgumentException("calibration of " + neighbourScores.length + " digits");
        }
        this.neighbourScores = neighbourScores.clone();
        this.cloudScores = cloudScores == null ? null : cloudScores.clone();
        this.sortedNeighbours = sorted(neighbourScores);
        this.sortedClouds = cloudScores == null ? null : sorted(cloudScores);
        float[] strangeness = new float[neighbourScores.length];
        for (int i = 0; i < strangeness.length; i++) {
            strangeness[i] = strangeness(neighbourScores[i], cloudScores == null ? Float.NaN : cloudScores[i]);
        }
        this.sortedStrangeness = sorted(strangeness);
    }

    public int size() {
        return neighbourScores.length;
    }

    public boolean hasClouds() {
        return cloudScores != null;
    }

    /** 0..1: the larger share of held-out digits that are less strange on either piece of evidence. */
    public float strangeness(float neighbourScore, float cloudScore) {
        float byNeighbours = (float) below(sortedNeighbours, neighbourScore);
        return sortedClouds == null || Float.isNaN(cloudScore) ? byNeighbours
                : Math.max(byNeighbours, (float) below(sortedClouds, cloudScore));
    }

    /** The share of held-out digits less strange than this (0..1). */
    public double rarity(float strangeness) {
        return below(sortedStrangeness, strangeness);
    }

    /** The strangeness below which this share of held-out digits lies: the "not a digit" threshold. */
    public float quantile(double share) {
        int at = (int) Math.min(size() - 1, Math.max(0, Math.ceil(share * size()) - 1));
        return sortedStrangeness[at];
    }

    private static double below(float[] sorted, float value) {
        int at = Arrays.binarySearch(sorted, value);
        if (at >= 0) {
            while (at > 0 && sorted[at - 1] == value) {
                at--;
            }
        } else {
            at = -at - 1;
        }
        return (double) at / sorted.length;
    }

    private static float[] sorted(float[] values) {
        float[] copy = values.clone();
        Arrays.sort(copy);
        return copy;
    }

    // --- in the index file

    void write(DataOutputStream out) throws IOException {
        out.writeInt(size());
        out.writeBoolean(hasClouds());
        for (int i = 0; i < size(); i++) {
            out.writeFloat(neighbourScores[i]);
            if (hasClouds()) {
                out.writeFloat(cloudScores[i]);
            }
        }
    }

    static DigitCalibration read(DataInputStream in) throws IOException {
        int size = in.readInt();
        boolean clouds = in.readBoolean();
        if (size <= 0 || size > MAX_DIGITS) {
            throw new IOException("calibration of impossible size: " + size);
        }
        float[] neighbours = new float[size];
        float[] cloudScores = clouds ? new float[size] : null;
        for (int i = 0; i < size; i++) {
            neighbours[i] = in.readFloat();
            if (clouds) {
                cloudScores[i] = in.readFloat();
            }
        }
        return new DigitCalibration(neighbours, cloudScores);
    }
}
