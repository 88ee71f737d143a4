package org.bordersim.experiment;

import org.bordersim.model.SplitMix64;

/**
 * Seed of replication {@code i} of a run with base seed {@code s}: the SplitMix64 finaliser of
 * {@code s * 0x9E3779B97F4A7C15 + i + 1}, with the sign bit cleared. Distinct replications get
 * well-mixed, distinct seeds; the derivation is documented so others can reproduce one run.
 */
public final class Seeds {
    private Seeds() {
    }

    /** How a run's or comparison's replication seeds derive from the base seed, in words, for manifests. */
    public static final String REPLICATIONS = "seed(i) = mix(baseSeed, i), mix(s, i) = SplitMix64(s * 0x9E3779B97F4A7C15 + i + 1) & Long.MAX_VALUE";

    /** How a sweep's run seeds derive from its base seed, in words, for manifests. */
    public static String sweepRuns(boolean commonRandomNumbers) {
        return commonRandomNumbers
                ? "seed(point, r) = mix(baseSeed, r) (common random numbers), mix(s, i) = SplitMix64(s * 0x9E3779B97F4A7C15 + i + 1) & Long.MAX_VALUE"
                : "seed(point, r) = mix(mix(baseSeed, point), r), mix(s, i) = SplitMix64(s * 0x9E3779B97F4A7C15 + i + 1) & Long.MAX_VALUE";
    }

    public static long replication(long baseSeed, int replication) {
        return mix(baseSeed, replication);
    }

    /**
     * Seed of replication {@code r} at point {@code p} of a sweep with base seed {@code s}:
     * {@code replication(replication(s, p), r)}. With common random numbers the point is left
     * out: {@code replication(s, r)}, the seed {@code run} would use.
     */
    public static long sweepRun(long baseSeed, int point, int replication, boolean commonRandomNumbers) {
        return commonRandomNumbers ? mix(baseSeed, replication) : mix(mix(baseSeed, point), replication);
    }

    /** Seed of a sweep design's own random choices (Latin hypercube, Morris), apart from every run's. */
    public static long design(long baseSeed) {
        return mix(baseSeed, -2);
    }

    /** How a calibration's seeds derive from its base seed, in words, for manifests. */
    public static final String CALIBRATION = "proposals of generation t: MersenneTwister(mix(baseSeed, -1 - t)); "
            + "simulation i of generation t: mix(mix(baseSeed, t), i), its replication r: mix(that, r), its observation "
            + "errors: MersenneTwister(mix(that, -1))";

    /** Seed of the random stream that draws a calibration's proposals in generation {@code generation}. */
    public static long calibrationProposals(long baseSeed, int generation) {
        return mix(baseSeed, -1L - generation);
    }

    /** Seed of simulation {@code index} of a calibration's generation {@code generation}. */
    public static long calibrationSimulation(long baseSeed, int generation, int index) {
        return mix(mix(baseSeed, generation), index);
    }

    /** Seed of the draws of observation error added to one calibration simulation's targets. */
    public static long observationError(long simulationSeed) {
        return mix(simulationSeed, -1);
    }

    private static long mix(long baseSeed, long index) {
        return SplitMix64.mix(baseSeed, index);
    }
}
