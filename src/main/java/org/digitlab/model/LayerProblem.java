package org.digitlab.model;

/**
 * Why a layer cannot be built, for the editor to show beside it.
 *
 * @param index     the layer's position in the spec, from 0; -1 for the spec as a whole
 * @param layerName Keras' name for the layer ("conv2d_1"), or "model" for the spec as a whole
 * @param reason    what is wrong and, where it helps, what to do
 */
public record LayerProblem(int index, String layerName, String reason) {

    /** Index for problems that belong to no single layer (no layers, no output, bad input). */
    public static final int WHOLE_MODEL = -1;

    /** "layer 2 (conv2d_1): kernel 5×5 is larger than its input 4×4×16". */
    public String message() {
        return index == WHOLE_MODEL ? layerName + ": " + reason
                : "layer " + index + " (" + layerName + "): " + reason;
    }
}
