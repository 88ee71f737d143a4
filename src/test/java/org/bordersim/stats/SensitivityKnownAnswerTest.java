package org.bordersim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bordersim.design.MorrisDesign;
import org.bordersim.design.SaltelliDesign;
import org.junit.jupiter.api.Test;

/**
 * The sensitivity estimators against functions whose answers are known in closed form: the
 * Ishigami function's Sobol indices (Ishigami and Homma 1990; Saltelli et al. 2008) and a Morris
 * screening of a function with an inert input. The designs are the sweep's own.
 */
class SensitivityKnownAnswerTest {
    private static final double A = 7;
    private static final double B = 0.1;

    /** Ishigami on [-pi, pi]^3. */
    private static double ishigami(double u1, double u2, double u3) {
        double x1 = -Math.PI + 2 * Math.PI * u1;
        double x2 = -Math.PI + 2 * Math.PI * u2;
        double x3 = -Math.PI + 2 * Math.PI * u3;
        return Math.sin(x1) + A * Math.sin(x2) * Math.sin(x2) + B * Math.pow(x3, 4) * Math.sin(x1);
    }

    @Test
    void sobolIndicesOfTheIshigamiFunctionMatchTheirAnalyticValues() {
        double pi4 = Math.pow(Math.PI, 4);
        double v1 = 0.5 * Math.pow(1 + B * pi4 / 5, 2);
        double v2 = A * A / 8;
        double v13 = B * B * Math.pow(Math.PI, 8) * (1.0 / 18 - 1.0 / 50);
        double v = v1 + v2 + v13;
        double[] first = {v1 / v, v2 / v, 0};
        double[] total = {(v1 + v13) / v, v2 / v, v13 / v};
        // The textbook values, so a slip in the closed forms above cannot hide one in the estimator.
        assertEquals(0.3139, first[0], 1e-4);
        assertEquals(0.4424, first[1], 1e-4);
        assertEquals(0.5576, total[0], 1e-4);
        assertEquals(0.2437, total[2], 1e-4);

        int n = 8192;
        SaltelliDesign design = new SaltelliDesign(n, 3);
        double[] f = new double[design.points()];
        for (int p = 0; p < f.length; p++) f[p] = ishigami(design.position(p, 0), design.position(p, 1), design.position(p, 2));
        double[] fA = new double[n];
        double[] fB = new double[n];
        double[][] fAB = new double[3][n];
        for (int j = 0; j < n; j++) {
            fA[j] = f[design.pointA(j)];
            fB[j] = f[design.pointB(j)];
            for (int i = 0; i < 3; i++) fAB[i][j] = f[design.pointAB(j, i)];
        }
        SobolIndices.Index[] s = SobolIndices.estimate(fA, fB, fAB, 200, 1);
        for (int i = 0; i < 3; i++) {
            assertEquals(first[i], s[i].first(), 0.02, "S" + (i + 1));
            assertEquals(total[i], s[i].total(), 0.02, "ST" + (i + 1));
            assertTrue(s[i].firstLow() <= s[i].first() && s[i].first() <= s[i].firstHigh(), "bootstrap interval brackets S" + (i + 1));
            assertTrue(s[i].totalHigh() - s[i].totalLow() < 0.1, "bootstrap interval of ST" + (i + 1) + " is informative");
        }
        // Indices describe variance, so adding a constant (an output far from 0, like skill ~ 0.85)
        // must not change them: the first-order estimator needs f centred to stay precise.
        double[] shiftA = fA.clone();
        double[] shiftB = fB.clone();
        double[][] shiftAB = new double[3][];
        for (int j = 0; j < n; j++) {
            shiftA[j] += 1000;
            shiftB[j] += 1000;
        }
        for (int i = 0; i < 3; i++) {
            shiftAB[i] = fAB[i].clone();
            for (int j = 0; j < n; j++) shiftAB[i][j] += 1000;
        }
        SobolIndices.Index[] shifted = SobolIndices.estimate(shiftA, shiftB, shiftAB, 0, 1);
        for (int i = 0; i < 3; i++) assertEquals(s[i].first(), shifted[i].first(), 1e-6, "S" + (i + 1) + " with f + 1000");
    }

    @Test
    void morrisFindsTheInertInputAndRanksTheOthers() {
        // f = 1 x1 + 5 x2^2 + 0 x3: x3 is inert, x2 matters most and is non-linear.
        int trajectories = 40;
        MorrisDesign design = new MorrisDesign(trajectories, 3, 4, 99);
        double[] f = new double[design.points()];
        for (int p = 0; p < f.length; p++) {
            double x1 = design.position(p, 0);
            double x2 = design.position(p, 1);
            f[p] = x1 + 5 * x2 * x2;
        }
        ElementaryEffects ee = new ElementaryEffects(3);
        for (int t = 0; t < trajectories; t++) {
            for (int s = 0; s < 3; s++) {
                int before = design.pointBefore(t, s);
                ee.add(design.moved(t, s), f[before], f[before + 1], design.step(t, s));
            }
        }
        assertEquals(0.0, ee.effect(2).muStar(), 0.0, "inert input");
        assertEquals(1.0, ee.effect(0).muStar(), 1e-12, "linear input: constant effect");
        assertEquals(0.0, ee.effect(0).sigma(), 1e-12, "linear input: no spread");
        assertTrue(ee.effect(1).muStar() > 3, "x2 dominates: " + ee.effect(1).muStar());
        assertTrue(ee.effect(1).sigma() > 1, "x2 is non-linear: " + ee.effect(1).sigma());
        assertEquals(trajectories, ee.effect(2).n());
    }

    @Test
    void morrisStepsAreOneParameterAtATimeByDelta() {
        MorrisDesign design = new MorrisDesign(10, 4, 4, 5);
        assertEquals(2.0 / 3, design.delta(), 1e-12);
        for (int t = 0; t < 10; t++) {
            for (int s = 0; s < 4; s++) {
                int before = design.pointBefore(t, s);
                for (int i = 0; i < 4; i++) {
                    double change = design.position(before + 1, i) - design.position(before, i);
                    double expected = i == design.moved(t, s) ? design.step(t, s) : 0;
                    assertEquals(expected, change, 1e-12);
                }
            }
        }
    }
}
