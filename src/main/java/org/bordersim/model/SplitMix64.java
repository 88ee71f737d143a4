package org.bordersim.model;

/**
 * SplitMix64 (Steele, Lea and Flood 2014; the JDK's splittable generator uses it too): its
 * finaliser derives well-mixed, distinct seeds from (seed, index) pairs (replication seeds from a
 * base seed, the model's random streams from a replication seed), and its one-long state makes
 * a generator small enough for every courier to carry its own.
 */
public final class SplitMix64 {
    private SplitMix64() {
    }

    static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    /** mix(s, i) = finalise(s * 0x9E3779B97F4A7C15 + i + 1), sign bit cleared. */
    public static long mix(long seed, long index) {
        return finalise(seed * GOLDEN_GAMMA + index + 1) & Long.MAX_VALUE;
    }

    static long finalise(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The uniform in [0, 1) that follows {@code state} (the caller advances state by GOLDEN_GAMMA). */
    static double uniform(long state) {
        return (finalise(state) >>> 11) * 0x1.0p-53;
    }
}
