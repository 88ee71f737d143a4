package org.bordersim.design;

import ec.util.MersenneTwisterFast;

/**
 * Morris's one-at-a-time trajectories on a grid of p levels {0, 1/(p-1), ..., 1}: each
 * trajectory starts at a random grid point and moves every parameter once, in random order, by
 * delta = p / (2 (p - 1)), upwards if that stays inside [0, 1] and downwards otherwise. A
 * trajectory is k + 1 points; point t (k + 1) + s is step s of trajectory t.
 */
public final class MorrisDesign implements SweepDesign {
    private final int k;
    private final double delta;
    private final double[][] u;
    private final int[][] moved;
    private final double[][] step;

    public MorrisDesign(int trajectories, int parameters, int levels, long seed) {
        this.k = parameters;
        this.delta = levels / (2.0 * (levels - 1));
        MersenneTwisterFast random = new MersenneTwisterFast(seed);
        u = new double[trajectories * (k + 1)][];
        moved = new int[trajectories][k];
        step = new double[trajectories][k];
        int[] order = new int[k];
        for (int t = 0; t < trajectories; t++) {
            double[] x = new double[k];
            for (int i = 0; i < k; i++) x[i] = random.nextInt(levels) / (double) (levels - 1);
            for (int i = 0; i < k; i++) order[i] = i;
            for (int i = k - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int tmp = order[i];
                order[i] = order[j];
                order[j] = tmp;
            }
            u[t * (k + 1)] = x.clone();
            for (int s = 0; s < k; s++) {
                int i = order[s];
                double d = x[i] + delta <= 1 + 1e-12 ? delta : -delta;
                x[i] = Math.min(1, Math.max(0, x[i] + d));
                moved[t][s] = i;
                step[t][s] = d;
                u[t * (k + 1) + s + 1] = x.clone();
            }
        }
    }

    public static long size(int trajectories, int parameters) {
        return (long) trajectories * (parameters + 1);
    }

    @Override
    public String type() {
        return "morris";
    }

    @Override
    public int points() {
        return u.length;
    }

    public int trajectories() {
        return moved.length;
    }

    public double delta() {
        return delta;
    }

    /** The parameter moved at step s (0-based) of trajectory t. */
    public int moved(int trajectory, int s) {
        return moved[trajectory][s];
    }

    /** The signed move at step s of trajectory t, on the unit scale. */
    public double step(int trajectory, int s) {
        return step[trajectory][s];
    }

    /** The point before step s of trajectory t (the point after is this + 1). */
    public int pointBefore(int trajectory, int s) {
        return trajectory * (k + 1) + s;
    }

    @Override
    public double position(int point, int parameter) {
        return u[point][parameter];
    }
}
