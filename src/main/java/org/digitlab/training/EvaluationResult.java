package org.digitlab.training;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.digitlab.model.Loss;
import org.digitlab.model.TestFigures;

/**
 * A model's figures on one set: loss, accuracy, the confusion matrix (rows = true class,
 * columns = predicted class), per-class precision and recall, and the mistakes, most confident
 * first.
 */
public record EvaluationResult(double loss, double accuracy, int examples, int[][] confusion,
        double[] precision, double[] recall, List<Misclassified> misclassified,
        Predictions predictions) {

    /** Computes every figure from the predictions. */
    public static EvaluationResult of(Predictions predictions, Loss loss) {
        int classes = predictions.numClasses();
        int[][] confusion = new int[classes][classes];
        List<Misclassified> wrong = new ArrayList<>();
        int correct = 0;
        for (int i = 0; i < predictions.size(); i++) {
            int actual = predictions.actual()[i];
            int predicted = predictions.predicted(i);
            confusion[actual][predicted]++;
            if (actual == predicted) {
                correct++;
            } else {
                wrong.add(new Misclassified(i, actual, predicted, predictions.probabilities()[i]));
            }
        }
        wrong.sort(Comparator.comparingDouble(Misclassified::confidence).reversed());
        double accuracy = predictions.size() == 0 ? Double.NaN : (double) correct / predictions.size();
        return new EvaluationResult(LossKind.meanLoss(loss, predictions), accuracy,
                predictions.size(), confusion, precision(confusion), recall(confusion),
                List.copyOf(wrong), predictions);
    }

    /** These figures as a model file and the status bar keep them, naming the set they were measured on. */
    public TestFigures figures(String datasetId, String setName) {
        return new TestFigures(datasetId, setName, loss, accuracy, examples);
    }

    /** Of the examples predicted as class c, the fraction that are c (NaN if none were). */
    static double[] precision(int[][] confusion) {
        double[] result = new double[confusion.length];
        for (int c = 0; c < confusion.length; c++) {
            int predictedAsC = 0;
            for (int[] row : confusion) {
                predictedAsC += row[c];
            }
            result[c] = predictedAsC == 0 ? Double.NaN : (double) confusion[c][c] / predictedAsC;
        }
        return result;
    }

    /** Of the examples of class c, the fraction predicted as c (NaN if there are none). */
    static double[] recall(int[][] confusion) {
        double[] result = new double[confusion.length];
        for (int c = 0; c < confusion.length; c++) {
            int ofC = 0;
            for (int count : confusion[c]) {
                ofC += count;
            }
            result[c] = ofC == 0 ? Double.NaN : (double) confusion[c][c] / ofC;
        }
        return result;
    }
}
