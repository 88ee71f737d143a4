package org.bordersim.world;

import java.util.stream.DoubleStream;
import java.util.stream.IntStream;

/**
 * The cells a route may turn at, and the straight runs between them (map.routeLatticeKm,
 * docs/ODD.md §7.2). By default every passable cell is such a node and a route is any chain of
 * steps between neighbouring cells: the exact model. With a lattice, far from every border (where
 * no risk can ever sit) only every s-th cell of every s-th row is a node, and a route crosses that
 * far field in straight runs of up to s cells, in one of the 8 directions, from node to node. Near
 * the borders, on roads, at obstacles and at origins and destinations every cell stays a node, so
 * everything that involves risk, posts, crossings and roads is routed cell by cell as before.
 *
 * <p>A run's cost is what walking it costs, cell by cell, so a route on the lattice is a real
 * walk whose cost is the one planned; what the lattice gives up is the freedom to bend between
 * nodes, which the bound in ODD §7.2 measures. Cost fields then visit about s x s times fewer
 * cells far from the border, which is where most cells of a real border's map are.
 */
final class RouteGraph {
    /** The allowed steps between neighbouring nodes, as World.steps; zero for cells that are not nodes. */
    private final byte[] steps;
    /** Null when every cell is a node (no lattice). */
    private final boolean[] node;
    private final int spacing;
    /**
     * Runs are numbered by the node they end at: those into c are {@code inStart[c] .. inStart[c + 1] - 1}, side by
     * side in memory for the field's main loop. Those from c are {@code outRuns[outStart[c] .. outStart[c + 1] - 1]}.
     */
    private final int[] inStart;
    private final int[] outStart;
    private final int[] outRuns;
    private final int[] runFrom;
    private final int[] runTo;
    private final boolean[] runDiagonal;
    /** Hours to enter the cells strictly between the run's ends, apart from mountain cells, summed; straight steps. */
    private final double[] runPlainHours;
    /** The same for the mountain cells between the ends (winter slows them). */
    private final double[] runMountainHours;

    /** Every cell a node: the exact model. */
    static RouteGraph everyCell(byte[] steps) {
        return new RouteGraph(steps, null, 1, null, null, null, null, null);
    }

    private RouteGraph(byte[] steps, boolean[] node, int spacing, int[] runFrom, int[] runTo, boolean[] runDiagonal,
                       double[] runPlainHours, double[] runMountainHours) {
        this.steps = steps;
        this.node = node;
        this.spacing = spacing;
        this.runFrom = runFrom;
        this.runTo = runTo;
        this.runDiagonal = runDiagonal;
        this.runPlainHours = runPlainHours;
        this.runMountainHours = runMountainHours;
        if (runFrom == null) {
            inStart = outStart = outRuns = null;
            return;
        }
        int cells = steps.length;
        inStart = new int[cells + 1];
        outStart = new int[cells + 1];
        outRuns = new int[runFrom.length];
        index(runTo, inStart, new int[runFrom.length]);
        index(runFrom, outStart, outRuns);
    }

    /** Lists run ids by their end (or start) cell, in run id order: a compressed adjacency list. */
    private static void index(int[] endOf, int[] start, int[] runs) {
        for (int end : endOf) start[end + 1]++;
        for (int c = 1; c < start.length; c++) start[c] += start[c - 1];
        int[] fill = new int[start.length];
        for (int r = 0; r < endOf.length; r++) runs[start[endOf[r]] + fill[endOf[r]]++] = r;
    }

