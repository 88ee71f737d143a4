package org.bordersim.calibrate;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * What the last generation says: each parameter's weighted posterior summary and whether the data pin it down, and
 * each target's posterior-predictive check.
 */
public final class Posterior {
    /** A 90% credible interval narrower than this share of the prior's range: the data pin the parameter down. */
    static final double PINNED = 0.5;
    /**
     * Narrower than this share: the data narrow it, but leave much open. A parameter the data ignore keeps its uniform
     * prior, whose 90% interval is 0.9 of the range; with the few dozen effective particles of a small calibration that
     * share wanders by about 0.1, so only below 0.7 is the narrowing taken as real.
     */
    static final double NARROWED = 0.7;

    public enum Identified {
        PINNED_DOWN("pinned down"), NARROWED("narrowed, not pinned down"), NOT_IDENTIFIED("not pinned down: the data say little about it");

        private final String words;

        Identified(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** A parameter's posterior: weighted mean, sd and quantiles, and the 90% interval's share of the prior range. */
    public record Parameter(Prior prior, double mean, double sd, double q05, double median, double q95, double share,
                            Identified identified) {
    }

    public enum Fit {
        FITS("fits: the posterior's simulations centre within one uncertainty of the observation"),
        LOOSE("fits loosely: centred within two uncertainties"),
        OFF("off: the posterior's simulations centre more than two uncertainties away"),
        UNREACHABLE("cannot be reached within the priors: no kept simulation came closer than two uncertainties");

        private final String words;

        Fit(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** A target's posterior-predictive check: fresh simulations at posterior draws, and the nearest approach. */
    public record Check(Target target, double median, double q05, double q95, double nearest, Fit fit) {
    }

    private Posterior() {
    }

    public static Parameter parameter(AbcSmc.Generation g, int k, Prior prior) {
        double[] w = g.weights();
        double[] x = Arrays.stream(g.theta()).mapToDouble(t -> prior.value(t[k])).toArray();
        double mean = 0;
        for (int i = 0; i < x.length; i++) mean += w[i] * x[i];
        double var = 0;
        for (int i = 0; i < x.length; i++) var += w[i] * (x[i] - mean) * (x[i] - mean);
        double q05 = quantile(x, w, 0.05);
        double q95 = quantile(x, w, 0.95);
        double share = (q95 - q05) / (prior.max() - prior.min());
        Identified id = share < PINNED ? Identified.PINNED_DOWN : share < NARROWED ? Identified.NARROWED : Identified.NOT_IDENTIFIED;
        return new Parameter(prior, mean, Math.sqrt(var), q05, quantile(x, w, 0.5), q95, share, id);
    }

    /**
     * The check of target j: the posterior-predictive simulations' median and 90% interval (equal weights), and the
     * nearest any kept particle came (the best the search found), which decides whether the target can be reached. Both
     * read the model's own values, without the observation error the distance adds: whether the model can produce a
     * figure is a question about the model.
     */
    public static Check check(AbcSmc.Generation g, double[][] predictive, int j, Target target) {
        double[] y = Arrays.stream(predictive).mapToDouble(s -> s[j]).toArray();
        double[] w = new double[y.length];
        Arrays.fill(w, 1.0);
        double nearest = Double.NaN;
        double best = Double.POSITIVE_INFINITY;
        for (double[] kept : g.simulated()) {
            double v = kept[j];
            double z = Math.abs(target.z(v));
            if (z < best) {
                best = z;
                nearest = v;
            }
        }
        double median = quantile(y, w, 0.5);
        double zMedian = Math.abs(target.z(median));
        // Two uncertainties away is not within reach: a model stuck at exactly that distance never produces the figure.
        Fit fit = !(best < 2) ? Fit.UNREACHABLE : zMedian <= 1 ? Fit.FITS : zMedian < 2 ? Fit.LOOSE : Fit.OFF;
        return new Check(target, median, quantile(y, w, 0.05), quantile(y, w, 0.95), nearest, fit);
    }

    /** The weighted quantile: the smallest value whose cumulative weight reaches q (NaN values are left out). */
    static double quantile(double[] x, double[] w, double q) {
        Integer[] order = IntStream.range(0, x.length).filter(i -> !Double.isNaN(x[i])).boxed().toArray(Integer[]::new);
        if (order.length == 0) return Double.NaN;
        Arrays.sort(order, Comparator.comparingDouble(i -> x[i]));
        double total = 0;
        for (int i : order) total += w[i];
        double c = 0;
        for (int i : order) {
            c += w[i];
            if (c >= q * total) return x[i];
        }
        return x[order[order.length - 1]];
    }
}
