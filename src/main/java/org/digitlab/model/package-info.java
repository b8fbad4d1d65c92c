/**
 * What a network is, in plain Java: layer specs, training settings and whole architectures as
 * records that round-trip through JSON ({@link org.digitlab.model.SpecJson}); Keras-style shape
 * inference, parameter counts and validation ({@link org.digitlab.model.ModelSummary}); and the
 * presets taken from the seed notebooks ({@link org.digitlab.model.Presets}).
 *
 * <p>Nothing here knows a deep-learning engine: the same spec is shown in the UI, saved beside a
 * trained model and turned into a network by {@code org.digitlab.model.dl4j}. Shapes follow Keras
 * (channels-last, "valid" = floor((in - k) / s) + 1, "same" = ceil(in / s)) so that every preset's
 * summary can be checked against the notebook that it comes from.
 */
package org.digitlab.model;
