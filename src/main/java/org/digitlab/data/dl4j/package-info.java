/**
 * The DL4J edge of the data package: feeds an {@link org.digitlab.data.ImageSet} to DL4J as a
 * {@code DataSetIterator}. The only place where dataset code touches ND4J types. ND4J's native
 * start-up is not done here: {@code engine.dl4j.Dl4jEngine.create()} does it before any of this runs.
 */
package org.digitlab.data.dl4j;
