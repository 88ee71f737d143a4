package org.bordersim.scenario;

/** Officer careers: the learning curve, turnover, vacancies, rotation between posts and shifts. */
public record OfficerPolicy(
        double initialSkill,
        double maxSkill,
        double learningDays,
        double turnoverPerYear,
        int vacancyDays,
        double rotationPerYear,
        int rotationGapDays,
        double localKnowledgeLoss,
        double localKnowledgeDays,
        int shiftsPerDay,
        double conditionsSkillEffect,
        double conditionsTurnoverEffect) {

    /** Probability that an officer leaves on a given day, from the annual rate. */
    public double dailyLeavingProbability() {
        return dailyLeavingProbability(turnoverPerYear);
    }

    /** Probability of leaving on a given day at annual rate {@code perYear}: 1 - exp(-r / 365). */
    public static double dailyLeavingProbability(double perYear) {
        return 1.0 - Math.exp(-perYear / 365.0);
    }

    /**
     * The share of skill a rotated-in officer has after {@code daysAtPost} at the new post: local knowledge (the
     * terrain, the routes, the counterparts) is missing at first and regained exponentially.
     */
    public double localKnowledge(double daysAtPost) {
        return 1.0 - localKnowledgeLoss * Math.exp(-daysAtPost / localKnowledgeDays);
    }

    /**
     * Skill after {@code tenureDays} on the learning curve s0 + (sMax - s0)(1 - exp(-t/tau)),
     * where a training boost raises the starting point s0.
     */
    public double skillAt(double tenureDays, double startBoost) {
        double start = Math.min(maxSkill, initialSkill + startBoost);
        return start + (maxSkill - start) * (1.0 - Math.exp(-tenureDays / learningDays));
    }
}
