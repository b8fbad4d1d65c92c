package org.digitlab.inference;

/**
 * One forward pass's answer and evidence: the probabilities and the network's own description of
 * the image, its last hidden layer (the input of the output layer).
 *
 * @param prediction the ten probabilities and their argmax
 * @param embedding the last hidden layer's activations
 */
public record Look(Prediction prediction, float[] embedding) {
}
