/**
 * The only place where an architecture spec meets Deeplearning4j: {@link
 * org.digitlab.model.dl4j.Dl4jNetworkFactory} turns an {@link org.digitlab.model.ArchitectureSpec}
 * into an initialised {@code MultiLayerNetwork} whose parameter count and shapes match the Keras
 * summary of the same spec (checked by tests for every preset).
 */
package org.digitlab.model.dl4j;
