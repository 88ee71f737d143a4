package org.bordersim.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DistributionsTest {
    @Test
    void entropyOfUniformOverFourPlacesIsTwoBits() {
        assertEquals(2.0, Distributions.entropyBits(new long[] {5, 5, 5, 5}), 1e-12);
        assertEquals(0.0, Distributions.entropyBits(new long[] {0, 9, 0}), 1e-12);
        assertTrue(Double.isNaN(Distributions.entropyBits(new long[] {0, 0})));
    }

    @Test
    void totalVariationIsHalfTheL1DistanceOfShares() {
        assertEquals(0.0, Distributions.totalVariation(new long[] {1, 3}, new long[] {10, 30}), 1e-12);
        assertEquals(1.0, Distributions.totalVariation(new long[] {4, 0}, new long[] {0, 7}), 1e-12);
        assertEquals(0.25, Distributions.totalVariation(new long[] {1, 1}, new long[] {3, 1}), 1e-12);
        assertTrue(Double.isNaN(Distributions.totalVariation(new long[] {0, 0}, new long[] {1, 1})));
    }
}