    /**
     * The lattice graph. {@code fine} marks the cells that must stay nodes; every s-th cell of
     * every s-th row (from the top left) is a node too. From every node a run goes in each of the
     * 8 directions through cells that are not nodes to the first node within s steps, if every
     * step on the way is allowed; a neighbouring node is reached by an ordinary step instead.
     */
    static RouteGraph lattice(GridMap map, double[] travelHours, byte[] worldSteps, boolean[] fine, int spacing) {
        int w = map.width();
        int h = map.height();
        int cells = map.cells();
        boolean[] node = new boolean[cells];
        for (int c = 0; c < cells; c++) {
            boolean passable = travelHours[c] != Double.POSITIVE_INFINITY;
            node[c] = passable && (fine[c] || (c % w) % spacing == 0 && (c / w) % spacing == 0);
        }
        byte[] steps = new byte[cells];
        for (int c = 0; c < cells; c++) {
            if (!node[c]) continue;
            int bits = worldSteps[c] & 0xFF;
            for (int k = 0; k < 8; k++) {
                if ((bits & (1 << k)) != 0 && !node[c + CostField.DY[k] * w + CostField.DX[k]]) bits &= ~(1 << k);
            }
            steps[c] = (byte) bits;
        }
        IntStream.Builder from = IntStream.builder();
        IntStream.Builder to = IntStream.builder();
        IntStream.Builder direction = IntStream.builder();
        DoubleStream.Builder plain = DoubleStream.builder();
        DoubleStream.Builder mountain = DoubleStream.builder();
        for (int c = 0; c < cells; c++) {
            if (!node[c]) continue;
            for (int k = 0; k < 8; k++) {
                int cell = c;
                double plainHours = 0;
                double mountainHours = 0;
                for (int j = 1; j <= spacing; j++) {
                    if ((worldSteps[cell] & (1 << k)) == 0) break;
                    cell += CostField.DY[k] * w + CostField.DX[k];
                    if (node[cell]) {
                        if (j >= 2) {
                            direction.add(k);
                            from.add(c);
                            to.add(cell);
                            plain.add(plainHours);
                            mountain.add(mountainHours);
                        }
                        break;
                    }
                    if (map.terrain(cell) == Terrain.MOUNTAIN) mountainHours += travelHours[cell];
                    else plainHours += travelHours[cell];
                }
            }
        }
        // Number the runs by end node (stable, so by start node within one end).
        int[] ends = to.build().toArray();
        int[] start = new int[cells + 1];
        int[] byEnd = new int[ends.length];
        index(ends, start, byEnd);
        int[] starts = from.build().toArray();
        int[] directions = direction.build().toArray();
        double[] plains = plain.build().toArray();
        double[] mountains = mountain.build().toArray();
        int n = ends.length;
        int[] runFrom = new int[n];
        int[] runTo = new int[n];
        boolean[] diagonals = new boolean[n];
        double[] runPlain = new double[n];
        double[] runMountain = new double[n];
        for (int r = 0; r < n; r++) {
            int found = byEnd[r];
            runFrom[r] = starts[found];
            runTo[r] = ends[found];
            diagonals[r] = directions[found] >= 4;
            runPlain[r] = plains[found];
            runMountain[r] = mountains[found];
        }
        return new RouteGraph(steps, node, spacing, runFrom, runTo, diagonals, runPlain, runMountain);
    }

    /** Allowed steps from (and into) a node to neighbouring nodes, as bits by direction; 0 off the nodes. */
    int steps(int cell) {
        return steps[cell] & 0xFF;
    }

    boolean isNode(int cell) {
        return node == null || node[cell];
    }

    /** Whether any runs exist (a lattice); without, every route is a chain of single steps. */
    boolean hasRuns() {
        return runFrom != null;
    }

    /** The lattice's spacing in cells; 1 without a lattice. */
    int spacing() {
        return spacing;
    }

    int nodeCount() {
        if (node == null) return -1;
        int n = 0;
        for (boolean b : node) if (b) n++;
        return n;
    }

    int runCount() {
        return runFrom == null ? 0 : runFrom.length;
    }

    /** The runs into a node are the run numbers from this one up to (not including) {@link #endOfRunsInto}. */
    int firstRunInto(int cell) {
        return inStart[cell];
    }

    int endOfRunsInto(int cell) {
        return inStart[cell + 1];
    }

    /** The runs from a node are {@link #runFrom}(i) for i from this one up to (not including) {@link #endOfRunsFrom}. */
    int firstRunFrom(int cell) {
        return outStart[cell];
    }

    int endOfRunsFrom(int cell) {
        return outStart[cell + 1];
    }

    /** The i-th run by start cell (between firstRunFrom and endOfRunsFrom). */
    int runFrom(int i) {
        return outRuns[i];
    }

    int from(int run) {
        return runFrom[run];
    }

    int to(int run) {
        return runTo[run];
    }

    boolean diagonal(int run) {
        return runDiagonal[run];
    }

    /** Hours to walk the cells strictly between the run's ends, in straight steps, with mountains slowed by the factor. */
    double betweenHours(int run, double mountainFactor) {
        return runPlainHours[run] + runMountainHours[run] * mountainFactor;
    }
}
