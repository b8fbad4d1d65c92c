package org.digitlab.inference;

/**
 * A training image close to a drawing in the network's last hidden layer.
 *
 * @param index the image's index in the training set
 * @param label its class
 * @param distance the Euclidean distance between the two embeddings
 */
public record Neighbour(int index, int label, float distance) {
}
