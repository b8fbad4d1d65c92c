package org.digitlab.training.dl4j;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.digitlab.training.ProbeImages;
import org.digitlab.training.ProbeSnapshot;
import org.digitlab.training.TrainingListener;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Reports the probe images' probabilities to the listener every {@link ProbeImages#everyBatches()}
 * batches of a run: one forward pass in inference mode (dropout off, batch norm on its running
 * averages, no gradients kept) over a batch built once. Does nothing for a run without probes.
 */
final class ProbeRecorder {

    private final MultiLayerNetwork network;
    private final ProbeImages probes;
    private final TrainingListener listener;
    private final INDArray batch;

    /** @param shape one image's shape as the network takes it (H, W, C or H·W·C) */
    ProbeRecorder(MultiLayerNetwork network, ProbeImages probes, long[] shape, TrainingListener listener) {
        this.network = network;
        this.probes = probes;
        this.listener = listener;
        this.batch = probes.isEmpty() ? null : batch(probes, shape);
    }

    private static INDArray batch(ProbeImages probes, long[] shape) {
        int pixels = probes.images().get(0).length;
        float[] values = new float[probes.images().size() * pixels];
        for (int i = 0; i < probes.images().size(); i++) {
            System.arraycopy(probes.images().get(i), 0, values, i * pixels, pixels);
        }
        long[] batchShape = new long[shape.length + 1];
        batchShape[0] = probes.images().size();
        System.arraycopy(shape, 0, batchShape, 1, shape.length);
        return Nd4j.create(values, batchShape, 'c');
    }

    /** Called after every batch, with the run's iteration count so far. */
    void afterBatch(int epoch, long iteration) {
        if (batch != null && iteration % probes.everyBatches() == 0) {
            listener.onProbes(new ProbeSnapshot(epoch, iteration, network.output(batch, false).toFloatMatrix()));
        }
    }
}
