package org.bordersim.world;

import java.util.Arrays;

/**
 * A four-ary min-heap of cells by cost, with decrease-key (half the depth of a binary heap, and
 * a node's four children side by side in memory). Each entry's key is stored beside it in
 * the heap, so sifting compares neighbouring array slots instead of jumping to the cost of
 * random cells (this is the hot loop of every cost-field recomputation). Ties are broken by cell
 * index, so the order of equal-cost cells, and hence the chosen shortest path among equals,
 * depends on nothing but the map. Allocates only in its constructor. Fields that are never
 * computed at the same time (those of one replication) share one heap; it is not thread-safe.
 */
public final class CellHeap {
    private final int[] cells;
    private final double[] keys;
    private final int[] position;
    private int size;
    /** Per-cell flags and the cells they are set on, for repairing a field (see CostField.repair). */
    final byte[] flags;
    private int[] touched = new int[1024];
    private int touchedCount;
    private int[] scratch;

    /**
     * Working memory for cost-field computations on a map of {@code cellCount} cells: 17 bytes per
     * cell, 21 once a repair has used the scratch queue.
     */
    public CellHeap(int cellCount) {
        cells = new int[cellCount];
        keys = new double[cellCount];
        position = new int[cellCount];
        Arrays.fill(position, -1);
        flags = new byte[cellCount];
    }

    /** Records that {@code cell} got its first flag (so clearing costs only the cells flagged). */
    void touch(int cell) {
        if (touchedCount == touched.length) touched = Arrays.copyOf(touched, 2 * touchedCount);
        touched[touchedCount++] = cell;
    }

    int touchedCount() {
        return touchedCount;
    }

    int touched(int i) {
        return touched[i];
    }

    void clearFlags() {
        for (int i = 0; i < touchedCount; i++) flags[touched[i]] = 0;
        touchedCount = 0;
    }

    /** Scratch space of one int per cell (the search queue of a repair). */
    int[] scratch() {
        if (scratch == null) scratch = new int[flags.length];
        return scratch;
    }

    void clear() {
        for (int i = 0; i < size; i++) position[cells[i]] = -1;
        size = 0;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** Inserts the cell with this key, or lowers its key if it is already queued. */
    void pushOrDecrease(int cell, double key) {
        int i = position[cell];
        if (i < 0) i = size++;
        siftUp(i, cell, key);
    }

    int pop() {
        int top = cells[0];
        position[top] = -1;
        size--;
        if (size > 0) siftDown(cells[size], keys[size]);
        return top;
    }

    private static boolean less(double ka, int a, double kb, int b) {
        return ka < kb || (ka == kb && a < b);
    }

    private void siftUp(int i, int cell, double key) {
        while (i > 0) {
            int parent = (i - 1) >>> 2;
            if (!less(key, cell, keys[parent], cells[parent])) break;
            place(i, cells[parent], keys[parent]);
            i = parent;
        }
        place(i, cell, key);
    }

    private void siftDown(int cell, double key) {
        int i = 0;
        while (true) {
            int first = 4 * i + 1;
            if (first >= size) break;
            int child = first;
            int end = Math.min(first + 4, size);
            for (int c = first + 1; c < end; c++) {
                if (less(keys[c], cells[c], keys[child], cells[child])) child = c;
            }
            if (!less(keys[child], cells[child], key, cell)) break;
            place(i, cells[child], keys[child]);
            i = child;
        }
        place(i, cell, key);
    }

    private void place(int i, int cell, double key) {
        cells[i] = cell;
        keys[i] = key;
        position[cell] = i;
    }
}
