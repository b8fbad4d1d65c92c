/**
 * Digits a class draws for itself, kept as datasets of their own beside MNIST: each drawing's
 * strokes (its full resolution), its label, the writer's name if given, and the 28×28 image MNIST's
 * preprocessing made of it; saved as IDX files plus JSON in the datasets folder, exported as one zip
 * and imported on another laptop (duplicates dropped, bad files refused whole). No JavaFX, no DL4J:
 * the window turns its strokes into {@link org.digitlab.data.collected.DrawnStroke}s and hands over
 * the preprocessed image.
 */
package org.digitlab.data.collected;
