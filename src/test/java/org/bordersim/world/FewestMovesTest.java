package org.bordersim.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.bordersim.TestScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The breadth-first search that checks routes when a world is built (CostField.movesToZone) must agree with the cost
 * field it stands in for: a node reaches the destination exactly when its fastest travel time is finite, and the
 * fewest moves times the longest move is never less than that time (the courier-hours limit relies on it to skip the
 * exact computation), and no move of a route is longer than the longest. On generated maps, open or with rivers,
 * mountains and forest, cell by cell and on a route lattice.
 */
class FewestMovesTest {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "map seed {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6})
    void fewestMovesTimesTheLongestMoveBoundsEveryFastestTime(int seed) {
        int lattice = seed > 3 ? 3 : 0;
        // Even maps are open plain, where a lattice's run of three cells is longer than any step.
        boolean plain = seed % 2 == 0;
        World world = TestScenarios.prepare(tmp, "m" + seed + ".json", """
                {"name": "m%d", "durationDays": 7,
                 "map": {"routeLatticeKm": %d,
                         "generator": {"width": %d, "height": 40, "seed": %d, "borderAmplitude": 4, "roads": 3, "crossings": 3,
                         "mountainShare": %s, "forestShare": %s, "river": %s}},
                 "groups": [{"name": "g", "origin": {"edge": "west", "country": "A"}, "destination": {"edge": "east", "country": "B"}}]}
                """.formatted(seed, lattice, lattice > 0 ? 120 : 60, seed, plain ? "0" : "0.3", plain ? "0" : "0.2", !plain)).world();
        CostField field = new CostField(world, world.destinations(0), new CellHeap(world.routeNodeCount()));
        int[] moves = CostField.movesToZone(world, world.destinations(0));
        double longest = CostField.longestMoveHours(world);
        field.compute(null, 0, 0);
        int reached = 0;
        double tightest = Double.POSITIVE_INFINITY;
        for (int c = 0; c < world.cells(); c++) {
            int v = world.routes().node(c);
            if (v < 0) continue;
            double hours = field.cost(c);
            assertEquals(Double.isInfinite(hours), moves[v] < 0, "cell " + c + ": " + moves[v] + " moves, " + hours + " h");
            if (moves[v] < 0) continue;
            reached++;
            assertTrue(moves[v] * longest >= hours, "cell " + c + ": " + moves[v] + " moves of at most " + longest + " h < " + hours);
            if (moves[v] == 0) continue;
            tightest = Math.min(tightest, moves[v] * longest / hours);
            // Every move a route takes, a step or a run, is at most the longest.
            double move = hours - field.cost(field.next(c));
            assertTrue(move <= longest * (1 + 1e-12), "cell " + c + ": a move of " + move + " h, longest " + longest);
        }
        assertTrue(reached > world.cells() / 4, "cells that reach the destination: " + reached);
        // A bound, not a wild one: somewhere it is within a factor of 4 of the exact time.
        assertTrue(tightest < 4, "closest bound / exact time: " + tightest);
    }

    @Test
    void anImpassableCellReachesNothingAndTheOriginTakesSixMoves() {
        World world = TestScenarios.prepare(TestScenarios.resource("valid/hand-grid.json")).world();
        int[] moves = CostField.movesToZone(world, world.destinations(0));
        int w = world.width();
        // (1,1) is impassable; the origin (0,1) needs 6 moves (along the road or the bottom row, no corner cutting).
        assertEquals(-1, moves[w + 1]);
        assertEquals(6, moves[w]);
        assertEquals(0, moves[w + 4]);
    }
}
