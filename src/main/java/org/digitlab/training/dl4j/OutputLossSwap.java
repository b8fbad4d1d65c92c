package org.digitlab.training.dl4j;

import java.io.IOException;
import org.deeplearning4j.nn.conf.layers.BaseOutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/**
 * Puts the {@link AccuracyCountingLoss} in place of the output layer's loss for training and
 * takes it out again before the network's configuration is written anywhere.
 */
final class OutputLossSwap {

    /** A piece of work that may fail with an I/O error. */
    interface IoAction {
        void run() throws IOException;
    }

    private OutputLossSwap() {
    }

    static AccuracyCountingLoss install(MultiLayerNetwork network) {
        BaseOutputLayer conf = outputConf(network);
        AccuracyCountingLoss counter = new AccuracyCountingLoss(conf.getLossFn());
        conf.setLossFn(counter);
        return counter;
    }

    static void uninstall(MultiLayerNetwork network, AccuracyCountingLoss counter) {
        BaseOutputLayer conf = outputConf(network);
        if (conf.getLossFn() == counter) {
            conf.setLossFn(counter.delegate());
        }
    }

    /** Runs {@code action} (e.g. a checkpoint save) with DL4J's own loss in place. */
    static void withOriginalLoss(MultiLayerNetwork network, AccuracyCountingLoss counter,
            IoAction action) throws IOException {
        uninstall(network, counter);
        try {
            action.run();
        } finally {
            outputConf(network).setLossFn(counter);
        }
    }

    private static BaseOutputLayer outputConf(MultiLayerNetwork network) {
        return (BaseOutputLayer) network.getOutputLayer().conf().getLayer();
    }
}
