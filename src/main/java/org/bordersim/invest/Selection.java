package org.bordersim.invest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.bordersim.metrics.Metric;

/**
 * Ranking and selection of the best portfolio by Kim and Nelson's fully sequential procedure
 * (KN; Kim, S.-H. and Nelson, B. L., 2001, "A fully sequential procedure for indifference-zone
 * selection in simulation", ACM TOMACS 11(3), 251-273). It is valid with common random numbers,
 * because it works on the variance of each pair's differences.
 *
 * <p>From the first n0 replications of the k contenders it takes the variance S2 of every pair's
 * difference and h2 = 2 eta (n0 - 1), with eta = ((2 alpha / (k - 1))^(-2 / (n0 - 1)) - 1) / 2. After
 * every replication r it drops contender i if its mean falls below another's by more than
 * W = max(0, delta / (2r) (h2 S2 / delta2 - r)). When one is left it is the best, or within the
 * indifference zone delta of the best, with probability at least 1 - alpha (if the outcome's
 * differences are normal). The procedure is screened here replication by replication, whatever
 * the size of the batches in which replications are run.
 */
public final class Selection {
    /**
     * @param indifference    delta: the smallest difference in the outcome worth telling apart
     * @param confidence      1 - alpha
     * @param maxReplications the run budget: most replications of any contender
     * @param batch           replications added to every remaining contender per round
     */
    public record Settings(double indifference, double confidence, int maxReplications, int batch) {
    }

    private final int[] contenders;
    private final double h2;
    private final double delta;
    private final double[][] variance;
    private final boolean[] alive;
    private final double[] sum;
    private final int n0;
    /** The first replication of the first stage: replications before it (a search's) are not used. */
    private final int from;
    /** Replications screened so far, counted from replication 0 (so from + the replications used). */
    private int screened;
    private int rounds;
    private int[] finalists;
    private boolean incomplete;

    private Selection(int[] contenders, double[][] firstStage, int from, Settings settings) {
        this.contenders = contenders;
        this.from = from;
        this.delta = settings.indifference();
        this.n0 = firstStage.length == 0 ? 0 : firstStage[0].length;
        int k = contenders.length;
        double alpha = 1 - settings.confidence();
        double eta = k < 2 ? 0 : 0.5 * (Math.pow(2 * alpha / (k - 1), -2.0 / (n0 - 1)) - 1);
        this.h2 = 2 * eta * (n0 - 1);
        this.variance = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int l = i + 1; l < k; l++) {
                double mean = 0;
                for (int r = 0; r < n0; r++) mean += firstStage[i][r] - firstStage[l][r];
                mean /= n0;
                double ss = 0;
                for (int r = 0; r < n0; r++) {
                    double d = firstStage[i][r] - firstStage[l][r] - mean;
                    ss += d * d;
                }
                variance[i][l] = variance[l][i] = ss / (n0 - 1);
            }
        }
        this.alive = new boolean[k];
        Arrays.fill(alive, true);
        this.sum = new double[k];
        this.finalists = contenders.clone();
    }

    /**
     * Starts the procedure on the contenders' replications {@code from} to {@code from + n0} (all must be
     * recorded), and screens them. A first stage that did not choose the contenders keeps the
     * guarantee: after a search, pass replications run afresh for them.
     */
    public static Selection start(int[] contenders, PortfolioRuns runs, Metric outcome, int from, int n0, Settings settings) {
        double[][] first = new double[contenders.length][];
        for (int i = 0; i < contenders.length; i++) first[i] = Arrays.copyOfRange(runs.of(contenders[i], outcome), from, from + n0);
        Selection s = new Selection(contenders, first, from, settings);
        // KN screens first at r = n0, on the first-stage means; then after every further replication.
        for (int i = 0; i < contenders.length; i++) for (int r = 0; r < n0; r++) s.sum[i] += first[i][r];
        s.screened = from + n0;
        s.eliminate();
        return s;
    }

    /** Screens replication by replication up to replication {@code available} (exclusive) of every contender still in. */
    public void screen(PortfolioRuns runs, Metric outcome, int available) {
        int k = contenders.length;
        while (screened < available && remaining() > 1 && !incomplete) {
            // Replications beyond the first stage, one at a time.
            int r = screened;
            for (int i = 0; i < k; i++) {
                if (alive[i] && Double.isNaN(runs.of(contenders[i], outcome)[r])) incomplete = true;
            }
            if (incomplete) return;
            for (int i = 0; i < k; i++) if (alive[i]) sum[i] += runs.of(contenders[i], outcome)[r];
            screened = r + 1;
            eliminate();
        }
    }

    /** One screening at r = screened: drops every contender more than W behind another still in before this screening. */
    private void eliminate() {
        int k = contenders.length;
        boolean[] before = alive.clone();
        int r = screened - from;
        for (int i = 0; i < k; i++) {
            if (!before[i]) continue;
            for (int l = 0; l < k && alive[i]; l++) {
                if (l == i || !before[l]) continue;
                double w = Math.max(0, delta / (2.0 * r) * (h2 * variance[i][l] / (delta * delta) - r));
                if (sum[i] / r < sum[l] / r - w) alive[i] = false;
            }
        }
    }

    /** True if a contender still in lacks a replication (a failed run): the procedure stopped there. */
    public boolean incomplete() {
        return incomplete;
    }

    /** Marks the start of a round: the contenders still in are its finalists. */
    public void startRound() {
        rounds++;
        finalists = survivors();
    }

    public int remaining() {
        int n = 0;
        for (boolean a : alive) if (a) n++;
        return n;
    }

    /** The portfolios still in, in contender order. */
    public int[] survivors() {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < contenders.length; i++) if (alive[i]) out.add(contenders[i]);
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Replications used so far by the contenders still in (from the first stage on). */
    public int screened() {
        return screened - from;
    }

    public int rounds() {
        return rounds;
    }

    /** The contenders of the last round (all of them if no round ran). */
    public int[] finalists() {
        return finalists.clone();
    }

    /**
     * How often {@code selected} has the highest mean among the finalists when their common
     * replications are resampled with replacement (pairs kept together, as common random numbers
     * make them), replications {@code from} to {@code to}: an estimate of the probability that it is
     * truly the best of them, given these replications. 1 when it is the only finalist.
     */
    public static double bootstrapProbabilityBest(int selected, int[] finalists, PortfolioRuns runs, Metric outcome, int from, int to,
                                                  long seed) {
        if (finalists.length < 2) return 1;
        double[][] x = new double[finalists.length][];
        for (int i = 0; i < finalists.length; i++) x[i] = Arrays.copyOfRange(runs.of(finalists[i], outcome), from, to);
        int replications = to - from;
        int me = -1;
        for (int i = 0; i < finalists.length; i++) if (finalists[i] == selected) me = i;
        if (me < 0) throw new IllegalArgumentException("portfolio " + selected + " is not a finalist");
        RandomGenerator random = new Well19937c(seed);
        int resamples = 2000;
        int wins = 0;
        int[] pick = new int[replications];
        for (int b = 0; b < resamples; b++) {
            for (int r = 0; r < replications; r++) pick[r] = random.nextInt(replications);
            double best = Double.NEGATIVE_INFINITY;
            int arg = -1;
            for (int i = 0; i < x.length; i++) {
                double s = 0;
                for (int r : pick) s += x[i][r];
                if (s > best) {
                    best = s;
                    arg = i;
                }
            }
            if (arg == me) wins++;
        }
        return wins / (double) resamples;
    }
}
