/**
 * Datasets for Digit Lab: reading IDX files, the catalog of known datasets, train/validation/test
 * splits, derived datasets, and the local cache with verified downloads and imports.
 *
 * <p>Everything here speaks in plain Java types ({@link org.digitlab.data.ImageSet} holds unsigned
 * bytes); neither JavaFX nor DL4J appears in this package. The DL4J adapter lives in
 * {@code org.digitlab.data.dl4j}. Long operations report through {@link org.digitlab.data.Progress}
 * and stop when their {@link org.digitlab.data.CancellationToken} is cancelled, so any UI can drive
 * them from its own background thread.
 */
package org.digitlab.data;
