package org.bordersim.invest;

import java.util.List;
import org.bordersim.stats.PairedDifference;

/**
 * The leading portfolios under each uncertain condition: each one's gain over the base scenario
 * run under the same condition (paired, same seeds as the nominal runs), and the regret table.
 *
 * @param leaders the portfolios tested, the recommended one first
 * @param nominal each leader's gain in the first replications without any condition (the same seeds)
 * @param gain    [condition][leader]: the gain under the condition
 */
public record Robustness(int[] leaders, List<Condition> conditions, PairedDifference[] nominal, PairedDifference[][] gain,
                         int failedRuns) {
    /** The best leader's mean gain under condition c less leader l's: what choosing l forgoes there. */
    public double regret(int c, int l) {
        double best = Double.NEGATIVE_INFINITY;
        for (PairedDifference g : gain[c]) best = Math.max(best, g.meanDifference());
        return best - gain[c][l].meanDifference();
    }

    /** The largest regret of leader l over the conditions (0 with no condition). */
    public double maxRegret(int l) {
        double max = 0;
        for (int c = 0; c < conditions.size(); c++) max = Math.max(max, regret(c, l));
        return max;
    }

    /** The share of leader l's nominal gain it loses under condition c (negative: it gains more). */
    public double lossOfAdvantage(int c, int l) {
        double n = nominal[l].meanDifference();
        return n == 0 ? Double.NaN : 1 - gain[c][l].meanDifference() / n;
    }

    /** The leader with the least maximum regret (the first among equals). */
    public int mostRobust() {
        int best = 0;
        for (int l = 1; l < leaders.length; l++) if (maxRegret(l) < maxRegret(best)) best = l;
        return best;
    }
}
