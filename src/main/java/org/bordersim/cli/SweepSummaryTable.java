package org.bordersim.cli;

import java.util.List;
import java.util.Locale;
import org.bordersim.design.SweepParameter;
import org.bordersim.metrics.Numbers;
import org.bordersim.stats.Summary;
import org.bordersim.sweep.SweepAnalysis;

/** The short account printed after a sweep: main effects of each parameter on each output. */
final class SweepSummaryTable {
    private SweepSummaryTable() {
    }

    static String text(SweepAnalysis a) {
        StringBuilder sb = new StringBuilder();
        for (int o = 0; o < a.sweep().outputs().size(); o++) {
            sb.append(String.format(Locale.ROOT, "%nmain effects on %s (mean over runs at each value [95%% CI])%n",
                    a.sweep().outputs().get(o).column()));
            for (SweepAnalysis.MainEffect e : a.mainEffects()) {
                SweepParameter p = e.parameter();
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-18s", p.name()));
                List<String> labels = e.labels();
                for (int l = 0; l < labels.size(); l++) {
                    Summary s = e.byOutput()[o][l];
                    if (s.n() == 0) continue;
                    line.append(' ').append(labels.get(l)).append(": ").append(Numbers.readable(s.mean()));
                    if (!Double.isNaN(s.ciLow())) line.append(" [").append(Numbers.readable(s.ciLow())).append(", ")
                            .append(Numbers.readable(s.ciHigh())).append(']');
                    line.append(';');
                }
                sb.append(line).append('\n');
            }
        }
        return sb.toString();
    }
}
