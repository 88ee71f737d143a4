package org.bordersim.invest;

import java.util.Locale;
import org.bordersim.metrics.Metric;

/**
 * A condition on the mean of an output over a portfolio's replications: at most or at least a bound.
 */
public record Constraint(Metric output, boolean atMost, double bound) {
    public boolean metBy(double mean) {
        return atMost ? mean <= bound : mean >= bound;
    }

    /** E.g. "trade_delay_p95_minutes at most 30". */
    public String describe() {
        return String.format(Locale.ROOT, "%s %s %s", output.column(), atMost ? "at most" : "at least",
                org.bordersim.metrics.Numbers.exact(bound));
    }
}
