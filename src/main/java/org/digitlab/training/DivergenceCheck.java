package org.digitlab.training;

/**
 * Ends a run whose loss diverges (NaN, infinite, or stuck at chance), with the diagnosis of a
 * {@link DivergenceWatch}: after DJL's {@code DivergenceCheckTrainingListener}.
 */
public final class DivergenceCheck implements RunRule {

    private final DivergenceWatch watch;
    private final double learningRate;

    public DivergenceCheck(DivergenceWatch watch, double learningRate) {
        this.watch = watch;
        this.learningRate = learningRate;
    }

    @Override
    public Ending afterBatch(int epoch, long iteration, double loss) {
        return watch.afterBatch(loss, epoch, iteration, learningRate) ? diverged() : null;
    }

    @Override
    public Ending afterTraining(int epoch, long iteration, int batches, double meanLoss, double accuracy) {
        return watch.afterEpoch(epoch, iteration, batches, meanLoss, accuracy, learningRate) ? diverged() : null;
    }

    private Ending diverged() {
        return new Ending(RunOutcome.DIVERGED, watch.diagnosis());
    }
}
