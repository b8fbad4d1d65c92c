package org.digitlab.ui.training;

import java.util.List;
import org.digitlab.model.EpochMetrics;
import org.digitlab.training.BatchMetrics;
import org.digitlab.training.RunState;
import org.digitlab.training.TrainingListener;
import org.digitlab.training.TrainingResult;

/** Several listeners as one, called in order: the dashboard's updates plus any others. */
final class TrainingListeners implements TrainingListener {

    private final List<TrainingListener> listeners;

    TrainingListeners(List<TrainingListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    @Override
    public void onStateChanged(RunState state) {
        listeners.forEach(l -> l.onStateChanged(state));
    }

    @Override
    public void onBatch(BatchMetrics batch) {
        listeners.forEach(l -> l.onBatch(batch));
    }

    @Override
    public void onEpoch(EpochMetrics epoch) {
        listeners.forEach(l -> l.onEpoch(epoch));
    }

    @Override
    public void onCheckpoint(int epoch, double valLoss) {
        listeners.forEach(l -> l.onCheckpoint(epoch, valLoss));
    }

    @Override
    public void onFinished(TrainingResult result) {
        listeners.forEach(l -> l.onFinished(result));
    }
}
