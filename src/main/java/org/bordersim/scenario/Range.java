package org.bordersim.scenario;

/** A closed interval [min, max] of a uniform draw. */
public record Range(double min, double max) {
}
