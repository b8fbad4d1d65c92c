package org.digitlab.ui.training;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.digitlab.model.EpochMetrics;
import org.digitlab.training.BatchMetrics;

/**
 * What the current run's charts and epochs table show: its finished epochs and its smoothed,
 * bounded loss trace ({@link LossTrace}). A continued run starts from the earlier run's curves.
 * Lives on the FX thread.
 */
public final class RunCurves {

    private final ObservableList<EpochMetrics> epochs = FXCollections.observableArrayList();
    private final ObservableList<LossPoint> trace = FXCollections.observableArrayList();
    private LossTrace lossTrace = new LossTrace();

    /** The run's finished epochs. */
    public ObservableList<EpochMetrics> epochs() {
        return epochs;
    }

    /** The run's smoothed loss, x in epochs (1.5 is the middle of the second epoch). */
    public ObservableList<LossPoint> trace() {
        return trace;
    }

    /** A fresh run: empty curves. */
    void clear() {
        lossTrace = new LossTrace();
        epochs.clear();
        trace.clear();
    }

    /** A run that continues another: its epochs and loss trace are where this one starts. */
    void continueFrom(List<EpochMetrics> earlierEpochs, List<LossPoint> earlierTrace) {
        lossTrace = LossTrace.continuing(earlierTrace);
        epochs.setAll(earlierEpochs);
        trace.setAll(lossTrace.points());
    }

    void addBatches(List<BatchMetrics> batches) {
        boolean thinned = false;
        for (BatchMetrics batch : batches) {
            double x = batch.epoch() - 1 + (double) batch.batchInEpoch() / batch.batchesPerEpoch();
            thinned |= lossTrace.add(x, batch.loss());
        }
        List<LossPoint> all = lossTrace.points();
        if (thinned) {
            trace.setAll(all);
        } else {
            trace.addAll(all.subList(trace.size(), all.size()));
        }
    }

    void addEpochs(List<EpochMetrics> finished) {
        epochs.addAll(finished);
    }
}
