package org.bordersim.design;

import ec.util.MersenneTwisterFast;

/**
 * n points such that, for every parameter, each of the n equal strata of [0, 1] holds exactly
 * one point (McKay, Beckman and Conover 1979): a random permutation of strata per parameter and
 * a uniform position inside each stratum.
 */
public final class LatinHypercubeDesign implements SweepDesign {
    private final double[][] u;

    public LatinHypercubeDesign(int samples, int parameters, long seed) {
        MersenneTwisterFast random = new MersenneTwisterFast(seed);
        u = new double[samples][parameters];
        int[] strata = new int[samples];
        for (int i = 0; i < parameters; i++) {
            for (int j = 0; j < samples; j++) strata[j] = j;
            for (int j = samples - 1; j > 0; j--) {
                int k = random.nextInt(j + 1);
                int t = strata[j];
                strata[j] = strata[k];
                strata[k] = t;
            }
            for (int j = 0; j < samples; j++) u[j][i] = (strata[j] + random.nextDouble()) / samples;
        }
    }

    @Override
    public String type() {
        return "latin-hypercube";
    }

    @Override
    public int points() {
        return u.length;
    }

    @Override
    public double position(int point, int parameter) {
        return u[point][parameter];
    }
}
