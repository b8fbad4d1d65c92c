/**
 * From a drawing to a prediction: {@link org.digitlab.inference.CanvasPreprocessor} turns any
 * canvas into the image MNIST would have made of it, {@link org.digitlab.inference.Predictor}
 * gives the ten probabilities, {@link org.digitlab.inference.DigitRecognizer} does both;
 * {@link org.digitlab.inference.ImageFiles} reads image files, their size checked before decoding.
 * The engine's adapter is in {@code inference.dl4j}.
 */
package org.digitlab.inference;
