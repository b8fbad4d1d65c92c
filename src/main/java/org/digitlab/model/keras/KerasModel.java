package org.digitlab.model.keras;

import java.util.List;
import org.digitlab.model.ArchitectureSpec;

/**
 * A Keras file's model translated into Digit Lab's terms.
 *
 * @param spec          the architecture, with training settings from the file's compile
 *                      configuration where it has one
 * @param weighted      the layers with weights, in order
 * @param kerasVersion  the version that wrote the file ("2.15.0"), or "unknown"
 * @param notes         what was assumed or changed, in sentences, for the model's metadata
 */
public record KerasModel(ArchitectureSpec spec, List<WeightedLayer> weighted, String kerasVersion,
        List<String> notes) {

    public KerasModel {
        weighted = List.copyOf(weighted);
        notes = List.copyOf(notes);
    }
}
