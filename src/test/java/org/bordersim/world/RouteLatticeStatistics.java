package org.bordersim.world;

import java.nio.file.Path;
import org.bordersim.experiment.PreparedScenario;

/**
 * The size of a scenario's route graph (docs/PERFORMANCE.md): cells, route nodes (those kept cell by cell near the
 * borders, on roads, at obstacles, origins and destinations, and the lattice points elsewhere), edges and runs.
 * Usage: {@code RouteLatticeStatistics scenario.json}.
 */
public final class RouteLatticeStatistics {
    private RouteLatticeStatistics() {
    }

    public static void main(String[] args) throws Exception {
        World w = PreparedScenario.load(Path.of(args[0])).world();
        RouteGraph g = w.routes();
        int spacing = g.spacing();
        int lattice = 0;
        for (int c = 0; c < w.cells(); c++) {
            if (w.routeNode(c) && (c % w.width()) % spacing == 0 && (c / w.width()) % spacing == 0) lattice++;
        }
        System.out.printf("%s: %,d cells; lattice spacing %d; %,d route nodes (%.1f%% of the cells, %.0f times fewer), of "
                        + "which at most %,d lattice points; %,d runs%n", args[0], w.cells(), spacing, g.nodeCount(),
                100.0 * g.nodeCount() / w.cells(), (double) w.cells() / g.nodeCount(), lattice, g.runCount());
    }
}
