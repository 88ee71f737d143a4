package org.bordersim.world;

import java.util.Arrays;

/**
 * A trafficking group's memory of where it lost couriers: a risk per cell, non-zero only around
 * past seizures. On a real border's map (millions of cells) a dense array of doubles would take
 * 16 MB per group for a few thousand remembered cells, so there the risks live in tiles of 32 x 32
 * cells, allocated only where something is remembered and freed when all of a tile is forgotten.
 * Reading a cell is one look in the small directory of tiles (it stays in the cache) and, in a
 * tile that exists, one read: as cheap as the dense array, so cost fields read it in their
 * innermost loop. On small maps the risks are a plain array. Either way the remembered cells are
 * also listed in the order they were first remembered, for the weekly fading.
 */
public final class RememberedRisk {
    /** Largest map whose risks are kept in a plain array (2 MB per group). */
    static final int DENSE_UP_TO_CELLS = 1 << 18;
    private static final int TILE_BITS = 5;
    private static final int TILE = 1 << TILE_BITS;

    private final int width;
    /** The risk of every cell, on small maps; null on large ones. */
    private final double[] dense;
    /** Tiles by (y / 32) x tilesAcross + x / 32, null where nothing is remembered; null on small maps. */
    private final double[][] tiles;
    private final int[] rememberedInTile;
    private final int tilesAcross;
    private int[] cells = new int[64];
    private int count;

    public RememberedRisk(int width, int height) {
        this(width, height, (long) width * height <= DENSE_UP_TO_CELLS);
    }

    /** With the storage chosen (tests run both on small maps). */
    RememberedRisk(int width, int height, boolean dense) {
        this.width = width;
        this.dense = dense ? new double[width * height] : null;
        this.tilesAcross = (width + TILE - 1) >>> TILE_BITS;
        int tilesDown = (height + TILE - 1) >>> TILE_BITS;
        this.tiles = dense ? null : new double[tilesAcross * tilesDown][];
        this.rememberedInTile = dense ? null : new int[tilesAcross * tilesDown];
    }

    /** The remembered risk of {@code cell}; 0 if it is not remembered. */
    public double at(int cell) {
        if (dense != null) return dense[cell];
        int y = cell / width;
        int x = cell - y * width;
        double[] tile = tiles[(y >>> TILE_BITS) * tilesAcross + (x >>> TILE_BITS)];
        return tile == null ? 0 : tile[((y & (TILE - 1)) << TILE_BITS) | (x & (TILE - 1))];
    }

    public boolean isEmpty() {
        return count == 0;
    }

    /** Cells remembered. */
    public int count() {
        return count;
    }

    /** The i-th remembered cell, in the order they were first remembered. */
    public int cell(int i) {
        return cells[i];
    }

    /**
     * Adds {@code amount} (at least 0) to the cell's risk, remembering the cell first if it was not.
     * A cell is remembered while its risk is above 0.
     */
    public void add(int cell, double amount) {
        if (!(amount >= 0)) throw new IllegalArgumentException("a remembered risk only grows, found " + amount);
        if (amount == 0) return;
        if (at(cell) == 0) {
            if (count == cells.length) cells = Arrays.copyOf(cells, 2 * count);
            cells[count++] = cell;
            if (dense == null) {
                int t = tileOf(cell);
                if (tiles[t] == null) tiles[t] = new double[TILE * TILE];
                rememberedInTile[t]++;
            }
        }
        set(cell, at(cell) + amount);
    }

    /**
     * Multiplies every remembered risk by {@code factor} and forgets the cells whose risk falls
     * below {@code floor} (or to 0), telling {@code changes} of every cell visited (in the order
     * remembered).
     */
    public void fade(double factor, double floor, RiskChanges changes) {
        int kept = 0;
        for (int i = 0; i < count; i++) {
            int c = cells[i];
            double v = at(c) * factor;
            changes.lowered(c);
            kept = keepOrForget(c, v < floor ? 0 : v, kept);
        }
        count = kept;
    }

    /**
     * Sets cell c's risk to v and, unless v is 0 (then c is forgotten), lists it again at position {@code kept}; returns
     * how many cells are listed after it.
     */
    private int keepOrForget(int c, double v, int kept) {
        if (v == 0) {
            set(c, 0);
            if (dense == null) {
                int t = tileOf(c);
                if (--rememberedInTile[t] == 0) tiles[t] = null;
            }
            return kept;
        }
        set(c, v);
        cells[kept] = c;
        return kept + 1;
    }

    /**
     * Sets every remembered risk to {@code truth}'s, which must be at most this one's everywhere (a memory that faded
     * while this one did not), forgetting the cells {@code truth} no longer remembers and telling {@code changes} of
     * every cell visited as lowered.
     */
    public void lowerTo(RememberedRisk truth, RiskChanges changes) {
        int kept = 0;
        for (int i = 0; i < count; i++) {
            int c = cells[i];
            double v = truth.at(c);
            if (v > at(c)) throw new IllegalArgumentException("cell " + c + " would rise from " + at(c) + " to " + v);
            changes.lowered(c);
            kept = keepOrForget(c, v, kept);
        }
        count = kept;
    }

    private void set(int cell, double v) {
        if (dense != null) {
            dense[cell] = v;
        } else {
            int y = cell / width;
            int x = cell - y * width;
            tiles[(y >>> TILE_BITS) * tilesAcross + (x >>> TILE_BITS)][((y & (TILE - 1)) << TILE_BITS) | (x & (TILE - 1))] = v;
        }
    }

    private int tileOf(int cell) {
        int y = cell / width;
        int x = cell - y * width;
        return (y >>> TILE_BITS) * tilesAcross + (x >>> TILE_BITS);
    }
}
