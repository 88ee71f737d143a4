package org.bordersim.scenario;

/**
 * One thing wrong with an input file: where (a JSON pointer, or line:column for syntax errors)
 * and what was expected.
 */
public record Problem(String file, String where, String message) {

    /** One line, e.g. {@code more-staff.json: /blos/1/staffing: must be at least 0, found -3}. */
    public String describe() {
        return file + ": " + (where.isEmpty() ? "(whole file)" : where) + ": " + message;
    }
}
