/**
 * The live training dashboard: Start, Pause, Resume and Stop of a {@code training.TrainingSession},
 * the loss and accuracy charts fed by coalesced updates, the epochs' table, the runs of the session
 * to compare, and what to do with a finished model. {@code RunControl} holds the session and maps
 * its events to properties that the view-model shows; no thread waits for a run.
 */
package org.digitlab.ui.training;
