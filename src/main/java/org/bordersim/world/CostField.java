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
        Arrays.fill(cost, Double.POSITIVE_INFINITY);
        Arrays.fill(next, -1);
        heap.clear();
        int w = world.width();
        int h = world.height();
        for (int d : destinations) {
            cost[d] = 0;
            next[d] = d;
            heap.pushOrDecrease(d, 0);
        }
        while (!heap.isEmpty()) {
            int to = heap.pop();
            // Remembered risk is per km of route through the cell; a post's known risk is per post passed.
            double memoryPerStep = riskAversion * (memoryRisk == null ? 0 : memoryRisk[to]) * world.cellKm();
            double postCost = world.bcp(to) ? riskAversion * postRisk : 0;
            double enterHours = world.travelHours(to) * (mountainFactor != 1.0 && world.mountain(to) ? mountainFactor : 1.0);
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
                double length = diagonal ? SQRT2 : 1.0;
                double candidate = cost[to] + (enterHours + memoryPerStep) * length + postCost;
                if (candidate < cost[from]) {
                    cost[from] = candidate;
                    next[from] = to;
                    heap.pushOrDecrease(from, candidate);
                }
            }
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
