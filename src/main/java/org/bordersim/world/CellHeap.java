package org.bordersim.world;

/**
 * A binary min-heap of cells keyed by an external cost array, with decrease-key. Ties are broken
 * by cell index, so the order of equal-cost cells (and hence the chosen shortest path among
 * equals) never depends on anything but the map. Allocates only in its constructor.
 */
final class CellHeap {
    private final int[] heap;
    private final int[] position;
    private double[] key;
    private int size;

    CellHeap(int cells) {
        heap = new int[cells];
        position = new int[cells];
        java.util.Arrays.fill(position, -1);
    }

    void reset(double[] keys) {
        for (int i = 0; i < size; i++) position[heap[i]] = -1;
        size = 0;
        key = keys;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** Inserts the cell, or moves it up after its key decreased. */
    void pushOrDecrease(int cell) {
        int i = position[cell];
        if (i < 0) {
            i = size++;
            heap[i] = cell;
            position[cell] = i;
        }
        siftUp(i);
    }

    int pop() {
        int top = heap[0];
        position[top] = -1;
        size--;
        if (size > 0) {
            heap[0] = heap[size];
            position[heap[0]] = 0;
            siftDown(0);
        }
        return top;
    }

    private boolean less(int a, int b) {
        return key[a] < key[b] || (key[a] == key[b] && a < b);
    }

    private void siftUp(int i) {
        int cell = heap[i];
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!less(cell, heap[parent])) break;
            heap[i] = heap[parent];
            position[heap[i]] = i;
            i = parent;
        }
        heap[i] = cell;
        position[cell] = i;
    }

    private void siftDown(int i) {
        int cell = heap[i];
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) break;
            if (child + 1 < size && less(heap[child + 1], heap[child])) child++;
            if (!less(heap[child], cell)) break;
            heap[i] = heap[child];
            position[heap[i]] = i;
            i = child;
        }
        heap[i] = cell;
        position[cell] = i;
    }
}
