package org.bordersim.calibrate;

import java.util.Locale;
import org.bordersim.metrics.BloTotals;
import org.bordersim.metrics.Metric;
import org.bordersim.metrics.RunResult;
import org.bordersim.metrics.SeriesMetric;

/**
 * One observed figure and how a replication gives its simulated counterpart (docs/EXPERIMENTS.md#calibration). The
 * value may be NaN when the replication has nothing to divide by (no shipment of the commodity, no seizure); such a
 * replication is as far from the observation as can be.
 *
 * @param metric    for METRIC, the runs.csv column; null otherwise
 * @param series    for TREND, the series.csv column; null otherwise
 * @param commodity for SEIZURE_SHARE, the commodity's ordinal; -1 otherwise
 * @param blos      for CROSSING_SEIZURES, the BLOs at the crossing (indices); empty otherwise
 * @param perYear   for METRIC, divide by the run's length in years
 */
public record Target(String name, Kind kind, Metric metric, SeriesMetric series, int commodity, int[] blos, boolean perYear,
                     double observed, double uncertainty, String source) {

    public enum Kind {
        METRIC, SEIZURE_SHARE, OFFICIAL_SHARE, CROSSING_SEIZURES, TREND;

        public String jsonName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** The simulated value of this target in one replication of {@code days} days. */
    public double of(RunResult r, int days) {
        double years = days / 365.0;
        return switch (kind) {
            case METRIC -> perYear ? r.get(metric) / years : r.get(metric);
            case SEIZURE_SHARE -> ratio(r.get(Metric.seized(commodity)), r.get(Metric.sent(commodity)));
            case OFFICIAL_SHARE -> ratio(r.get(Metric.SEIZURES_AT_CROSSINGS), r.get(Metric.SHIPMENTS_SEIZED));
            case CROSSING_SEIZURES -> {
                double sum = 0;
                for (int b : blos) sum += r.blos()[b][BloTotals.SEIZURES.ordinal()];
                yield sum / years;
            }
            case TREND -> {
                int weeks = r.weeks();
                double first = 0;
                double second = 0;
                for (int w = 0; w < weeks / 2; w++) first += r.weekly(w, series);
                for (int w = weeks / 2; w < 2 * (weeks / 2); w++) second += r.weekly(w, series);
                yield ratio(second, first);
            }
        };
    }

    private static double ratio(double a, double b) {
        return b == 0 ? Double.NaN : a / b;
    }

    /** How far a simulated value lies from the observation, in units of the uncertainty (infinite for NaN). */
    public double z(double simulated) {
        return Double.isNaN(simulated) ? Double.POSITIVE_INFINITY : (simulated - observed) / uncertainty;
    }
}
