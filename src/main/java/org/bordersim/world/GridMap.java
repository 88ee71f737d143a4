package org.bordersim.world;

import java.util.List;
import java.util.Map;

/**
 * The raw map both sources produce: terrain, country and BCP flag per cell, row-major
 * (index = y * width + x, y = 0 is the north edge). Immutable after construction.
 */
public final class GridMap {
    private final int width;
    private final int height;
    private final double cellKm;
    private final byte[] terrain;
    private final int[] country;
    private final List<String> countryIds;
    private final boolean[] bcp;
    private final Map<Integer, String> postNames;

    GridMap(int width, int height, double cellKm, byte[] terrain, int[] country, List<String> countryIds, boolean[] bcp) {
        this(width, height, cellKm, terrain, country, countryIds, bcp, Map.of());
    }

    /** @param postNames the crossing's name at some post cells (maps from geography name every post) */
    GridMap(int width, int height, double cellKm, byte[] terrain, int[] country, List<String> countryIds, boolean[] bcp,
            Map<Integer, String> postNames) {
        this.width = width;
        this.height = height;
        this.cellKm = cellKm;
        this.terrain = terrain;
        this.country = country;
        this.countryIds = List.copyOf(countryIds);
        this.bcp = bcp;
        this.postNames = Map.copyOf(postNames);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public int cells() {
        return width * height;
    }

    /**
     * Writes the cells around {@code cell} (up to 8, fewer at the edges) into {@code out}, which
     * must hold 8, and returns how many. Allocates nothing.
     */
    public int neighbours(int cell, int[] out) {
        int x = cell % width;
        int y = cell / width;
        int n = 0;
        for (int k = 0; k < 8; k++) {
            int nx = x + CostField.DX[k];
            int ny = y + CostField.DY[k];
            if (nx >= 0 && ny >= 0 && nx < width && ny < height) out[n++] = ny * width + nx;
        }
        return n;
    }

    /** Chebyshev distance between two cells, in cells (8-neighbour steps on an open map). */
    public int distance(int a, int b) {
        return Math.max(Math.abs(a % width - b % width), Math.abs(a / width - b / width));
    }

    public double cellKm() {
        return cellKm;
    }

    public Terrain terrain(int cell) {
        return Terrain.VALUES[terrain[cell]];
    }

    public int country(int cell) {
        return country[cell];
    }

    /** The countries' names, by the index {@link #country} gives. */
    public List<String> countryIds() {
        return countryIds;
    }

    public boolean bcp(int cell) {
        return bcp[cell];
    }

    /** The name of the crossing a post cell belongs to, or null where the map does not name it. */
    String postName(int cell) {
        return postNames.get(cell);
    }

    /** The country layer as ASCII rows (country ids are single characters in both map sources). */
    List<String> countryRows() {
        String[] rows = new String[height];
        StringBuilder sb = new StringBuilder(width);
        for (int y = 0; y < height; y++) {
            sb.setLength(0);
            for (int x = 0; x < width; x++) sb.append(countryIds.get(country[y * width + x]));
            rows[y] = sb.toString();
        }
        return List.of(rows);
    }

    /** The map as the default-legend ASCII terrain rows ({@code B} for crossing posts). */
    List<String> terrainRows() {
        String[] rows = new String[height];
        StringBuilder sb = new StringBuilder(width);
        for (int y = 0; y < height; y++) {
            sb.setLength(0);
            for (int x = 0; x < width; x++) {
                int c = y * width + x;
                sb.append(bcp[c] ? 'B' : terrain(c).symbol());
            }
            rows[y] = sb.toString();
        }
        return List.of(rows);
    }
}
