package org.bordersim.world;

import java.util.Arrays;

/**
 * Least generalised cost to reach a destination zone from every cell, and the next cell on that
 * least-cost path: one field shared by all couriers of a trafficking group, recomputed only when
 * the group's perceived risk changes.
 *
 * <p>Moving from a cell to one of its 8 neighbours costs {@code (travelHours(to) + riskAversion x
 * memory(to) x cellKm) x stepLength + riskAversion x postRisk (if {@code to} is a crossing post)},
 * with step length 1 orthogonally and sqrt(2) diagonally: remembered risk is per km of route, a
 * post's known risk is per post passed, so the same geography at another cell size gives the
 * same routes. A diagonal
 * step is allowed only if both cells it passes between are passable (no squeezing between two
 * impassable corners). The field is computed by Dijkstra's algorithm backwards from all
 * destination cells at once.
 */
public final class CostField {
    static final int[] DX = {1, -1, 0, 0, 1, 1, -1, -1};
    static final int[] DY = {0, 0, 1, -1, 1, -1, 1, -1};
    private static final double SQRT2 = Math.sqrt(2.0);

    private final World world;
    private final double[] cost;
    private final int[] next;
    private final CellHeap heap;
    private final int[] destinations;

    /** @param heap working memory, shared by fields that are never computed at the same time */
    public CostField(World world, int[] destinations, CellHeap heap) {
        this.world = world;
        this.destinations = destinations.clone();
        this.cost = new double[world.cells()];
        this.next = new int[world.cells()];
        this.heap = heap;
    }

    /**
     * Recomputes the field. {@code memoryRisk} (per cell, may be null) plus {@code postRisk} on
     * every BCP cell is the perceived risk; it is weighted by {@code riskAversion} hours per unit.
     */
    public void compute(double[] memoryRisk, double postRisk, double riskAversion) {
        compute(memoryRisk, postRisk, riskAversion, 1.0);
    }

    /** The same with travel on mountain cells slowed by {@code mountainFactor} (winter). */
    public void compute(double[] memoryRisk, double postRisk, double riskAversion, double mountainFactor) {
        use(memoryRisk, postRisk, riskAversion, mountainFactor);
        Arrays.fill(cost, Double.POSITIVE_INFINITY);
        Arrays.fill(next, -1);
        heap.clear();
        for (int d : destinations) {
            cost[d] = 0;
            next[d] = d;
            heap.pushOrDecrease(d, 0);
        }
        relaxFromHeap(false, false);
    }

    /** The inputs of the computation under way (read by {@link #candidate}). */
    private void use(double[] memoryRisk, double postRisk, double riskAversion, double mountainFactor) {
        this.memoryRisk = memoryRisk;
        this.postRisk = postRisk;
        this.riskAversion = riskAversion;
        this.mountainFactor = mountainFactor;
    }

    private double[] memoryRisk;
    private double postRisk;
    private double riskAversion;
    private double mountainFactor = 1.0;

    /**
     * The cost of reaching the destination from a neighbour of {@code to} through {@code to}:
     * cost(to) + (hours to enter it + remembered risk per km x km) x step length + a post's known risk.
     * Every computation and repair uses this one expression, so their results agree to the bit.
     */
    private double candidate(int to, boolean diagonal) {
        // Remembered risk is per km of route through the cell; a post's known risk is per post passed.
        double memoryPerStep = riskAversion * (memoryRisk == null ? 0 : memoryRisk[to]) * world.cellKm();
        double postCost = world.bcp(to) ? riskAversion * postRisk : 0;
        double enterHours = world.travelHours(to) * (mountainFactor != 1.0 && world.mountain(to) ? mountainFactor : 1.0);
        return cost[to] + (enterHours + memoryPerStep) * (diagonal ? SQRT2 : 1.0) + postCost;
    }

