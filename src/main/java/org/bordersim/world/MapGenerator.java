package org.bordersim.world;

import ec.util.MersenneTwisterFast;
import java.util.List;
import org.bordersim.scenario.GeneratorSpec;

/**
 * A seeded map of two countries: {@code A} west of a north-south border, {@code B} east of it.
 * Mountain ranges and forest are grown as random-walk blobs; a river meanders through A a few
 * cells from the border; roads run west-east and either cross at a pair of BCPs or stop short.
 * The same spec always gives the same map (its own generator seeded by {@code spec.seed()}).
 */
final class MapGenerator {
    private MapGenerator() {
    }

    /** Cells of plain left between an unofficial road's end and the border, on each side. */
    static final int UNOFFICIAL_GAP = 3;

    static GridMap generate(GeneratorSpec spec, double cellKm) {
        int w = spec.width();
        int h = spec.height();
        MersenneTwisterFast rng = new MersenneTwisterFast(spec.seed());
        byte[] terrain = new byte[w * h];
        int[] country = new int[w * h];
        boolean[] bcp = new boolean[w * h];

        int[] borderX = borderColumns(spec, rng);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) country[y * w + x] = x < borderX[y] ? 0 : 1;
        }
        paintBlobs(terrain, w, h, Terrain.MOUNTAIN, spec.mountainShare(), rng);
        paintBlobs(terrain, w, h, Terrain.FOREST, spec.forestShare(), rng);
        // Unofficial roads are laid before the river (no bridge) and stop short of the border;
        // official roads are laid after it (bridged) and end in a pair of crossing posts.
        for (int k = spec.crossings(); k < spec.roads(); k++) {
            int y = roadRow(k, spec.roads(), h);
            for (int x = 0; x < w; x++) {
                boolean gap = x >= borderX[y] - UNOFFICIAL_GAP && x < borderX[y] + UNOFFICIAL_GAP;
                terrain[y * w + x] = (byte) (gap ? Terrain.PLAIN : Terrain.ROAD).ordinal();
            }
        }
        if (spec.river()) paintRiver(terrain, w, h, borderX, rng);
        for (int k = 0; k < spec.crossings(); k++) {
            int y = roadRow(k, spec.roads(), h);
            for (int x = 0; x < w; x++) terrain[y * w + x] = (byte) Terrain.ROAD.ordinal();
            bcp[y * w + borderX[y] - 1] = true;
            bcp[y * w + borderX[y]] = true;
        }
        return new GridMap(w, h, cellKm, terrain, country, List.of("A", "B"), bcp);
    }

    /** Row of road k of n, evenly spaced north to south. */
    private static int roadRow(int k, int n, int h) {
        return (int) ((k + 0.5) * h / n);
    }

    /** First column of country B in each row. */
    private static int[] borderColumns(GeneratorSpec spec, MersenneTwisterFast rng) {
        int w = spec.width();
        int h = spec.height();
        int[] borderX = new int[h];
        double phase = rng.nextDouble() * 2 * Math.PI;
        double period = h * (0.5 + rng.nextDouble());
        for (int y = 0; y < h; y++) {
            double offset = spec.borderShape().equals("wavy")
                    ? spec.borderAmplitude() * Math.sin(2 * Math.PI * y / period + phase) : 0;
            borderX[y] = Math.max(2, Math.min(w - 2, (int) Math.round(w / 2.0 + offset)));
        }
        return borderX;
    }

    private static void paintBlobs(byte[] terrain, int w, int h, Terrain type, double share, MersenneTwisterFast rng) {
        int target = (int) Math.round(share * w * h);
        int painted = 0;
        int blobSize = Math.max(4, (w * h) / 60);
        while (painted < target) {
            int x = rng.nextInt(w);
            int y = rng.nextInt(h);
            for (int step = 0; step < blobSize && painted < target; step++) {
                int cell = y * w + x;
                if (terrain[cell] == Terrain.PLAIN.ordinal()) {
                    terrain[cell] = (byte) type.ordinal();
                    painted++;
                }
                x = Math.max(0, Math.min(w - 1, x + rng.nextInt(3) - 1));
                y = Math.max(0, Math.min(h - 1, y + rng.nextInt(3) - 1));
            }
        }
    }

    /** A 4-connected river, so that no diagonal step can skip it. */
    private static void paintRiver(byte[] terrain, int w, int h, int[] borderX, MersenneTwisterFast rng) {
        int previous = -1;
        int x = borderX[0] - 3;
        for (int y = 0; y < h; y++) {
            x += rng.nextInt(3) - 1;
            x = Math.max(Math.max(0, borderX[y] - 6), Math.min(borderX[y] - 2, x));
            int from = previous < 0 ? x : Math.min(previous, x);
            int to = previous < 0 ? x : Math.max(previous, x);
            for (int xx = from; xx <= to; xx++) terrain[y * w + xx] = (byte) Terrain.RIVER.ordinal();
            previous = x;
        }
    }
}
