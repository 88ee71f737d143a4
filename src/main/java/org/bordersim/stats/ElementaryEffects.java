package org.bordersim.stats;

import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * Morris screening: from the elementary effects EE_i = (f(x + delta e_i) - f(x)) / delta of
 * each input along r trajectories, mu* = mean |EE_i| (overall influence; Campolongo et al. 2007),
 * mu = mean EE_i (direction) and sigma = sd EE_i (non-linearity or interaction). Inputs are on
 * the unit scale, so an effect is "change of output when the input moves across its whole range".
 */
public final class ElementaryEffects {
    private final SummaryStatistics[] effects;
    private final SummaryStatistics[] absolute;

    public ElementaryEffects(int inputs) {
        effects = new SummaryStatistics[inputs];
        absolute = new SummaryStatistics[inputs];
        for (int i = 0; i < inputs; i++) {
            effects[i] = new SummaryStatistics();
            absolute[i] = new SummaryStatistics();
        }
    }

    /** One step of a trajectory: input {@code i} moved by {@code delta} (signed, unit scale). */
    public void add(int input, double before, double after, double delta) {
        if (!Double.isFinite(before) || !Double.isFinite(after)) return;
        double ee = (after - before) / delta;
        effects[input].addValue(ee);
        absolute[input].addValue(Math.abs(ee));
    }

    public record Effect(long n, double muStar, double mu, double sigma) {
    }

    public Effect effect(int input) {
        return new Effect(effects[input].getN(), absolute[input].getMean(), effects[input].getMean(),
                effects[input].getStandardDeviation());
    }
}
