package org.bordersim.metrics;

/** Summaries of a histogram of crossing locations. */
final class Distributions {
    private Distributions() {
    }

    /** Shannon entropy in bits of the histogram's shares; NaN for an empty histogram. */
    static double entropyBits(long[] counts) {
        long total = 0;
        for (long c : counts) total += c;
        if (total == 0) return Double.NaN;
        double h = 0;
        for (long c : counts) {
            if (c > 0) {
                double p = (double) c / total;
                h -= p * Math.log(p) / Math.log(2);
            }
        }
        return h;
    }

    /**
     * Total-variation distance between two histograms' shares, 0.5 x sum |p_i - q_i|, in [0, 1];
     * NaN if either is empty.
     */
    static double totalVariation(long[] a, long[] b) {
        long ta = total(a);
        long tb = total(b);
        if (ta == 0 || tb == 0) return Double.NaN;
        double sum = 0;
        for (int i = 0; i < a.length; i++) sum += Math.abs((double) a[i] / ta - (double) b[i] / tb);
        return 0.5 * sum;
    }

    /**
     * The total-variation distance that chance alone would give between two samples of crossings
     * drawn from one distribution: its exact expectation when the {@code a[i] + b[i]} crossings at
     * each location are shared out between the samples at random, given the sample sizes (each
     * location's share is hypergeometric). Subtracting it from {@link #totalVariation} leaves a
     * distance whose expectation is 0 when nothing changed. NaN when a sample is empty.
     */
    static double totalVariationNoise(long[] a, long[] b) {
        long n1 = total(a);
        long n2 = total(b);
        if (n1 == 0 || n2 == 0) return Double.NaN;
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            long t = a[i] + b[i];
            if (t == 0) continue;
            long lo = Math.max(0, t - n2);
            long hi = Math.min(t, n1);
            // Hypergeometric weights by the ratio recurrence, in logs, normalised at the end.
            double log = 0;
            double max = Double.NEGATIVE_INFINITY;
            double[] logs = new double[(int) (hi - lo + 1)];
            for (long x = lo; x <= hi; x++) {
                logs[(int) (x - lo)] = log;
                max = Math.max(max, log);
                log += Math.log((double) (t - x) * (n1 - x)) - Math.log((double) (x + 1) * (n2 - t + x + 1));
            }
            double weight = 0;
            double expected = 0;
            for (long x = lo; x <= hi; x++) {
                double p = Math.exp(logs[(int) (x - lo)] - max);
                weight += p;
                expected += p * Math.abs((double) x / n1 - (double) (t - x) / n2);
            }
            sum += expected / weight;
        }
        return 0.5 * sum;
    }

    private static long total(long[] counts) {
        long t = 0;
        for (long c : counts) t += c;
        return t;
    }
}
