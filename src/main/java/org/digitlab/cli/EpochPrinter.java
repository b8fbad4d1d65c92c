package org.digitlab.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.digitlab.model.EpochMetrics;
import org.digitlab.training.TrainingListener;

/** Prints one line per epoch, as Keras' {@code verbose=2} does, with the speed added. */
final class EpochPrinter implements TrainingListener {

    private final PrintWriter out;
    private final int epochs;

    EpochPrinter(PrintWriter out, int epochs) {
        this.out = out;
        this.epochs = epochs;
    }

    @Override
    public void onEpoch(EpochMetrics m) {
        out.println(format(m, epochs));
        out.flush();
    }

    @Override
    public void onCheckpoint(int epoch, double valLoss) {
        out.printf(Locale.ROOT, "  val_loss improved to %.4f: kept as the best model%n", valLoss);
        out.flush();
    }

    /** {@code Epoch 3/20 - 4.1s - 14634 ex/s - loss: 0.0864 - acc: 0.9748 - val_loss: ...}. */
    static String format(EpochMetrics m, int epochs) {
        String line = String.format(Locale.ROOT, "Epoch %d/%d - %.1fs - %.0f ex/s - loss: %.4f - acc: %.4f",
                m.epoch(), epochs, m.seconds(), m.examplesPerSecond(), m.trainLoss(), m.trainAccuracy());
        if (m.hasValidation()) {
            line += String.format(Locale.ROOT, " - val_loss: %.4f - val_acc: %.4f",
                    m.valLoss(), m.valAccuracy());
        }
        return line;
    }
}
