package org.digitlab.training;

import java.util.ArrayList;
import java.util.List;

/**
 * A reliability diagram's figures: the predictions grouped by the model's confidence (the
 * probability of its answer) into equal-width bins, each with its count, mean confidence and
 * accuracy, and the expected calibration error (ECE): the gap between confidence and accuracy,
 * averaged over the predictions. A model that says "90% sure" and is right 90% of those times is
 * calibrated; one right only 70% of them is over-confident.
 *
 * @param bins from the least to the most confident
 * @param examples how many predictions
 * @param expectedCalibrationError Σ (bin count / examples) × |accuracy − mean confidence|, 0..1
 */
public record Calibration(List<Bin> bins, int examples, double expectedCalibrationError) {

    /** Ten bins of a tenth each, as reliability diagrams usually have. */
    public static final int DEFAULT_BINS = 10;

    /** How far above a bin's edge a float may land and still count as on the edge. */
    private static final double EDGE = 1e-6;

    /**
     * The predictions whose confidence lies in {@code (lower, upper]} (the first bin includes 0).
     *
     * @param meanConfidence NaN for an empty bin
     * @param accuracy the share of right answers in the bin, NaN for an empty bin
     */
    public record Bin(double lower, double upper, int count, double meanConfidence, double accuracy) {

        /** Accuracy minus confidence: negative when the model is over-confident (NaN if empty). */
        public double gap() {
            return accuracy - meanConfidence;
        }
    }

    public Calibration {
        bins = List.copyOf(bins);
    }

    /** The calibration of a model's predictions, in {@code binCount} bins. */
    public static Calibration of(Predictions predictions, int binCount) {
        if (binCount < 1) {
            throw new IllegalArgumentException("need at least one bin, got " + binCount);
        }
        int[] counts = new int[binCount];
        int[] right = new int[binCount];
        double[] confidence = new double[binCount];
        for (int i = 0; i < predictions.size(); i++) {
            int predicted = predictions.predicted(i);
            double p = predictions.probabilities()[i][predicted];
            // Probabilities are floats: 0.8f is 0.80000001 and belongs with 0.8, on the lower bin's edge.
            int bin = Math.min(binCount - 1, Math.max(0, (int) Math.ceil(p * binCount - EDGE) - 1));
            counts[bin]++;
            confidence[bin] += p;
            if (predicted == predictions.actual()[i]) {
                right[bin]++;
            }
        }
        List<Bin> bins = new ArrayList<>();
        double ece = 0;
        int n = predictions.size();
        for (int b = 0; b < binCount; b++) {
            double meanConfidence = counts[b] == 0 ? Double.NaN : confidence[b] / counts[b];
            double accuracy = counts[b] == 0 ? Double.NaN : (double) right[b] / counts[b];
            if (counts[b] > 0) {
                ece += (double) counts[b] / n * Math.abs(accuracy - meanConfidence);
            }
            bins.add(new Bin((double) b / binCount, (double) (b + 1) / binCount, counts[b], meanConfidence, accuracy));
        }
        return new Calibration(bins, n, n == 0 ? Double.NaN : ece);
    }
}
