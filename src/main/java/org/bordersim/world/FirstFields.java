package org.bordersim.world;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Fields with no memory of losses, computed once per world and copied by every group (of every
 * replication) that starts from the same inputs: the same destination cells, known post risk,
 * risk aversion and season. Such a field depends on nothing else, so a copy is the computation's
 * result to the bit, whichever replication or thread computed it first. Groups bound for the same
 * markets with the same attitudes to risk (the usual case on a long border) then pay for one
 * Dijkstra over the map instead of one each. Thread-safe; holds one field per distinct inputs for
 * the life of the world (12 bytes a cell).
 */
final class FirstFields {
    /** The inputs a field without memory depends on. */
    record Inputs(int[] destinations, double postRisk, double riskAversion, Season season) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Inputs other && Arrays.equals(destinations, other.destinations)
                    && Double.compare(postRisk, other.postRisk) == 0
                    && Double.compare(riskAversion, other.riskAversion) == 0
                    && season.equals(other.season);
        }

        @Override
        public int hashCode() {
            return Objects.hash(Arrays.hashCode(destinations), postRisk, riskAversion, season);
        }

        @Override
        public String toString() {
            return "Inputs[" + destinations.length + " destinations, post risk " + postRisk + ", aversion " + riskAversion
                    + ", " + season + "]";
        }
    }

    /** A computed field's costs and next cells; never modified once stored. */
    record Field(double[] cost, int[] next) {
    }

    private final Map<Inputs, Field> fields = new ConcurrentHashMap<>();

    /** The stored field for these inputs, computed by {@code compute} if none is (once, even if threads race). */
    Field get(Inputs inputs, Supplier<Field> compute) {
        return fields.computeIfAbsent(inputs, k -> compute.get());
    }
}
