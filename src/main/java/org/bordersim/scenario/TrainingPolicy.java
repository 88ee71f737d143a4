package org.bordersim.scenario;

/** Training of newly assigned officers. */
public record TrainingPolicy(boolean newArrivals, int courseDays, double skillBoost) {
}
