/** Custom controls: the drawing canvas, the stem plot, the enlarged pixel view. */
package org.digitlab.ui.controls;
