package org.digitlab.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.digitlab.model.Loss;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationResultTest {

    /** Three classes, four examples: one mistake (a 2 taken for a 0, with 0.6). */
    private static final Predictions PREDICTIONS = new Predictions(new int[] {0, 1, 2, 2},
            new float[][] {{0.8f, 0.1f, 0.1f}, {0.2f, 0.7f, 0.1f}, {0.6f, 0.1f, 0.3f},
                {0.1f, 0.1f, 0.8f}});

    @Test
    void confusionMatrixCountsTrueRowsAndPredictedColumns() {
        EvaluationResult result = EvaluationResult.of(PREDICTIONS, Loss.CROSS_ENTROPY);
        assertThat(result.confusion()).isEqualTo(new int[][] {{1, 0, 0}, {0, 1, 0}, {1, 0, 1}});
        assertThat(result.accuracy()).isEqualTo(0.75);
        assertThat(result.examples()).isEqualTo(4);
    }

    @Test
    void precisionAndRecallPerClass() {
        EvaluationResult result = EvaluationResult.of(PREDICTIONS, Loss.CROSS_ENTROPY);
        assertThat(result.precision()).containsExactly(0.5, 1.0, 1.0);
        assertThat(result.recall()).containsExactly(1.0, 1.0, 0.5);
    }

    @Test
    void crossEntropyIsTheMeanNegativeLogOfTheTrueClass() {
        EvaluationResult result = EvaluationResult.of(PREDICTIONS, Loss.CROSS_ENTROPY);
        double expected = -(Math.log(0.8) + Math.log(0.7) + Math.log(0.3) + Math.log(0.8)) / 4;
        assertThat(result.loss()).isCloseTo(expected, within(1e-6));
    }

    @Test
    void misclassifiedListsTheMistakeWithItsProbabilities() {
        List<Misclassified> wrong = EvaluationResult.of(PREDICTIONS, Loss.MSE).misclassified();
        assertThat(wrong).hasSize(1);
        assertThat(wrong.get(0).index()).isEqualTo(2);
        assertThat(wrong.get(0).actual()).isEqualTo(2);
        assertThat(wrong.get(0).predicted()).isEqualTo(0);
        assertThat(wrong.get(0).confidence()).isCloseTo(0.6, within(1e-6));
    }

    @Test
    void predictionsCsvHasTheNotebookHeaderAndOneRowPerExample(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("predictions.csv");
        PredictionsCsv.write(PREDICTIONS, csv);
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).isEqualTo("Actual,Predictions,P0,P1,P2");
        assertThat(lines.get(3)).startsWith("2,0,0.600000,");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(csv);
        }
    }

    @Test
    void divergenceDiagnosisNamesEpochIterationAndASmallerRate() {
        String text = Divergence.diagnosis(2, 140, Double.NaN, 5.0);
        assertThat(text).contains("epoch 2, iteration 140").contains("NaN")
                .contains("smaller learning rate, e.g. 0.5");
    }
}
