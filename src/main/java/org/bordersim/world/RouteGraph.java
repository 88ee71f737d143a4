package org.bordersim.world;

/**
 * The places a route may turn at (its nodes), and the moves between them (map.routeLatticeKm,
 * docs/ODD.md §7.2). By default every passable cell is a node, numbered as the cell, and a move
 * is a step to a neighbouring cell: the exact model, read from World's allowed steps. With a
 * lattice, far from every border (where no risk can ever sit) only every s-th cell of every s-th
 * row is a node, and a route crosses that far field in straight runs of up to s cells, in one of
 * the 8 directions, from node to node. Near the borders, on roads, at obstacles and at origins and
 * destinations every cell stays a node, so everything that involves risk, posts, crossings and
 * roads is routed cell by cell as before. Nodes are then numbered in cell order (so the tie rule,
 * smaller index first, orders them as it orders cells), and every move, a step to a neighbouring
 * node or a run, is a listed edge; a cost field keeps a cost and a next node per node, not per cell.
 *
 * <p>A run's cost is what walking it costs, cell by cell, so a route on the lattice is a real
 * walk whose cost is the one planned; what the lattice gives up is the freedom to bend between
 * nodes, which the bound in ODD §7.2 measures.
 */
final class RouteGraph {
    /** The allowed steps to neighbouring cells, by node (= cell) without a lattice; none (all listed edges) with one. */
    private final byte[] steps;
    private final int spacing;
    /** Node of each cell (-1 where none) and cell of each node; both null without a lattice, where they are the same. */
    private final int[] nodeOf;
    private final int[] cellOf;
    /**
     * Edges are numbered by the node they end at: those into v are {@code inStart[v] .. inStart[v + 1] - 1}, side by
     * side in memory for the field's main loop. Those from v are {@code outEdges[outStart[v] .. outStart[v + 1] - 1]}.
     */
    private final int[] inStart;
    private final int[] outStart;
    private final int[] outEdges;
    private final int[] edgeFrom;
    private final int[] edgeTo;
    private final boolean[] edgeDiagonal;
    /** Hours to enter the cells strictly between the edge's ends, apart from mountain cells, summed; straight steps. */
    private final double[] edgePlainHours;
    /** The same for the mountain cells between the ends (winter slows them). */
    private final double[] edgeMountainHours;

    /** Every cell a node: the exact model. */
    static RouteGraph everyCell(byte[] steps) {
        return new RouteGraph(steps, 1, null, null, null, null, null, null, null);
    }

    private RouteGraph(byte[] steps, int spacing, int[] nodeOf, int[] cellOf, int[] edgeFrom, int[] edgeTo,
                       boolean[] edgeDiagonal, double[] edgePlainHours, double[] edgeMountainHours) {
        this.steps = steps;
        this.spacing = spacing;
        this.nodeOf = nodeOf;
        this.cellOf = cellOf;
        this.edgeFrom = edgeFrom;
        this.edgeTo = edgeTo;
        this.edgeDiagonal = edgeDiagonal;
        this.edgePlainHours = edgePlainHours;
        this.edgeMountainHours = edgeMountainHours;
        if (edgeFrom == null) {
            inStart = outStart = outEdges = null;
            return;
        }
        int nodes = cellOf.length;
        inStart = new int[nodes + 1];
        outStart = new int[nodes + 1];
        outEdges = new int[edgeFrom.length];
        count(edgeTo, inStart);
        index(edgeFrom, outStart, outEdges);
    }

    /** Where each node's edges begin in a list of edges grouped by node ({@code start[v]}, and the end at v + 1). */
    private static void count(int[] endOf, int[] start) {
        for (int end : endOf) start[end + 1]++;
        for (int c = 1; c < start.length; c++) start[c] += start[c - 1];
    }

    /** Lists edge ids by their end (or start) node, in id order: a compressed adjacency list. */
    private static void index(int[] endOf, int[] start, int[] edges) {
        count(endOf, start);
        int[] fill = new int[start.length];
        for (int r = 0; r < endOf.length; r++) edges[start[endOf[r]] + fill[endOf[r]]++] = r;
    }

