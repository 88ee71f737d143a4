package org.bordersim.world;

import java.util.Arrays;

/**
 * A trafficking group's memory of where it lost couriers: a risk per cell, non-zero only around
 * past seizures. On a real border's map (millions of cells) a dense array of doubles would take
 * 16 MB per group for a few thousand remembered cells, so there the memory is sparse: one bit per
 * cell says whether the cell is remembered, and a hash table leads from a remembered cell to its
 * risk. Reading a cell that is not remembered (nearly all of them) costs one bit test, so cost
 * fields can read it in their innermost loop. On small maps, where memory is cheap and a hash
 * lookup would slow the fields down, the risks are a plain array. Either way the remembered cells
 * are also listed in the order they were first remembered, for the weekly fading.
 */
public final class RememberedRisk {
    /** Largest map whose risks are kept in a plain array (2 MB per group). */
    static final int DENSE_UP_TO_CELLS = 1 << 18;

    private final long[] present;
    /** The risk of every cell, on small maps; null on large ones. */
    private final double[] dense;
    private int[] cells = new int[64];
    private double[] risks = new double[64];
    private int count;
    /** Open addressing: position + 1 of the cell in {@code cells}, 0 for an empty slot. */
    private int[] table = new int[128];

    public RememberedRisk(int mapCells) {
        this(mapCells, mapCells <= DENSE_UP_TO_CELLS);
    }

    /** With the storage chosen (tests run both on small maps). */
    RememberedRisk(int mapCells, boolean dense) {
        this.present = new long[(mapCells + 63) >>> 6];
        this.dense = dense ? new double[mapCells] : null;
    }

    /** The remembered risk of {@code cell}; 0 if it is not remembered. */
    public double at(int cell) {
        if (dense != null) return dense[cell];
        if ((present[cell >>> 6] & (1L << cell)) == 0) return 0;
        return risks[find(cell)];
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

    /** Adds {@code amount} to the cell's risk, remembering the cell first if it was not. */
    public void add(int cell, double amount) {
        if ((present[cell >>> 6] & (1L << cell)) == 0) {
            if (count == cells.length) {
                cells = Arrays.copyOf(cells, 2 * count);
                risks = Arrays.copyOf(risks, 2 * count);
            }
            cells[count] = cell;
            risks[count] = 0;
            count++;
            present[cell >>> 6] |= 1L << cell;
            if (dense == null && 2 * count > table.length) rehash(2 * table.length);
            else if (dense == null) insert(cell, count - 1);
        }
        if (dense != null) dense[cell] += amount;
        else risks[find(cell)] += amount;
    }

    /**
     * Multiplies every remembered risk by {@code factor} and forgets the cells whose risk falls
     * below {@code floor}, telling {@code changes} of every cell visited (in the order remembered).
     */
    public void fade(double factor, double floor, RiskChanges changes) {
        int kept = 0;
        for (int i = 0; i < count; i++) {
            int c = cells[i];
            double v = (dense != null ? dense[c] : risks[i]) * factor;
            changes.lowered(c);
            if (v < floor) v = 0;
            if (dense != null) dense[c] = v;
            if (v == 0) {
                present[c >>> 6] &= ~(1L << c);
            } else {
                cells[kept] = c;
                risks[kept] = v;
                kept++;
            }
        }
        count = kept;
        if (dense == null) rehash(table.length);
    }

    private int find(int cell) {
        int mask = table.length - 1;
        for (int slot = mix(cell) & mask; ; slot = (slot + 1) & mask) {
            int p = table[slot] - 1;
            if (cells[p] == cell) return p;
        }
    }

    private void insert(int cell, int position) {
        int mask = table.length - 1;
        int slot = mix(cell) & mask;
        while (table[slot] != 0) slot = (slot + 1) & mask;
        table[slot] = position + 1;
    }

    private void rehash(int size) {
        table = new int[size];
        for (int i = 0; i < count; i++) insert(cells[i], i);
    }

    private static int mix(int cell) {
        int h = cell * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
