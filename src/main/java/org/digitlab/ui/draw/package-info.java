/** The Draw view: canvas, live prediction, stem plot and the image the model sees. */
package org.digitlab.ui.draw;
