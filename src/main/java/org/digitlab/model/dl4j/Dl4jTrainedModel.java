package org.digitlab.model.dl4j;

import java.util.Objects;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.digitlab.model.ArchitectureSpec;
import org.digitlab.model.ModelMetadata;
import org.digitlab.model.TrainedModel;
import org.digitlab.model.TrainingHistory;

/**
 * A trained or loaded DL4J network with what the app knows about it.
 *
 * @param network the network; not thread-safe, so one thread at a time uses it
 * @param spec its architecture and training settings
 * @param metadata dataset, input, labels, seed, test figures
 * @param history every epoch's figures
 */
public record Dl4jTrainedModel(MultiLayerNetwork network, ArchitectureSpec spec,
        ModelMetadata metadata, TrainingHistory history) implements TrainedModel {

    public Dl4jTrainedModel {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(history, "history");
    }

    @Override
    public Dl4jTrainedModel withMetadata(ModelMetadata newMetadata) {
        return new Dl4jTrainedModel(network, spec, newMetadata, history);
    }

    /** Unwraps a model of the app into its DL4J network. */
    public static Dl4jTrainedModel of(TrainedModel model) {
        if (model instanceof Dl4jTrainedModel dl4j) {
            return dl4j;
        }
        throw new IllegalArgumentException("not a DL4J model: " + model.getClass().getName());
    }
}
