package org.bordersim.model;

import java.util.Arrays;

/**
 * Which patrolling officers stand on which cell this hour: an intrusive linked list per cell,
 * so that a courier finds the patrols around it by looking at a few cells, never at all
 * officers, and nothing is allocated hour to hour.
 */
final class PatrolPresence {
    private final int[] head;
    private final int[] next;
    private final Officer[] byId;
    private final int[] occupied;
    private int occupiedCount;

    PatrolPresence(int cells, int officers) {
        head = new int[cells];
        Arrays.fill(head, -1);
        next = new int[officers];
        byId = new Officer[officers];
        occupied = new int[officers];
    }

    void clear() {
        for (int i = 0; i < occupiedCount; i++) head[occupied[i]] = -1;
        occupiedCount = 0;
    }

    void add(Officer officer, int cell) {
        byId[officer.id] = officer;
        if (head[cell] < 0) occupied[occupiedCount++] = cell;
        next[officer.id] = head[cell];
        head[cell] = officer.id;
    }

    /** The cells where some officer patrols this hour (a copy, for views). */
    int[] cells() {
        return Arrays.copyOf(occupied, occupiedCount);
    }

    /** First officer id at the cell, or -1. */
    int first(int cell) {
        return head[cell];
    }

    /** Next officer id at the same cell, or -1. */
    int next(int officerId) {
        return next[officerId];
    }

    Officer officer(int id) {
        return byId[id];
    }
}
