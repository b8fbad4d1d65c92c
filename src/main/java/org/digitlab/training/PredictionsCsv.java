package org.digitlab.training;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.digitlab.data.AtomicFiles;

/**
 * Writes predictions as notebook 002 does ({@code Actual,Predictions}), with each class's
 * probability as an extra column ({@code P0..P9}).
 */
public final class PredictionsCsv {

    private PredictionsCsv() {
    }

    /** Writes to a temporary file beside {@code file} and moves it into place. */
    public static void write(Predictions predictions, Path file) throws IOException {
        AtomicFiles.write(file, out -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            writer.write(header(predictions.numClasses()));
            writer.newLine();
            for (int i = 0; i < predictions.size(); i++) {
                writer.write(row(predictions, i));
                writer.newLine();
            }
            writer.flush();
        });
    }

    static String header(int classes) {
        StringBuilder sb = new StringBuilder("Actual,Predictions");
        for (int c = 0; c < classes; c++) {
            sb.append(",P").append(c);
        }
        return sb.toString();
    }

    static String row(Predictions predictions, int i) {
        StringBuilder sb = new StringBuilder();
        sb.append(predictions.actual()[i]).append(',').append(predictions.predicted(i));
        for (float p : predictions.probabilities()[i]) {
            sb.append(',').append(String.format(Locale.ROOT, "%.6f", p));
        }
        return sb.toString();
    }
}
