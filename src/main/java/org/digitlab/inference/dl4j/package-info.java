/** Prediction and explanation (saliency, last hidden layer) with a Deeplearning4j network. */
package org.digitlab.inference.dl4j;
