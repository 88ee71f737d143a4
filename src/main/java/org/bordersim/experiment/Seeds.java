package org.bordersim.experiment;

/**
 * Seed of replication {@code i} of a run with base seed {@code s}: the SplitMix64 finaliser of
 * {@code s * 0x9E3779B97F4A7C15 + i + 1}, with the sign bit cleared. Distinct replications get
 * well-mixed, distinct seeds; the derivation is documented so others can reproduce one run.
 */
public final class Seeds {
    private Seeds() {
    }

    public static long replication(long baseSeed, int replication) {
        long z = baseSeed * 0x9E3779B97F4A7C15L + replication + 1;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z = z ^ (z >>> 31);
        return z & Long.MAX_VALUE;
    }
}
