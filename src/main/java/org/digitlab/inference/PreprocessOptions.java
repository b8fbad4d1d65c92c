package org.digitlab.inference;

/**
 * Which steps of MNIST's preprocessing to apply; the preprocessing inspector switches them off
 * one by one so students see what each step is for.
 *
 * @param scaleToBox crop to the ink and scale its longer side to 20 pixels (else the whole canvas
 *     is shrunk to the model's size, as a naive app would)
 * @param centreOfMass place the centre of mass at the image centre (else the box's centre)
 */
public record PreprocessOptions(boolean scaleToBox, boolean centreOfMass) {

    /** Everything MNIST did. */
    public static final PreprocessOptions MNIST = new PreprocessOptions(true, true);
}
