package org.digitlab.ui.training;

/**
 * A run starts: its name and colour, for the charts' new live curves. An event of its own, so that
 * nothing has to infer a new run from the order in which properties change.
 *
 * @param name "#2 cnn-3conv"
 * @param color the run's colour index
 */
public record RunStart(String name, int color) {
}
