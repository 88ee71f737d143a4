package org.bordersim.calibrate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;

/**
 * The ABC-SMC machinery on a model whose posterior is known: one observation y = 1 of y = a + e, e ~ N(0, 1), with a
 * uniform prior on a over [-5, 5], so the posterior of a is N(1, 1) (truncation at +-5 is negligible); and a second
 * parameter b over [0, 10] that the simulation ignores, whose posterior must stay its prior (mean 5, sd 10 / sqrt 12).
 */
class AbcSmcTest {
    private static final AbcSmc.Simulator MODEL = (theta, seed) -> new double[] {theta[0] + new MersenneTwisterFast(seed).nextGaussian()};

    private static AbcSmc.Result run(int threads, AbcSmc.Journal journal) throws InterruptedException {
        AbcSmc abc = new AbcSmc(new double[] {-5, 0}, new double[] {5, 10},
                new AbcSmc.Settings(2000, 0.5, 0.05, 0, 200_000), 7, MODEL, sim -> Math.abs(sim[0] - 1.0), journal, threads);
        return abc.run(g -> { });
    }

    private static double[] meanAndSd(AbcSmc.Generation g, int k) {
        double mean = 0;
        for (int i = 0; i < g.theta().length; i++) mean += g.weights()[i] * g.theta()[i][k];
        double var = 0;
        for (int i = 0; i < g.theta().length; i++) var += g.weights()[i] * Math.pow(g.theta()[i][k] - mean, 2);
        return new double[] {mean, Math.sqrt(var)};
    }

    @Test
    void theKnownPosteriorIsRecoveredAndTheIgnoredParameterKeepsItsPrior() throws InterruptedException {
        AbcSmc.Result r = run(2, AbcSmc.NO_JOURNAL);
        AbcSmc.Generation last = r.last();
        assertEquals(AbcSmc.Stop.ACCEPTANCE, r.stop(), "it stops when the posterior no longer narrows");
        assertTrue(r.generations().size() >= 4, "generations: " + r.generations().size());
        double[] a = meanAndSd(last, 0);
        // 1,000 weighted particles: the mean's standard error is about 0.05 (more with uneven weights); ABC's tolerance
        // widens the posterior by about tolerance^2 / 3 in variance.
        assertEquals(1.0, a[0], 0.2, "posterior mean of a");
        assertTrue(a[1] > 0.9 && a[1] < 1.0 + last.tolerance(), "posterior sd of a: " + a[1] + ", tolerance " + last.tolerance());
        // Importance weights on one scale across generations: the sample is not carried by a few particles.
        assertTrue(last.effectiveSize() > 0.5 * last.theta().length, "effective sample size " + last.effectiveSize());
        double[] b = meanAndSd(last, 1);
        assertEquals(5.0, b[0], 0.6, "b's posterior mean stays the prior's");
        assertEquals(10 / Math.sqrt(12), b[1], 0.35, "b's posterior spread stays the prior's");
        for (int g = 1; g < r.generations().size(); g++) {
            assertTrue(r.generations().get(g).tolerance() <= r.generations().get(g - 1).tolerance(), "tolerance never grows");
        }
    }

    @Test
    void theThreadCountChangesNothing() throws InterruptedException {
        AbcSmc.Generation one = run(1, AbcSmc.NO_JOURNAL).last();
        AbcSmc.Generation two = run(2, AbcSmc.NO_JOURNAL).last();
        assertArrayEquals(one.distances(), two.distances());
        assertArrayEquals(one.weights(), two.weights());
        for (int i = 0; i < one.theta().length; i++) assertArrayEquals(one.theta()[i], two.theta()[i]);
    }
}
