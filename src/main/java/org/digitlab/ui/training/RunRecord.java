package org.digitlab.ui.training;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.digitlab.model.ArchitectureSpec;
import org.digitlab.model.EpochMetrics;
import org.digitlab.model.TestFigures;
import org.digitlab.model.TrainedModel;
import org.digitlab.training.RunOutcome;

/**
 * A run of this session that has ended, kept so that its curves can be overlaid on the charts.
 *
 * @param number 1, 2, ... in the order the runs started
 * @param spec what was trained
 * @param epochs every finished epoch's figures
 * @param trace the smoothed per-iteration training loss
 * @param outcome how it ended
 * @param keptEpoch the epoch whose weights were kept (the best checkpoint), or 0 for the last epoch's
 * @param diagnosis why it failed, or empty
 * @param test test figures, or null when there is no model to test
 * @param model the model to keep, or null (diverged before any good epoch)
 */
public record RunRecord(int number, ArchitectureSpec spec, List<EpochMetrics> epochs, List<LossPoint> trace,
        RunOutcome outcome, int keptEpoch, String diagnosis, TestFigures test, TrainedModel model, BooleanProperty compared) {

    /** Runs take colours in turn from the palette of training.css (run-color-0 .. 5). */
    public static final int PALETTE_SIZE = 6;

    public RunRecord {
        epochs = List.copyOf(epochs);
        trace = List.copyOf(trace);
        compared = compared == null ? new SimpleBooleanProperty(false) : compared;
    }

    public static int colorOf(int number) {
        return (number - 1) % PALETTE_SIZE;
    }

    public int color() {
        return colorOf(number);
    }

    public boolean hasModel() {
        return model != null;
    }

    /** "#2 cnn-3conv", the run's name on the charts and in Draw's model list. */
    public String name() {
        return "#" + number + " " + spec.id();
    }

    /** "#2 cnn-3conv · 3 epochs · stopped · 98.91% on 5,000 held-out test images". */
    public String describe() {
        String result = test == null ? "no test" : test.describe();
        return name() + " · " + epochs.size() + (epochs.size() == 1 ? " epoch" : " epochs") + " · "
                + outcome.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " · " + result;
    }

    @Override
    public String toString() {
        return describe();
    }
}
