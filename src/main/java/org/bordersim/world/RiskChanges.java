package org.bordersim.world;

import java.util.Arrays;

/**
 * The cells whose perceived risk went up or down since a cost field was last brought up to date,
 * kept so the field can be repaired rather than recomputed (see {@link CostField#repair}). A
 * cell may be listed more than once, and both up and down; past a limit the changes are dropped
 * and a full computation asked for instead.
 */
public final class RiskChanges {
    private final int limit;
    private int[] raised = new int[64];
    private int raisedCount;
    private int[] lowered = new int[64];
    private int loweredCount;
    private boolean everything = true;

    /**
     * Changes tracked cell by cell up to {@code limit} listings; at first nothing has been
     * computed, so everything changed.
     */
    public RiskChanges(int limit) {
        this.limit = Math.max(1, limit);
    }

    public void raised(int cell) {
        if (everything) return;
        if (raisedCount == raised.length) raised = Arrays.copyOf(raised, 2 * raisedCount);
        raised[raisedCount++] = cell;
        if (raisedCount + loweredCount >= limit) everything();
    }

    public void lowered(int cell) {
        if (everything) return;
        if (loweredCount == lowered.length) lowered = Arrays.copyOf(lowered, 2 * loweredCount);
        lowered[loweredCount++] = cell;
        if (raisedCount + loweredCount >= limit) everything();
    }

    /** Too much changed to track cell by cell: the next update is a full computation. */
    public void everything() {
        everything = true;
        raisedCount = 0;
        loweredCount = 0;
    }

    public boolean isEverything() {
        return everything;
    }

    /** The field was brought up to date: nothing has changed since. */
    public void clear() {
        everything = false;
        raisedCount = 0;
        loweredCount = 0;
    }

    /** How many listings (a cell may be listed more than once). */
    public int count() {
        return raisedCount + loweredCount;
    }

    /** What changed, in words for profiles: "raised" (losses), "lowered" (fading), both, or "nothing". */
    public String kind() {
        if (raisedCount > 0 && loweredCount > 0) return "raised and lowered";
        if (raisedCount > 0) return "raised";
        return loweredCount > 0 ? "lowered" : "nothing";
    }

    int raisedCount() {
        return raisedCount;
    }

    int raisedCell(int i) {
        return raised[i];
    }

    int loweredCount() {
        return loweredCount;
    }

    int loweredCell(int i) {
        return lowered[i];
    }
}
