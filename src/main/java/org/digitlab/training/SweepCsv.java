package org.digitlab.training;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.digitlab.data.AtomicFiles;

/**
 * Writes a robustness sweep as one row per model, distortion and amount, long format for a
 * spreadsheet or pandas: {@code model,distortion,amount,unit,accuracy,examples}.
 */
public final class SweepCsv {

    static final String HEADER = "model,distortion,amount,unit,accuracy,examples";

    private SweepCsv() {
    }

    /** Writes to a temporary file beside {@code file} and moves it into place. */
    public static void write(List<SweepCurve> curves, Path file) throws IOException {
        AtomicFiles.write(file, out -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            writer.write(HEADER);
            writer.newLine();
            for (SweepCurve curve : curves) {
                for (SweepCurve.Point p : curve.points()) {
                    writer.write(row(curve, p));
                    writer.newLine();
                }
            }
            writer.flush();
        });
    }

    static String row(SweepCurve curve, SweepCurve.Point p) {
        return String.format(Locale.ROOT, "%s,%s,%s,%s,%.4f,%d", quoted(curve.model()), p.distortion().id(),
                trimmed(p.amount()), p.distortion().unit(),
                p.accuracy(), curve.examples());
    }

    private static String trimmed(double amount) {
        return amount == Math.rint(amount) ? String.valueOf((long) amount) : String.format(Locale.ROOT, "%.2f", amount);
    }

    /** A name with a comma or a quote (a model file's name) stays one field. */
    private static String quoted(String text) {
        return text.contains(",") || text.contains("\"") ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
