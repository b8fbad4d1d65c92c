/**
 * The live training dashboard: Start, Pause, Resume and Stop through a
 * {@link javafx.concurrent.Service}, the loss and accuracy charts fed by coalesced updates, the
 * epochs' table, the runs of the session to compare, and what to do with a finished model.
 */
package org.digitlab.ui.training;
