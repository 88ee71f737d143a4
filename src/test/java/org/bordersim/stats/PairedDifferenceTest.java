package org.bordersim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PairedDifferenceTest {
    @Test
    void matchesAHandComputedPairedTTest() {
        // Differences 1..5: mean 3, sd sqrt(2.5), t(0.975, 4) = 2.776445, t = 3 / (sd / sqrt 5) = 4.242641.
        PairedDifference d = PairedDifference.of(new double[] {10, 10, 10, 10, 10}, new double[] {11, 12, 13, 14, 15});
        assertEquals(5, d.n());
        assertEquals(3, d.meanDifference(), 1e-12);
        assertEquals(Math.sqrt(2.5), d.sdDifference(), 1e-12);
        double half = 2.776445 * Math.sqrt(2.5) / Math.sqrt(5);
        assertEquals(3 - half, d.ciLow(), 1e-5);
        assertEquals(3 + half, d.ciHigh(), 1e-5);
        assertEquals(0.013236, d.pValue(), 1e-5);
        assertEquals(0.3, d.relativeChange(), 1e-12);
        assertTrue(d.detectable());
        // Effect size 3 / sqrt(2.5) = 1.897: n = 4 needs (3.182 + 0.978) / 2 = 2.08, n = 5 needs (2.776 + 0.941) / 2.236 = 1.66.
        assertEquals(5, d.replicationsNeeded());
    }

    @Test
    void aScenarioAgainstItselfDiffersByExactlyNothing() {
        double[] x = {3, 1, 4, 1, 5, 9, 2, 6};
        PairedDifference d = PairedDifference.of(x, x.clone());
        assertEquals(0, d.meanDifference());
        assertEquals(0, d.ciLow());
        assertEquals(0, d.ciHigh());
        assertEquals(1, d.pValue());
        assertFalse(d.detectable());
        assertTrue(Double.isNaN(d.replicationsNeeded()));
    }

    @Test
    void undefinedReplicationsAreLeftOutOfThePairs() {
        PairedDifference d = PairedDifference.of(new double[] {1, Double.NaN, 3, 4}, new double[] {2, 5, Double.NaN, 6});
        assertEquals(2, d.n());
        assertEquals(1.5, d.meanDifference(), 1e-12);
    }

    @Test
    void aSmallNoisyDifferenceIsNotDetectableAndSaysHowManyRunsWouldBe() {
        double[] base = {10, 12, 9, 11, 10, 13, 8, 11, 10, 12};
        double[] alt = {10.5, 11, 10, 11.5, 9.5, 13.5, 8.5, 12, 10, 12.5};
        PairedDifference d = PairedDifference.of(base, alt);
        assertFalse(d.detectable());
        assertTrue(d.ciLow() < 0 && d.ciHigh() > 0);
        assertTrue(d.pValue() > 0.05);
        assertTrue(d.replicationsNeeded() > 10, "more than we ran: " + d.replicationsNeeded());
    }
}
