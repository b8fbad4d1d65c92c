/**
 * From a drawing to a prediction: {@link org.digitlab.inference.CanvasPreprocessor} turns any
 * canvas into the image MNIST would have made of it, {@link org.digitlab.inference.Predictor}
 * gives the ten probabilities, {@link org.digitlab.inference.DigitRecognizer} does both;
 * {@link org.digitlab.inference.ImageFiles} reads image files, their size checked before decoding.
 * {@link org.digitlab.inference.Explainer} says why: saliency maps and the last hidden layer, which
 * {@link org.digitlab.inference.NeighbourIndex} searches for the most similar training images and
 * {@link org.digitlab.inference.DigitChecker} uses to answer "not a digit".
 * The engine's adapter is in {@code inference.dl4j}.
 */
package org.digitlab.inference;
