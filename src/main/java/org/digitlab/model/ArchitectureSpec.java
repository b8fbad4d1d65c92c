package org.digitlab.model;

import java.util.List;
import java.util.Objects;

/**
 * A whole sequential network and how to train it: what the architecture picker lists, what the
 * editor changes and what is saved beside a trained model.
 *
 * @param id          a stable key, e.g. "cnn-3conv"
 * @param name        a short display name
 * @param notebook    the seed notebook it comes from ("001"), or a note for models that have none
 * @param description the story of the lesson, one paragraph
 * @param input       the shape of one image
 * @param numClasses  how many labels the output layer must produce (10 digits)
 * @param layers      the layers in order, ending with an {@link LayerSpec.Output}
 * @param training    the default training settings
 */
public record ArchitectureSpec(String id, String name, String notebook, String description, InputShape input,
                               int numClasses, List<LayerSpec> layers, TrainingSettings training) {

    public ArchitectureSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(training, "training");
        layers = List.copyOf(Objects.requireNonNull(layers, "layers"));
        name = name == null ? id : name;
        notebook = notebook == null ? "" : notebook;
        description = description == null ? "" : description;
    }

    public ArchitectureSpec withLayers(List<LayerSpec> newLayers) {
        return new ArchitectureSpec(id, name, notebook, description, input, numClasses, newLayers, training);
    }

    public ArchitectureSpec withTraining(TrainingSettings newTraining) {
        return new ArchitectureSpec(id, name, notebook, description, input, numClasses, layers, newTraining);
    }

    public ArchitectureSpec withInput(InputShape newInput) {
        return new ArchitectureSpec(id, name, notebook, description, newInput, numClasses, layers, training);
    }

    /**
     * Whether the network wants images (N, C, H, W) rather than flat vectors (N, H·W·C): true when
     * a layer that sees the spatial layout (convolution, pooling, zero padding, batch norm) comes
     * before the first Flatten. Activation and Dropout act element-wise, so they do not decide.
     */
    public boolean expectsImageInput() {
        for (LayerSpec layer : layers) {
            if (layer instanceof LayerSpec.Flatten || layer instanceof LayerSpec.Dense
                    || layer instanceof LayerSpec.Output) {
                return false;
            }
            if (layer instanceof LayerSpec.Conv2D || layer instanceof LayerSpec.MaxPool
                    || layer instanceof LayerSpec.AvgPool || layer instanceof LayerSpec.ZeroPadding
                    || layer instanceof LayerSpec.BatchNorm) {
                return true;
            }
        }
        return false;
    }
}
