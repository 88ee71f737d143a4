package org.bordersim.files;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What the user gave cannot be used: a scenario or sweep file, an option, or (see
 * {@link OutputConflictException}) an output folder. Carries every problem found, each with the
 * file and the place in it; the command line reports them one per line with exit status 2.
 */
public class InputException extends Exception {
    private static final long serialVersionUID = 1L;
    private final List<Problem> problems;

    public InputException(List<Problem> problems) {
        super(problems.stream().map(Problem::describe).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) throw new IllegalArgumentException("no problems");
        this.problems = List.copyOf(problems);
    }

    public InputException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}
