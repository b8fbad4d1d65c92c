/**
 * The architecture picker: the presets with their stories, the layer stack as an editable table,
 * the training settings, a live Keras-style summary, and save/load of a spec as JSON.
 */
package org.digitlab.ui.architecture;
