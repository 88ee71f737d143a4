package org.bordersim.scenario;

/** Training of newly assigned officers and of officers already in post, and refreshers for everyone. */
public record TrainingPolicy(boolean newArrivals, int courseDays, double skillBoost, int refresherEveryDays,
                             int refresherDays, double refresherBoost, double initiallyTrainedShare,
                             boolean trainOfficersInPost, int inPostCoursesWithinDays) {
}
