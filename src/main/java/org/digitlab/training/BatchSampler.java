package org.digitlab.training;

/**
 * Decides which iterations become {@link BatchMetrics} events, so that a listener gets at most
 * a given number per second however fast the model trains (a small MLP does hundreds of batches
 * a second). The first and last batch of every epoch always pass, so short runs still draw.
 */
public final class BatchSampler {

    private final long minGapNanos;
    private long lastEmit = Long.MIN_VALUE;

    public BatchSampler(double eventsPerSecond) {
        this.minGapNanos = (long) (1e9 / eventsPerSecond);
    }

    public boolean shouldEmit(long nowNanos, boolean epochBoundary) {
        if (epochBoundary || lastEmit == Long.MIN_VALUE || nowNanos - lastEmit >= minGapNanos) {
            lastEmit = nowNanos;
            return true;
        }
        return false;
    }
}
