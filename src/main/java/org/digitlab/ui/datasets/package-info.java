/** The dataset browser: thumbnails, one image's pixels, class balance, download and import. */
package org.digitlab.ui.datasets;