    /**
     * Dijkstra from the cells in the heap: each popped cell offers every neighbour that may step
     * into it the cost through it. In a repair ({@code repairing}) improved cells are flagged, and
     * with {@code onlyAffected} only cells flagged AFFECTED may improve.
     */
    private void relaxFromHeap(boolean repairing, boolean onlyAffected) {
        int w = world.width();
        int h = world.height();
        while (!heap.isEmpty()) {
            int to = heap.pop();
            int tx = to % w;
            int ty = to / w;
            for (int k = 0; k < 8; k++) {
                int fx = tx + DX[k];
                int fy = ty + DY[k];
                if (fx < 0 || fy < 0 || fx >= w || fy >= h) continue;
                int from = fy * w + fx;
                if (!world.passable(from)) continue;
                boolean diagonal = k >= 4;
                if (diagonal && !(world.passable(fy * w + tx) && world.passable(ty * w + fx))) continue;
                if (onlyAffected && (heap.flags[from] & AFFECTED) == 0) continue;
                double candidate = candidate(to, diagonal);
                if (candidate < cost[from]) {
                    if (repairing) mark(from, IMPROVED);
                    cost[from] = candidate;
                    next[from] = to;
                    heap.pushOrDecrease(from, candidate);
                }
            }
        }
    }

    private static final byte CHANGED = 1;
    private static final byte AFFECTED = 2;
    private static final byte CLEAN = 4;
    private static final byte IMPROVED = 8;
    private static final byte FIX = 16;

    /**
     * Brings the field up to date after the perceived risk of entering the cells
     * {@code changed[0..count)} changed, all of them up ({@code increased}) or all down, and nothing
     * else. The result is the field {@link #compute} would give, to the bit, including which of
     * several equal-cost next cells is chosen: only the cells whose least cost or choice can change
     * are recomputed, by the same expression and the same tie rule as a full computation (the
     * smallest cost through a neighbour; among equals, the neighbour with the smaller cost, then the
     * smaller index, which is the order in which a full computation settles cells).
     */
    public void repair(double[] memoryRisk, double postRisk, double riskAversion, double mountainFactor,
                       int[] changed, int count, boolean increased) {
        use(memoryRisk, postRisk, riskAversion, mountainFactor);
        heap.clear();
        heap.clearFlags();
        for (int i = 0; i < count; i++) mark(changed[i], CHANGED);
        if (increased) {
            markAffected();
            // Cut the affected cells loose, then offer each the cost through its unaffected neighbours.
            int touchedAffected = heap.touchedCount();
            for (int i = 0; i < touchedAffected; i++) {
                int v = heap.touched(i);
                if ((heap.flags[v] & AFFECTED) == 0) continue;
                cost[v] = Double.POSITIVE_INFINITY;
                next[v] = -1;
            }
            for (int i = 0; i < touchedAffected; i++) {
                int v = heap.touched(i);
                if ((heap.flags[v] & AFFECTED) == 0) continue;
                bestThroughNeighbours(v, true);
                if (cost[v] < Double.POSITIVE_INFINITY) heap.pushOrDecrease(v, cost[v]);
            }
            relaxFromHeap(true, true);
        } else {
            // Cheaper to enter the changed cells: offer their neighbours the new cost through them, and let it spread.
            for (int i = 0; i < count; i++) {
                int u = changed[i];
                if (cost[u] < Double.POSITIVE_INFINITY) heap.pushOrDecrease(u, cost[u]);
            }
            relaxFromHeap(true, false);
        }
        fixChoices();
    }

    private void mark(int cell, byte flag) {
        if (heap.flags[cell] == 0) heap.touch(cell);
        heap.flags[cell] |= flag;
    }

    /**
     * Marks AFFECTED every cell whose path to the destination steps into a changed cell: its next
     * cell is changed, or is itself affected. One pass over the cells, following each path only
     * until a cell already known.
     */
    private void markAffected() {
        int[] stack = heap.stack();
        for (int v = 0; v < cost.length; v++) {
            int depth = 0;
            int x = v;
            byte found = CLEAN;
            while (true) {
                byte f = heap.flags[x];
                if ((f & (AFFECTED | CLEAN)) != 0) {
                    found = (f & AFFECTED) != 0 ? AFFECTED : CLEAN;
                    break;
                }
                int n = next[x];
                if (n < 0 || n == x) {
                    found = CLEAN;
                    stack[depth++] = x;
                    break;
                }
                stack[depth++] = x;
                if ((heap.flags[n] & CHANGED) != 0) {
                    found = AFFECTED;
                    break;
                }
                x = n;
            }
            for (int i = 0; i < depth; i++) mark(stack[i], found);
        }
    }

