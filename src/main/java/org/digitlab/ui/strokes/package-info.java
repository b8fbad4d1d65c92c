/**
 * The drawing as data, shared by the canvas control, the Draw view and the views inside the
 * network: {@link org.digitlab.ui.strokes.Stroke}s in the drawing's own coordinates, their ink box,
 * their rendering to the grey image preprocessing starts from, and an image turned back into strokes.
 * No JavaFX: the strokes are plain values any thread may read.
 */
package org.digitlab.ui.strokes;
