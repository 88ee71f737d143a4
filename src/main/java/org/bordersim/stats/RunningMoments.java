package org.bordersim.stats;

/**
 * Count, mean and sum of squared deviations of a stream of values (Welford's update): what a
 * Student-t summary needs, in three numbers. A sweep keeps one per point and output, so it must
 * be small (Commons Math's SummaryStatistics holds a dozen objects).
 */
public final class RunningMoments {
    private long n;
    private double mean;
    private double m2;

    public void add(double v) {
        n++;
        double d = v - mean;
        mean += d / n;
        m2 += d * (v - mean);
    }

    /** Mean and two-sided Student-t interval at {@code confidence}. */
    public Summary summary(double confidence) {
        return Summary.of(n, mean, n > 1 ? Math.sqrt(m2 / (n - 1)) : Double.NaN, confidence);
    }
}
