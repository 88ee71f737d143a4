package org.bordersim.metrics;

import java.util.List;

/**
 * The outputs of one replication. {@code metrics} is indexed by {@link Metric#ordinal()},
 * {@code weekly[week]} by {@link SeriesMetric#ordinal()}, {@code crossingsByLocation} by the
 * world's location index, {@code crossingsByQuarter[q]} (q = 0..3, the run's four quarters) by
 * location too; {@code posts[blo]} by {@link PostTotals#ordinal()}, {@code groups[group]} by
 * {@link GroupTotals#ordinal()}, {@code blos[blo]} by {@link BloTotals#ordinal()}; {@code seizureCells} holds the
 * cell of every seizure, in the order they happened (for maps); {@code trustChanges} every move of the trust between
 * two BLOs, in the order they happened (the path of each pair's trust). Treat the arrays as read-only.
 */
public record RunResult(int replication, long seed, double[] metrics, long[] crossingsByLocation, double[][] weekly,
                        long[][] crossingsByQuarter, double[][] posts, double[][] groups, double[][] blos,
                        int[] seizureCells, List<ModelEvent.TrustChanged> trustChanges) {
    public RunResult {
        trustChanges = List.copyOf(trustChanges);
    }

    public double get(Metric m) {
        return metrics[m.ordinal()];
    }

    public double weekly(int week, SeriesMetric m) {
        return weekly[week][m.ordinal()];
    }

    public int weeks() {
        return weekly.length;
    }
}
