package org.bordersim.stats;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * An alternative against a baseline, replication by replication (common random numbers make
 * replication i of both share its seed, so the pair is compared, not the two means). The CI is
 * the Student-t interval of the mean paired difference and the p-value is the two-sided paired
 * t-test, so "CI excludes 0" and "p &lt; 0.05" always agree. Replications where either value is
 * undefined (NaN) are left out of the pairs.
 *
 * @param n                  pairs used
 * @param replicationsNeeded replications that would detect a true difference of the observed
 *                           size with 80% power at the 5% level (paired t-test); NaN when the
 *                           observed difference is 0, and at least {@code n} otherwise is not
 *                           implied: it may be smaller than {@code n} when the difference is
 *                           already detected
 */
public record PairedDifference(long n, double baselineMean, double alternativeMean, double meanDifference,
                               double sdDifference, double ciLow, double ciHigh, double relativeChange,
                               double pValue, double replicationsNeeded) {
    public static final double CONFIDENCE = 0.95;
    public static final double POWER = 0.80;
    /** Above this, "replications needed" is reported as this bound: a practical "never". */
    public static final int MAX_REPLICATIONS_NEEDED = 1_000_000;

    public static PairedDifference of(double[] baseline, double[] alternative) {
        if (baseline.length != alternative.length) {
            throw new IllegalArgumentException("paired samples differ in length: " + baseline.length + " vs " + alternative.length);
        }
        SummaryStatistics base = new SummaryStatistics();
        SummaryStatistics alt = new SummaryStatistics();
        SummaryStatistics diff = new SummaryStatistics();
        for (int i = 0; i < baseline.length; i++) {
            if (!Double.isFinite(baseline[i]) || !Double.isFinite(alternative[i])) continue;
            base.addValue(baseline[i]);
            alt.addValue(alternative[i]);
            diff.addValue(alternative[i] - baseline[i]);
        }
        long n = diff.getN();
        double d = n == 0 ? Double.NaN : diff.getMean();
        double relative = n == 0 || base.getMean() == 0 ? Double.NaN : d / Math.abs(base.getMean());
        if (n < 2) {
            return new PairedDifference(n, base.getMean(), alt.getMean(), d, Double.NaN, Double.NaN, Double.NaN,
                    relative, Double.NaN, Double.NaN);
        }
        double sd = diff.getStandardDeviation();
        if (sd == 0) {
            // Every pair differs by exactly d: no sampling uncertainty left in the difference.
            return new PairedDifference(n, base.getMean(), alt.getMean(), d, 0, d, d, relative,
                    d == 0 ? 1 : 0, d == 0 ? Double.NaN : 2);
        }
        TDistribution t = new TDistribution(n - 1);
        double se = sd / Math.sqrt(n);
        double half = t.inverseCumulativeProbability(0.5 + CONFIDENCE / 2) * se;
        double p = 2 * t.cumulativeProbability(-Math.abs(d) / se);
        return new PairedDifference(n, base.getMean(), alt.getMean(), d, sd, d - half, d + half, relative, p,
                replicationsNeeded(Math.abs(d) / sd));
    }

    /** True when the CI excludes 0: a difference these replications can tell from chance. */
    public boolean detectable() {
        return Double.isFinite(ciLow) && (ciLow > 0 || ciHigh < 0);
    }

    /**
     * Smallest n with (t_{1-alpha/2, n-1} + t_{power, n-1}) / sqrt(n) &lt;= effect size, the
     * standard sample size of a paired t-test (normal approximation refined with t quantiles).
     */
    static double replicationsNeeded(double effectSize) {
        if (!(effectSize > 0)) return Double.NaN;
        for (int n = 2; n <= MAX_REPLICATIONS_NEEDED; n = n < 1000 ? n + 1 : (int) (n * 1.01)) {
            TDistribution t = new TDistribution(n - 1);
            double need = t.inverseCumulativeProbability(0.5 + CONFIDENCE / 2) + t.inverseCumulativeProbability(POWER);
            if (need / Math.sqrt(n) <= effectSize) return n;
        }
        return MAX_REPLICATIONS_NEEDED;
    }
}
