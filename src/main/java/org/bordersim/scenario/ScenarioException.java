package org.bordersim.scenario;

import java.util.List;
import java.util.stream.Collectors;

/** The input is not a valid scenario; carries every problem found, each with its location. */
public final class ScenarioException extends Exception {
    private static final long serialVersionUID = 1L;
    private final List<Problem> problems;

    public ScenarioException(List<Problem> problems) {
        super(problems.stream().map(Problem::describe).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) throw new IllegalArgumentException("no problems");
        this.problems = List.copyOf(problems);
    }

    public ScenarioException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}
