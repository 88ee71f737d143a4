package org.bordersim.world;

import java.nio.file.Path;
import java.util.Arrays;
import org.bordersim.experiment.PreparedScenario;

/**
 * For the two-level map design (docs/PERFORMANCE.md): how many cells lie within k km of the border, and how many
 * nodes a map would have with those cells kept fine and the rest merged into b x b blocks. Usage:
 * {@code MapBandStatistics scenario.json}.
 */
public final class MapBandStatistics {
    private MapBandStatistics() {
    }

    public static void main(String[] args) throws Exception {
        World w = PreparedScenario.load(Path.of(args[0])).world();
        int n = w.cells();
        int width = w.width();
        // Steps (8 neighbours) from the nearest border cell, by a breadth-first search from all border cells.
        int[] steps = new int[n];
        Arrays.fill(steps, Integer.MAX_VALUE);
        int[] queue = new int[n];
        int tail = 0;
        for (int c = 0; c < n; c++) {
            if (w.border(c)) {
                steps[c] = 0;
                queue[tail++] = c;
            }
        }
        for (int head = 0; head < tail; head++) {
            int u = queue[head];
            for (int dy = -1; dy <= 1; dy++) {
                for (int dx = -1; dx <= 1; dx++) {
                    int x = u % width + dx;
                    int y = u / width + dy;
                    if (x < 0 || y < 0 || x >= width || y >= w.height()) continue;
                    int v = y * width + x;
                    if (steps[v] == Integer.MAX_VALUE) {
                        steps[v] = steps[u] + 1;
                        queue[tail++] = v;
                    }
                }
            }
        }
        System.out.printf("%-10s %12s %8s %8s %12s %10s%n", "band (km)", "fine cells", "share", "blocks", "nodes", "fewer");
        for (int km : new int[] {10, 20, 40, 60, 100}) {
            int within = w.cellsWithin(km);
            long fine = Arrays.stream(steps).filter(s -> s <= within).count();
            for (int b : new int[] {4, 8, 16}) {
                long nodes = fine + (n - fine) / ((long) b * b);
                System.out.printf("%-10d %12d %7.1f%% %5dx%-2d %12d %9.1fx%n", km, fine, 100.0 * fine / n, b, b, nodes, n / (double) nodes);
            }
        }
    }
}
