/**
 * What several features of the window share and none owns: background work where the newest
 * request wins ({@link org.digitlab.ui.common.LatestWork}) and the words for a failure
 * ({@link org.digitlab.ui.common.ErrorMessages}). Depends on no feature package.
 */
package org.digitlab.ui.common;
