package org.bordersim.files;

import java.util.List;

/**
 * An output folder that cannot be used as asked: held by another process, already there, or
 * holding rows of another sweep or damaged ones. Nothing is wrong with the disk (that is an
 * IOException, exit status 3): the user chose a folder that conflicts, so, like bad input, it
 * gets exit status 2 and advice.
 */
public final class OutputConflictException extends InputException {
    private static final long serialVersionUID = 1L;

    public OutputConflictException(List<Problem> problems) {
        super(problems);
    }

    public OutputConflictException(Problem problem) {
        super(problem);
    }
}
