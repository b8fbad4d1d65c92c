package org.digitlab.training;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * Writes predictions as notebook 002 does ({@code Actual,Predictions}), with each class's
 * probability as an extra column ({@code P0..P9}).
 */
public final class PredictionsCsv {

    private PredictionsCsv() {
    }

    /** Writes to a temporary file beside {@code file} and moves it into place. */
    public static void write(Predictions predictions, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
        try {
            try (BufferedWriter out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                out.write(header(predictions.numClasses()));
                out.newLine();
                for (int i = 0; i < predictions.size(); i++) {
                    out.write(row(predictions, i));
                    out.newLine();
                }
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
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
