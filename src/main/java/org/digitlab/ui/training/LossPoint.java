package org.digitlab.ui.training;

/**
 * One point of a curve.
 *
 * @param epoch where it lies on the x axis, in epochs (2.5 = half-way through the third epoch)
 * @param value the loss or accuracy
 */
public record LossPoint(double epoch, double value) {
}
