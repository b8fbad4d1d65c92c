/** Prediction with a Deeplearning4j network. */
package org.digitlab.inference.dl4j;
