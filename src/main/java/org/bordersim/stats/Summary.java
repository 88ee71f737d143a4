package org.bordersim.stats;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * Mean and two-sided Student-t confidence interval of one output over replications. Values that
 * are not defined in a replication (NaN, e.g. cost per kg when nothing was seized) are left out,
 * and {@code n} says how many were used.
 */
public record Summary(long n, double mean, double sd, double ciLow, double ciHigh) {

    public static Summary of(double[] values, double confidence) {
        SummaryStatistics s = new SummaryStatistics();
        for (double v : values) if (Double.isFinite(v)) s.addValue(v);
        return of(s, confidence);
    }

    /** From values accumulated elsewhere (for example while streaming a file). */
    public static Summary of(SummaryStatistics s, double confidence) {
        return of(s.getN(), s.getMean(), s.getStandardDeviation(), confidence);
    }

    /** From the count, mean and standard deviation of the values. */
    static Summary of(long n, double mean, double sd, double confidence) {
        if (n == 0) return new Summary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        if (n == 1) return new Summary(1, mean, Double.NaN, Double.NaN, Double.NaN);
        double t = new TDistribution(n - 1).inverseCumulativeProbability(0.5 + confidence / 2);
        double half = t * sd / Math.sqrt(n);
        return new Summary(n, mean, sd, mean - half, mean + half);
    }

    public static Summary of95(double[] values) {
        return of(values, 0.95);
    }

    /**
     * The same interval cut to the range the quantity can take (a count cannot be negative, a
     * share cannot exceed 1). The cut keeps the coverage: the true value lies in the range anyway.
     */
    public Summary within(double lowest, double highest) {
        if (Double.isNaN(ciLow)) return this;
        return new Summary(n, mean, sd, Math.max(lowest, ciLow), Math.min(highest, ciHigh));
    }

    public double halfWidth() {
        return (ciHigh - ciLow) / 2;
    }

    public boolean contains(double value) {
        return value >= ciLow && value <= ciHigh;
    }
}
