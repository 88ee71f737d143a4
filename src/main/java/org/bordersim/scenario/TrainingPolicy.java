package org.bordersim.scenario;

/** Training of newly assigned officers, and refreshers for everyone. */
public record TrainingPolicy(boolean newArrivals, int courseDays, double skillBoost, int refresherEveryDays,
                             int refresherDays, double refresherBoost) {
}
