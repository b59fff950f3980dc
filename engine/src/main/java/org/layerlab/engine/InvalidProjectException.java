package org.layerlab.engine;

import org.layerlab.engine.graph.Problem;

import java.util.List;

/**
 * A project that cannot be trained as it stands: its graph does not fit its data, or its settings
 * cannot be compiled. Carries every problem; the message lists them, one per line.
 */
public class InvalidProjectException extends RuntimeException {

    private final transient List<Problem> problems;

    public InvalidProjectException(String projectName, List<Problem> problems) {
        super(describe(projectName, problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem, with the node it concerns (null for the whole project). */
    public List<Problem> problems() {
        return problems;
    }

    private static String describe(String projectName, List<Problem> problems) {
        StringBuilder text = new StringBuilder("project '").append(projectName).append("' cannot be trained: ");
        text.append(problems.size() == 1 ? "1 problem" : problems.size() + " problems");
        for (Problem p : problems) {
            text.append(System.lineSeparator()).append("  - ").append(p);
        }
        return text.toString();
    }
}
