package org.bordersim.invest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.bordersim.metrics.Metric;
import org.junit.jupiter.api.Test;

class SelectionTest {
    private static final Metric OUT = Metric.VALUE_SEIZED;

    /** Normal outcomes with a shared (common random numbers) and an own part: means[i] + z_r + e_ir. */
    private static PortfolioRuns normal(double[] means, double sdCommon, double sdOwn, int replications, SplittableRandom random) {
        PortfolioRuns runs = PortfolioRuns.empty(List.of(OUT), replications);
        for (int r = 0; r < replications; r++) {
            double common = sdCommon * gaussian(random);
            for (int i = 0; i < means.length; i++) runs.record(i, OUT, r, means[i] + common + sdOwn * gaussian(random));
        }
        return runs;
    }

    private static double gaussian(SplittableRandom random) {
        // Box-Muller: two uniforms give one standard normal.
        double u = 1 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    /** Runs KN to the end as the invest command does: screen every new replication until one is left or the budget is spent. */
    private static int[] select(PortfolioRuns runs, int k, int n0, Selection.Settings settings) {
        int[] contenders = new int[k];
        for (int i = 0; i < k; i++) contenders[i] = i;
        Selection s = Selection.start(contenders, runs, OUT, 0, n0, settings);
        for (int have = n0; s.remaining() > 1 && have < settings.maxReplications(); have += settings.batch()) {
            s.startRound();
            s.screen(runs, OUT, Math.min(settings.maxReplications(), have + settings.batch()));
        }
        return s.survivors();
    }

    /**
     * In the least favourable configuration (the best exactly one indifference zone above four equal
     * others) KN must pick the best in at least 95% of macro-replications. 400 of them, seeded: the
     * lower end of the 95% CI of the observed share must stay above 0.93 (KN is conservative, so
     * the share is usually near 0.99; a wrong h2 or a missing factor of two in W fails this).
     */
    @Test
    void theBestIsSelectedWithAtLeastTheAskedProbabilityInTheLeastFavourableConfiguration() {
        double delta = 0.5;
        double[] means = {0, 0, 0, 0, delta};
        Selection.Settings settings = new Selection.Settings(delta, 0.95, 2000, 5);
        SplittableRandom random = new SplittableRandom(20261123);
        int macro = 400;
        int correct = 0;
        long replications = 0;
        for (int m = 0; m < macro; m++) {
            PortfolioRuns runs = normal(means, 1.0, 1.0, 2000, random);
            int[] left = select(runs, means.length, 10, settings);
            assertEquals(1, left.length, "the budget of 2,000 replications is never spent here");
            if (left[0] == 4) correct++;
        }
        double p = correct / (double) macro;
        double low = p - 1.96 * Math.sqrt(p * (1 - p) / macro);
        System.out.printf("KN: correct selection in %d of %d macro-replications (%.3f, CI low %.3f)%n", correct, macro, p, low);
        assertTrue(low >= 0.93, "probability of correct selection " + p);
    }

    @Test
    void aClearlyWorseContenderIsDroppedAtTheFirstScreeningAndEqualOnesSurviveUntilTheBudgetIsSpent() {
        SplittableRandom random = new SplittableRandom(7);
        PortfolioRuns runs = normal(new double[] {10, 10, -100}, 5, 1, 40, random);
        Selection.Settings settings = new Selection.Settings(0.01, 0.95, 40, 10);
        Selection s = Selection.start(new int[] {0, 1, 2}, runs, OUT, 0, 10, settings);
        assertArrayEquals(new int[] {0, 1}, s.survivors(), "100 below the others with a difference sd of about 1.4");
        assertEquals(10, s.screened());
        int[] left = select(runs, 3, 10, settings);
        assertEquals(2, left.length, "two equal portfolios cannot be separated within an indifference of 0.01 in 40 replications");
    }

    @Test
    void theBootstrapProbabilityIsNearOneForAClearLeaderAndNearAHalfBetweenTwins() {
        SplittableRandom random = new SplittableRandom(11);
        PortfolioRuns clear = normal(new double[] {0, 5}, 1, 1, 30, random);
        assertTrue(Selection.bootstrapProbabilityBest(1, new int[] {0, 1}, clear, OUT, 0, 30, 3) > 0.99);
        PortfolioRuns close = normal(new double[] {0, 0}, 1, 1, 30, random);
        double p = Selection.bootstrapProbabilityBest(1, new int[] {0, 1}, close, OUT, 0, 30, 3);
        assertTrue(p > 0.02 && p < 0.98, "two portfolios with equal means: neither is sure to be best, found " + p);
    }
}
