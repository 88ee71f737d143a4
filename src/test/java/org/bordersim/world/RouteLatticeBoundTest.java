package org.bordersim.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.nio.file.Path;
import org.bordersim.TestScenarios;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bound of a route lattice (map.routeLatticeKm, docs/ODD.md §7.2). On random maps, with risk remembered around
 * random seizures near the border and in summer and winter, a courier is walked from every route node as the model
 * walks it (reading its group's field at nodes, straight on between them), each step costed as a full computation
 * costs it. The walk must reach a destination, cost exactly what the lattice field says it costs (a run's cost is
 * the walk's), and cost at most the least cost a full computation over every cell gives plus {@link #SPACINGS}
 * lattice spacing of the slowest terrain on the map (in winter if there are mountains). The test prints the worst
 * ratio and excess it found.
 */
class RouteLatticeBoundTest {
    /** The bound stated in ODD §7.2: route cost at most least cost + SPACINGS x spacing x slowest hours a cell. */
    static final double SPACINGS = 1;
    private static final double POST_RISK = 0.1;
    private static final double AVERSION = 10;

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "map seed {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6})
    void everyWalkOnTheLatticeCostsAtMostTheStatedBoundAboveTheLeastCost(int seed) {
        int spacing = 3 + seed % 4;
        World lattice = world(seed, spacing);
        World exact = world(seed, 0);
        RouteGraph graph = lattice.routes();
        assertEquals(spacing, graph.spacing());
        assertTrue(graph.runCount() > 100, "the lattice has runs to test: " + graph.runCount());
        int n = lattice.cells();
        double slowest = 0;
        for (int c = 0; c < n; c++) if (lattice.passable(c)) slowest = Math.max(slowest, lattice.travelHours(c));
        slowest *= 2.0; // winter on the mountains

        CellHeap heap = new CellHeap(n);
        CostField onLattice = new CostField(lattice, lattice.destinations(0), heap);
        CostField least = new CostField(exact, exact.destinations(0), heap);
        RememberedRisk memory = new RememberedRisk(lattice.width(), lattice.height());
        MersenneTwisterFast random = new MersenneTwisterFast(seed);
        double worstRatio = 1;
        double worstExcess = 0;
        int walks = 0;
        int longer = 0;
        for (int round = 0; round < 4; round++) {
            // Seizures on random border cells, remembered within 2 cells (all route nodes, as in a run).
            for (int loss = 0; loss < 6; loss++) {
                int c;
                do c = random.nextInt(n); while (!lattice.border(c));
                int w = lattice.width();
                for (int y = Math.max(0, c / w - 2); y <= Math.min(lattice.height() - 1, c / w + 2); y++) {
                    for (int x = Math.max(0, c % w - 2); x <= Math.min(w - 1, c % w + 2); x++) {
                        assertTrue(lattice.routeNode(y * w + x) || !lattice.passable(y * w + x));
                        memory.add(y * w + x, 0.5);
                    }
                }
            }
            double mountain = round % 2 == 0 ? 1.0 : 2.0;
            onLattice.compute(memory, POST_RISK, AVERSION, new Season(mountain, 0));
            least.compute(memory, POST_RISK, AVERSION, new Season(mountain, 0));
            for (int v = 0; v < n; v++) {
                if (!lattice.routeNode(v) || least.cost(v) == 0 || least.cost(v) == Double.POSITIVE_INFINITY) continue;
                assertTrue(onLattice.cost(v) < Double.POSITIVE_INFINITY, "node " + v + " reaches a destination on the lattice");
                double walked = walk(lattice, onLattice, memory, mountain, v);
                assertEquals(onLattice.cost(v), walked, 1e-9 * walked, "the walk from " + v + " costs what the field says");
                double excess = walked - least.cost(v);
                assertTrue(excess <= SPACINGS * spacing * slowest, "from cell " + v + ": " + walked + " against least "
                        + least.cost(v) + " (spacing " + spacing + ", slowest cell " + slowest + " h)");
                worstRatio = Math.max(worstRatio, walked / least.cost(v));
                worstExcess = Math.max(worstExcess, (walked - least.cost(v)) / (spacing * slowest));
                if (walked > least.cost(v) * (1 + 1e-12)) longer++;
                walks++;
            }
        }
        System.out.printf("map %d, spacing %d: %d walks, %d longer than the least cost; worst ratio %.3f, "
                + "worst excess %.2f x spacing x slowest cell%n", seed, spacing, walks, longer, worstRatio, worstExcess);
        assertTrue(longer > 0, "some walks are longer than the least-cost route, so the bound is tested");
    }

    private World world(int seed, int latticeKm) {
        return TestScenarios.prepare(tmp, "m" + seed + "-" + latticeKm + ".json", """
                {"name": "m%d", "durationDays": 7,
                 "map": {"routeLatticeKm": %d,
                         "generator": {"width": 120, "height": 48, "seed": %d, "borderAmplitude": 4, "roads": 3, "crossings": 3,
                         "mountainShare": %s, "forestShare": 0.2, "river": %s}},
                 "groups": [{"name": "g", "origin": {"edge": "west", "country": "A"}, "destination": {"edge": "east", "country": "B"}}]}
                """.formatted(seed, latticeKm, seed, seed % 3 == 0 ? "0" : "0.25", seed % 2 == 0 ? "true" : "false")).world();
    }

    /** Walks a courier from v as the model does and sums what each step costs (as a full computation costs it). */
    private static double walk(World world, CostField field, RememberedRisk memory, double mountain, int v) {
        double sum = 0;
        int cell = v;
        int target = -1;
        for (int steps = 0; steps < world.cells(); steps++) {
            if (world.routeNode(cell)) target = field.next(cell);
            if (target == cell) return sum;
            int next = world.stepToward(cell, target);
            boolean diagonal = cell % world.width() != next % world.width() && cell / world.width() != next / world.width();
            double hours = world.travelHours(next) * world.seasonFactor(next, new Season(mountain, 0));
            double step = hours + AVERSION * memory.at(next) * world.cellKm();
            sum += step * (diagonal ? Math.sqrt(2) : 1) + (world.bcp(next) ? AVERSION * POST_RISK : 0);
            cell = next;
        }
        throw new AssertionError("the walk from " + v + " does not end");
    }
}