    /**
     * The lattice graph. {@code fine} marks the cells that must stay nodes; every s-th cell of
     * every s-th row (from the top left) is a node too. From every node an edge goes in each of the
     * 8 directions to the neighbouring cell if it is a node and the step allowed, or else as a run
     * through cells that are not nodes to the first node within s steps, if every step on the way
     * is allowed.
     */
    static RouteGraph lattice(GridMap map, double[] travelHours, byte[] worldSteps, boolean[] fine, int spacing) {
        int w = map.width();
        int cells = map.cells();
        int[] nodeOf = new int[cells];
        int nodes = 0;
        for (int c = 0; c < cells; c++) {
            boolean passable = travelHours[c] != Double.POSITIVE_INFINITY;
            boolean node = passable && (fine[c] || (c % w) % spacing == 0 && (c / w) % spacing == 0);
            nodeOf[c] = node ? nodes++ : -1;
        }
        int[] cellOf = new int[nodes];
        for (int c = 0; c < cells; c++) if (nodeOf[c] >= 0) cellOf[nodeOf[c]] = c;
        // Edges are numbered by end node, and by start node and direction within one end: counted in a first walk of
        // every node's 8 directions, placed in a second (plain arrays: a real border has hundreds of thousands).
        int[] start = new int[nodes + 1];
        double[] hours = new double[2];
        for (int v = 0; v < nodes; v++) {
            for (int k = 0; k < 8; k++) {
                int end = runEnd(map, travelHours, worldSteps, nodeOf, spacing, cellOf[v], k, hours);
                if (end >= 0) start[end + 1]++;
            }
        }
        for (int v = 1; v <= nodes; v++) start[v] += start[v - 1];
        int n = start[nodes];
        int[] edgeFrom = new int[n];
        int[] edgeTo = new int[n];
        boolean[] edgeDiagonal = new boolean[n];
        double[] edgePlain = new double[n];
        double[] edgeMountain = new double[n];
        for (int v = 0; v < nodes; v++) {
            for (int k = 0; k < 8; k++) {
                int end = runEnd(map, travelHours, worldSteps, nodeOf, spacing, cellOf[v], k, hours);
                if (end < 0) continue;
                int e = start[end]++;
                edgeFrom[e] = v;
                edgeTo[e] = end;
                edgeDiagonal[e] = k >= 4;
                edgePlain[e] = hours[0];
                edgeMountain[e] = hours[1];
            }
        }
        return new RouteGraph(new byte[nodes], spacing, nodeOf, cellOf, edgeFrom, edgeTo, edgeDiagonal, edgePlain, edgeMountain);
    }

    /**
     * The node a move from {@code cell} in direction k ends at: the neighbouring cell if it is a node, else the first
     * node within {@code spacing} steps if every step on the way is allowed; -1 if none. {@code hours} gets the hours to
     * enter the cells between, apart from mountains ([0]) and of mountains ([1]).
     */
    private static int runEnd(GridMap map, double[] travelHours, byte[] worldSteps, int[] nodeOf, int spacing, int cell,
                              int k, double[] hours) {
        int w = map.width();
        hours[0] = 0;
        hours[1] = 0;
        for (int j = 1; j <= spacing; j++) {
            if ((worldSteps[cell] & (1 << k)) == 0) return -1;
            cell += CostField.DY[k] * w + CostField.DX[k];
            if (nodeOf[cell] >= 0) return nodeOf[cell];
            hours[map.terrain(cell) == Terrain.MOUNTAIN ? 1 : 0] += travelHours[cell];
        }
        return -1;
    }

    /** Allowed steps from (and into) a node to neighbouring cells, as bits by direction (none with a lattice). */
    int steps(int node) {
        return steps[node] & 0xFF;
    }

    /** How many nodes; a field keeps a cost and a next node for each. */
    int nodeCount() {
        return cellOf == null ? steps.length : cellOf.length;
    }

    /** The node at a cell, -1 if the cell is not one. */
    int node(int cell) {
        return nodeOf == null ? cell : nodeOf[cell];
    }

    /** The cell of a node. */
    int cell(int node) {
        return cellOf == null ? node : cellOf[node];
    }

    boolean isNode(int cell) {
        return nodeOf == null || nodeOf[cell] >= 0;
    }

    /** Whether moves are listed edges (a lattice); without, every move is a step to a neighbouring cell. */
    boolean hasEdges() {
        return edgeFrom != null;
    }

    /** The lattice's spacing in cells; 1 without a lattice. */
    int spacing() {
        return spacing;
    }

    /** How many runs, the edges that pass cells between their ends. */
    int runCount() {
        if (edgeFrom == null) return 0;
        int n = 0;
        for (int e = 0; e < edgeFrom.length; e++) if (edgePlainHours[e] + edgeMountainHours[e] > 0) n++;
        return n;
    }

    /** The edges into a node are the edge numbers from this one up to (not including) {@link #endOfEdgesInto}. */
    int firstEdgeInto(int node) {
        return inStart[node];
    }

    int endOfEdgesInto(int node) {
        return inStart[node + 1];
    }

    /** The edges from a node are {@link #edgeFrom}(i) for i from this one up to (not including) {@link #endOfEdgesFrom}. */
    int firstEdgeFrom(int node) {
        return outStart[node];
    }

    int endOfEdgesFrom(int node) {
        return outStart[node + 1];
    }

    /** The i-th edge by start node (between firstEdgeFrom and endOfEdgesFrom). */
    int edgeFrom(int i) {
        return outEdges[i];
    }

    int from(int edge) {
        return edgeFrom[edge];
    }

    int to(int edge) {
        return edgeTo[edge];
    }

    boolean diagonal(int edge) {
        return edgeDiagonal[edge];
    }

    /** Hours to walk the cells strictly between the edge's ends, in straight steps, with mountains slowed by the factor. */
    double betweenHours(int edge, double mountainFactor) {
        return edgePlainHours[edge] + edgeMountainHours[edge] * mountainFactor;
    }
}
