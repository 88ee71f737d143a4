package org.bordersim.scenario;

/** Officer careers: the learning curve, turnover, vacancies and shifts. */
public record OfficerPolicy(
        double initialSkill,
        double maxSkill,
        double learningDays,
        double turnoverPerYear,
        int vacancyDays,
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
     * Skill after {@code tenureDays} on the learning curve s0 + (sMax - s0)(1 - exp(-t/tau)),
     * where a training boost raises the starting point s0.
     */
    public double skillAt(double tenureDays, double startBoost) {
        double start = Math.min(maxSkill, initialSkill + startBoost);
        return start + (maxSkill - start) * (1.0 - Math.exp(-tenureDays / learningDays));
    }
}
