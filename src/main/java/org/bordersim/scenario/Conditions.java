package org.bordersim.scenario;

/** Living and working conditions at a post, each 0 (none) to 1 (good). */
public record Conditions(double water, double power, double communications) {
    /** How harsh the post is for the people in it: 1 - mean(water, power). */
    public double hardship() {
        return 1.0 - (water + power) / 2.0;
    }
}
