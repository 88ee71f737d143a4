package org.bordersim.invest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The cost-effectiveness plane's efficient frontier, as cost-effectiveness analysis draws it: an
 * alternative is <em>dominated</em> if another costs no more and achieves at least as much (and is
 * better in one of the two); it is <em>extended-dominated</em> if a mix of two others on either
 * side of it would achieve more for its cost, which shows as an incremental cost per extra unit
 * that is higher than the next alternative's. What is left, sorted by cost, is the frontier, along
 * which the incremental cost per extra unit rises.
 */
public final class CostEffectiveness {
    /** Where an alternative stands on the plane. */
    public enum Status {
        FRONTIER("on the frontier"), DOMINATED("dominated"), EXTENDED_DOMINATED("extended-dominated"), UNKNOWN("not estimable");

        private final String words;

        Status(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /**
     * @param status        each alternative's status
     * @param incremental   on the frontier, the extra cost per extra unit of effect over the previous
     *                      frontier alternative (NaN for the cheapest and off the frontier)
     * @param frontier      the frontier's alternatives, by cost
     */
    public record Plane(Status[] status, double[] incremental, int[] frontier) {
    }

    private CostEffectiveness() {
    }

    /**
     * @param cost   mean cost of each alternative (NaN: not estimable)
     * @param effect mean effect of each alternative, more is better (NaN: not estimable)
     */
    public static Plane of(double[] cost, double[] effect) {
        int n = cost.length;
        Status[] status = new Status[n];
        double[] incremental = new double[n];
        Arrays.fill(incremental, Double.NaN);
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(cost[i]) || !Double.isFinite(effect[i])) status[i] = Status.UNKNOWN;
            else candidates.add(i);
        }
        for (int i : candidates) {
            status[i] = Status.FRONTIER;
            for (int j : candidates) {
                boolean noWorse = cost[j] <= cost[i] && effect[j] >= effect[i];
                boolean better = cost[j] < cost[i] || effect[j] > effect[i];
                if (j != i && noWorse && better) {
                    status[i] = Status.DOMINATED;
                    break;
                }
            }
        }
        // Equal in both: keep the first (the simpler portfolio: fewer and lower levels come first).
        List<Integer> left = new ArrayList<>();
        for (int i : candidates) {
            if (status[i] != Status.FRONTIER) continue;
            boolean twin = false;
            for (int j : left) twin |= cost[j] == cost[i] && effect[j] == effect[i];
            if (twin) status[i] = Status.DOMINATED;
            else left.add(i);
        }
        left.sort(Comparator.<Integer>comparingDouble(i -> cost[i]).thenComparingInt(i -> i));
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int k = 1; k + 1 < left.size(); k++) {
                int a = left.get(k - 1);
                int b = left.get(k);
                int c = left.get(k + 1);
                double here = (cost[b] - cost[a]) / (effect[b] - effect[a]);
                double next = (cost[c] - cost[b]) / (effect[c] - effect[b]);
                if (here > next) {
                    status[b] = Status.EXTENDED_DOMINATED;
                    left.remove(k);
                    changed = true;
                    break;
                }
            }
        }
        for (int k = 1; k < left.size(); k++) {
            int a = left.get(k - 1);
            int b = left.get(k);
            incremental[b] = (cost[b] - cost[a]) / (effect[b] - effect[a]);
        }
        return new Plane(status, incremental, left.stream().mapToInt(Integer::intValue).toArray());
    }
}
