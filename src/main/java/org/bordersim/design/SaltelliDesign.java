package org.bordersim.design;

import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * Saltelli's scheme for Sobol indices with N base samples and k parameters: rows of two
 * matrices A and B taken from one 2k-dimensional Sobol low-discrepancy sequence, and for each
 * parameter i the matrix A_B^i (A with column i from B). The sequence's first two points are
 * skipped: all zeros, and all halves, where A and B would coincide and the row tell nothing.
 * Points are grouped by row: point j (k + 2) is A_j, then B_j, then A_B^1_j ... A_B^k_j.
 */
public final class SaltelliDesign implements SweepDesign {
    private final int samples;
    private final int k;
    private final double[][] rows;

    public SaltelliDesign(int samples, int parameters) {
        this.samples = samples;
        this.k = parameters;
        SobolSequenceGenerator sobol = new SobolSequenceGenerator(2 * parameters);
        sobol.skipTo(2);
        rows = new double[samples][];
        for (int j = 0; j < samples; j++) rows[j] = sobol.nextVector();
    }

    public static long size(int samples, int parameters) {
        return (long) samples * (parameters + 2);
    }

    @Override
    public String type() {
        return "sobol";
    }

    @Override
    public int points() {
        return samples * (k + 2);
    }

    public int samples() {
        return samples;
    }

    /** Point of row j of A. */
    public int pointA(int row) {
        return row * (k + 2);
    }

    /** Point of row j of B. */
    public int pointB(int row) {
        return row * (k + 2) + 1;
    }

    /** Point of row j of A_B^i. */
    public int pointAB(int row, int parameter) {
        return row * (k + 2) + 2 + parameter;
    }

    @Override
    public double position(int point, int parameter) {
        int row = point / (k + 2);
        int m = point % (k + 2);
        boolean fromB = m == 1 || (m >= 2 && m - 2 == parameter);
        return rows[row][fromB ? k + parameter : parameter];
    }
}
