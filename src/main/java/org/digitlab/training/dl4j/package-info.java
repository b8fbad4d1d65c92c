/**
 * The training engine on Deeplearning4j: the training loop, evaluation, and the loss wrapper that
 * counts training accuracy without a second forward pass.
 */
package org.digitlab.training.dl4j;
