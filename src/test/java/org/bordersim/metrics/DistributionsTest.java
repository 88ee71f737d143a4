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

    /**
     * The chance level of the total-variation distance, worked by hand: one crossing in each quarter is always at
     * distance 1; two and two at two places split (hypergeometrically) 1:4:1 into distances 1, 0, 1, so 1/3.
     */
    @Test
    void totalVariationNoiseIsTheExactChanceLevel() {
        assertEquals(1.0, Distributions.totalVariationNoise(new long[] {1, 0}, new long[] {0, 1}), 1e-12);
        assertEquals(1.0 / 3, Distributions.totalVariationNoise(new long[] {1, 1}, new long[] {1, 1}), 1e-12);
        assertEquals(1.0 / 3, Distributions.totalVariationNoise(new long[] {2, 0}, new long[] {0, 2}), 1e-12, "only the totals matter");
        assertTrue(Double.isNaN(Distributions.totalVariationNoise(new long[] {2, 0}, new long[] {0, 0})));
        // Large samples from one distribution: the noise shrinks like 1/sqrt(n).
        double small = Distributions.totalVariationNoise(new long[] {50, 50}, new long[] {50, 50});
        double large = Distributions.totalVariationNoise(new long[] {5000, 5000}, new long[] {5000, 5000});
        assertEquals(10, small / large, 0.5);
    }
}
