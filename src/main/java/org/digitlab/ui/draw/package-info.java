/**
 * The Draw view: canvas, live prediction, stem plot and the image the model sees; and the "break the
 * model" challenge (the row under the canvas, the gallery's window of fools).
 */
package org.digitlab.ui.draw;
