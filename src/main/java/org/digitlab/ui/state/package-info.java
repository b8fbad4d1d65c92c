/**
 * State the views share: the models the app knows (sample models, opened files, trained runs) and
 * which one is current, and the probe board (pinned drawings and their training timelines).
 */
package org.digitlab.ui.state;
