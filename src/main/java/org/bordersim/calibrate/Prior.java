package org.bordersim.calibrate;

/**
 * A parameter to fit: a JSON pointer into the scenario ({@code *} sets every element of an array) with a uniform
 * prior from {@code min} to {@code max}. A whole-number field takes the value rounded to the nearest whole number.
 */
public record Prior(String name, String pointer, double min, double max, boolean integer, String about) {
    /** The value the scenario gets for {@code x}. */
    public double value(double x) {
        return integer ? Math.rint(x) : x;
    }
}
