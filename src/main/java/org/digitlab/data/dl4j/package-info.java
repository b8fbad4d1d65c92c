/**
 * The DL4J edge of the data package: feeds an {@link org.digitlab.data.ImageSet} to DL4J as a
 * {@code DataSetIterator}. The only place where dataset code touches ND4J types.
 */
package org.digitlab.data.dl4j;
