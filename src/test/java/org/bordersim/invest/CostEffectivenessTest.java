package org.bordersim.invest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.bordersim.invest.CostEffectiveness.Status;
import org.junit.jupiter.api.Test;

class CostEffectivenessTest {
    @Test
    void dominatedAndExtendedDominatedAlternativesAreMarkedAndTheFrontierHasRisingIncrementalCosts() {
        // A textbook plane: B costs 10 for 5; C costs 20 for 6 (10 per unit over B), D costs 30 for 12 (10/6 per unit over C),
        // so C is extended-dominated (a mix of B and D does better for its money); E costs 15 for 4, dominated by B.
        double[] cost = {0, 10, 20, 30, 15};
        double[] effect = {0, 5, 6, 12, 4};
        CostEffectiveness.Plane plane = CostEffectiveness.of(cost, effect);
        assertArrayEquals(new Status[] {Status.FRONTIER, Status.FRONTIER, Status.EXTENDED_DOMINATED, Status.FRONTIER, Status.DOMINATED},
                plane.status());
        assertArrayEquals(new int[] {0, 1, 3}, plane.frontier());
        assertEquals(2.0, plane.incremental()[1], 1e-12);
        assertEquals(20.0 / 7.0, plane.incremental()[3], 1e-12);
        assertEquals(Double.NaN, plane.incremental()[2]);
    }

    @Test
    void theSameEffectAtTwiceThePriceIsDominatedAndAnExactTwinKeepsOnlyTheFirst() {
        double[] cost = {0, 100, 200, 100};
        double[] effect = {0, 7, 7, 7};
        CostEffectiveness.Plane plane = CostEffectiveness.of(cost, effect);
        assertEquals(Status.FRONTIER, plane.status()[1]);
        assertEquals(Status.DOMINATED, plane.status()[2]);
        assertEquals(Status.DOMINATED, plane.status()[3], "a twin of an earlier alternative");
    }

    @Test
    void anAlternativeWithoutAnEstimateIsLeftOffThePlane() {
        CostEffectiveness.Plane plane = CostEffectiveness.of(new double[] {0, Double.NaN, 5}, new double[] {0, 3, 1});
        assertEquals(Status.UNKNOWN, plane.status()[1]);
        assertArrayEquals(new int[] {0, 2}, plane.frontier());
    }
}
