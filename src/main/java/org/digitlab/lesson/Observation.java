package org.digitlab.lesson;

import java.util.Map;

/**
 * What a check is decided against: the window builds one from its view-models whenever something
 * changes, {@code lesson check} from its rehearsal runs.
 *
 * @param architecture the architecture being edited, or null
 * @param lastRun      the last run of the step (or of the lesson so far), or null before any
 * @param runs         runs finished in the lesson so far
 * @param settings     the window's state; a setting absent here is not observable (no window)
 * @param discussed    whether students or the teacher marked the step done; null where nobody can
 */
public record Observation(org.digitlab.model.ArchitectureSpec architecture, RunSummary lastRun, int runs,
                          Map<Setting, String> settings, Boolean discussed) {

    public Observation {
        settings = Map.copyOf(settings);
    }
}
