package org.bordersim.metrics;

/** Summaries of a histogram of crossing locations. */
public final class Distributions {
    private Distributions() {
    }

    /** Shannon entropy in bits of the histogram's shares; NaN for an empty histogram. */
    public static double entropyBits(long[] counts) {
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
    public static double totalVariation(long[] a, long[] b) {
        long ta = 0;
        long tb = 0;
        for (long c : a) ta += c;
        for (long c : b) tb += c;
        if (ta == 0 || tb == 0) return Double.NaN;
        double sum = 0;
        for (int i = 0; i < a.length; i++) sum += Math.abs((double) a[i] / ta - (double) b[i] / tb);
        return 0.5 * sum;
    }
}