    /** Sets the cell's cost and next to the best offer of its neighbours (only unaffected ones, if asked). */
    private void bestThroughNeighbours(int v, boolean unaffectedOnly) {
        int w = world.width();
        int h = world.height();
        int vx = v % w;
        int vy = v / w;
        double best = Double.POSITIVE_INFINITY;
        int bestU = -1;
        for (int k = 0; k < 8; k++) {
            int ux = vx + DX[k];
            int uy = vy + DY[k];
            if (ux < 0 || uy < 0 || ux >= w || uy >= h) continue;
            int u = uy * w + ux;
            if (!world.passable(u) || cost[u] == Double.POSITIVE_INFINITY) continue;
            boolean diagonal = k >= 4;
            if (diagonal && !(world.passable(uy * w + vx) && world.passable(vy * w + ux))) continue;
            if (unaffectedOnly && (heap.flags[u] & AFFECTED) != 0) continue;
            double c = candidate(u, diagonal);
            if (c < best || (c == best && (cost[u] < cost[bestU] || (cost[u] == cost[bestU] && u < bestU)))) {
                best = c;
                bestU = u;
            }
        }
        cost[v] = best;
        next[v] = bestU;
    }

    /**
     * Re-chooses the next cell wherever an offer may have changed: at every cell whose cost changed
     * and at every passable neighbour of such a cell or of a changed cell, by the full computation's rule.
     */
    private void fixChoices() {
        int w = world.width();
        int h = world.height();
        int n = heap.touchedCount();
        for (int i = 0; i < n; i++) {
            int c = heap.touched(i);
            byte f = heap.flags[c];
            if ((f & (CHANGED | AFFECTED | IMPROVED)) == 0) continue;
            int cx = c % w;
            int cy = c / w;
            if ((f & (AFFECTED | IMPROVED)) != 0) heap.flags[c] |= FIX;
            for (int k = 0; k < 8; k++) {
                int x = cx + DX[k];
                int y = cy + DY[k];
                if (x < 0 || y < 0 || x >= w || y >= h) continue;
                int v = y * w + x;
                if (world.passable(v) && (heap.flags[v] & FIX) == 0) mark(v, FIX);
            }
        }
        int all = heap.touchedCount();
        for (int i = 0; i < all; i++) {
            int v = heap.touched(i);
            if ((heap.flags[v] & FIX) == 0 || next[v] == v) continue;
            if (cost[v] == Double.POSITIVE_INFINITY && (heap.flags[v] & AFFECTED) == 0) continue;
            bestThroughNeighbours(v, false);
        }
    }

    /** Generalised cost (hours) from {@code cell} to the zone; infinite if unreachable. */
    public double cost(int cell) {
        return cost[cell];
    }

    /** Next cell on the least-cost path; the cell itself at a destination; -1 if unreachable. */
    public int next(int cell) {
        return next[cell];
    }

    public boolean isDestination(int cell) {
        return next[cell] == cell;
    }

    /** Hours to walk from one cell to its neighbour (used to pace a courier). */
    public static double stepHours(World world, int from, int to) {
        return stepHours(world, from, to, 1.0);
    }

    public static double stepHours(World world, int from, int to, double mountainFactor) {
        boolean diagonal = (from % world.width() != to % world.width()) && (from / world.width() != to / world.width());
        double hours = world.travelHours(to) * (mountainFactor != 1.0 && world.mountain(to) ? mountainFactor : 1.0);
        return hours * (diagonal ? SQRT2 : 1.0);
    }
}
