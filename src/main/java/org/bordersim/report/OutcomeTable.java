package org.bordersim.report;

import org.bordersim.metrics.Numbers;
import java.util.List;
import java.util.Locale;
import org.bordersim.metrics.Metric;
import org.bordersim.metrics.RunResult;
import org.bordersim.stats.Summary;

/** The short table printed after a run: the headline metrics, mean and 95% CI. */
public final class OutcomeTable {
    public static final List<Metric> HEADLINE = List.of(
            Metric.SHIPMENTS_SENT, Metric.KG_SEIZED, Metric.INTERDICTION_RATE,
            Metric.OFFICIAL_CROSSING_SHARE, Metric.COST_PER_KG_SEIZED);

    private OutcomeTable() {
    }

    public static Summary summarise(List<RunResult> runs, Metric m) {
        return Summary.of95(runs.stream().mapToDouble(r -> r.get(m)).toArray());
    }

    public static String text(List<RunResult> runs) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-26s %12s   %-27s %4s%n", "outcome", "mean", "95% CI", "n"));
        for (Metric m : HEADLINE) {
            Summary s = summarise(runs, m);
            String ci = Double.isNaN(s.ciLow()) ? "-" : "[" + Numbers.readable(s.ciLow()) + ", " + Numbers.readable(s.ciHigh()) + "]";
            sb.append(String.format(Locale.ROOT, "%-26s %12s   %-27s %4d%n", m.column(), Numbers.readable(s.mean()), ci, s.n()));
        }
        return sb.toString();
    }
}
