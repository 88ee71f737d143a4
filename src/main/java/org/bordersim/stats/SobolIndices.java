package org.bordersim.stats;

import java.util.Arrays;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * First-order and total Sobol sensitivity indices from Saltelli's sampling scheme: two
 * independent sample matrices A and B (N rows each) and, for every input i, the matrix A_B^i
 * that is A with column i taken from B. Estimators (Saltelli et al. 2010, Table 2):
 * first order S_i = mean((f(B) - f0) (f(A_B^i) - f(A))) / V (Saltelli 2010, with f centred on its
 * mean f0 as SALib does) and total
 * S_Ti = mean((f(A) - f(A_B^i))^2) / (2V) (Jansen 1999), with V the variance of f over A and B
 * together. Confidence intervals come from a percentile bootstrap over the N rows.
 */
public final class SobolIndices {
    private SobolIndices() {
    }

    /** One input's indices with their bootstrap 95% intervals (NaN when no bootstrap was asked). */
    public record Index(double first, double firstLow, double firstHigh, double total, double totalLow, double totalHigh) {
    }

    /**
     * @param fA  f at the N rows of A
     * @param fB  f at the N rows of B
     * @param fAB fAB[i][j] = f at row j of A_B^i
     * @param bootstrap resamples for the intervals (0: none)
     * @param seed      seed of the resampling, so the intervals are reproducible
     */
    public static Index[] estimate(double[] fA, double[] fB, double[][] fAB, int bootstrap, long seed) {
        int n = fA.length;
        int k = fAB.length;
        int[] all = new int[n];
        for (int j = 0; j < n; j++) all[j] = j;
        double[][] point = indices(fA, fB, fAB, all);
        double[][][] boot = new double[bootstrap][][];
        RandomGenerator random = new Well19937c(seed);
        int[] rows = new int[n];
        for (int b = 0; b < bootstrap; b++) {
            for (int j = 0; j < n; j++) rows[j] = random.nextInt(n);
            boot[b] = indices(fA, fB, fAB, rows);
        }
        Index[] out = new Index[k];
        for (int i = 0; i < k; i++) {
            double[] first = new double[bootstrap];
            double[] total = new double[bootstrap];
            for (int b = 0; b < bootstrap; b++) {
                first[b] = boot[b][0][i];
                total[b] = boot[b][1][i];
            }
            out[i] = new Index(point[0][i], percentile(first, 2.5), percentile(first, 97.5),
                    point[1][i], percentile(total, 2.5), percentile(total, 97.5));
        }
        return out;
    }

    /** [0][i] first-order, [1][i] total index of input i, over the given rows (with repeats). */
    private static double[][] indices(double[] fA, double[] fB, double[][] fAB, int[] rows) {
        int n = rows.length;
        int k = fAB.length;
        double sum = 0;
        double sumSq = 0;
        for (int j : rows) {
            sum += fA[j] + fB[j];
            sumSq += fA[j] * fA[j] + fB[j] * fB[j];
        }
        double mean = sum / (2.0 * n);
        double variance = sumSq / (2.0 * n) - mean * mean;
        double[][] s = new double[2][k];
        for (int i = 0; i < k; i++) {
            double first = 0;
            double total = 0;
            for (int j : rows) {
                // Centring f(B) leaves the estimator's expectation unchanged (E[f(A_B) - f(A)] = 0)
                // but removes a variance term in mean^2: outputs such as skill (0.85 +- 0.03)
                // would otherwise give first-order indices of +-3.
                first += (fB[j] - mean) * (fAB[i][j] - fA[j]);
                double d = fA[j] - fAB[i][j];
                total += d * d;
            }
            s[0][i] = variance > 0 ? first / n / variance : Double.NaN;
            s[1][i] = variance > 0 ? total / (2.0 * n) / variance : Double.NaN;
        }
        return s;
    }

    private static double percentile(double[] values, double p) {
        if (values.length == 0) return Double.NaN;
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double rank = p / 100 * (sorted.length - 1);
        int lo = (int) Math.floor(rank);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (rank - lo) * (sorted[hi] - sorted[lo]);
    }
}
