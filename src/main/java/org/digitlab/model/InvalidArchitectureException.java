package org.digitlab.model;

import java.util.List;

/** An architecture whose layers do not stack; the message names the first bad layer. */
public class InvalidArchitectureException extends IllegalArgumentException {

    private final transient List<LayerProblem> problems;

    public InvalidArchitectureException(String specId, List<LayerProblem> problems) {
        super("Architecture '" + specId + "' is invalid: " + problems.get(0).message()
                + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more problem(s))" : ""));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in layer order. */
    public List<LayerProblem> problems() {
        return problems;
    }
}
