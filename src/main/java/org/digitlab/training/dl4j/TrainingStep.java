package org.digitlab.training.dl4j;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.dataset.api.DataSet;

/**
 * One gradient step on one batch, and the count of training examples the network got right in
 * the batches it stepped on, which Keras reports as the epoch's training accuracy.
 */
interface TrainingStep {

    /** Fits one batch and returns its loss, the network's score for it. */
    double fit(DataSet batch);

    /** Correct predictions since the last {@link #resetCounts()}. */
    long correct();

    /** Examples fitted since the last {@link #resetCounts()}. */
    long counted();

    void resetCounts();

    /**
     * Set to {@code false} to train every network with DL4J's own fit, e.g. to measure what the
     * app's own steps contribute ({@code DIGITLAB_JAVA_OPTS=-Ddigitlab.fastDenseStep=false}).
     */
    String FAST_DENSE_STEP_PROPERTY = "digitlab.fastDenseStep";

    /**
     * The fastest step that gives the same updates as {@code network.fit}: {@link DenseReluStep}
     * for stacks of dense ReLU layers under a softmax cross-entropy output, {@link LayerStackStep}
     * for the convolutional ones, DL4J's own fit otherwise.
     */
    static TrainingStep forNetwork(MultiLayerNetwork network, AccuracyCountingLoss counter) {
        if ("false".equalsIgnoreCase(System.getProperty(FAST_DENSE_STEP_PROPERTY))) {
            return new NetworkFitStep(network, counter);
        }
        if (DenseReluStep.supports(network, counter.delegate())) {
            return new DenseReluStep(network);
        }
        return LayerStackStep.supports(network, counter.delegate())
                ? new LayerStackStep(network)
                : new NetworkFitStep(network, counter);
    }

    /** DL4J's {@code fit}, counting accuracy through the swapped-in loss. */
    record NetworkFitStep(MultiLayerNetwork network, AccuracyCountingLoss counter) implements TrainingStep {

        @Override
        public double fit(DataSet batch) {
            network.fit(batch);
            return network.score();
        }

        @Override
        public long correct() {
            return counter.correct();
        }

        @Override
        public long counted() {
            return counter.counted();
        }

        @Override
        public void resetCounts() {
            counter.reset();
        }
    }
}
