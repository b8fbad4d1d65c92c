/**
 * Keras model files in plain Java: what the three formats Digit Lab reads look like ({@link
 * org.digitlab.model.keras.KerasFormat}), their size limits, and the translation of a Keras
 * Sequential model's configuration into a Digit Lab {@link org.digitlab.model.ArchitectureSpec}
 * with the place of each layer's weights ({@link org.digitlab.model.keras.KerasConfig}).
 *
 * <p>The weights themselves are HDF5 arrays and are read by the engine's adapter
 * ({@code model.dl4j.Dl4jKerasReader}); nothing here knows HDF5 or DL4J, so the same translation
 * serves Keras 2 HDF5, Keras 3 legacy HDF5 and Keras 3 {@code .keras} zips.
 */
package org.digitlab.model.keras;
