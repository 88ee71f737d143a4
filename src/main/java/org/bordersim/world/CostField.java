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
 *
 * <p>With a route lattice (RouteGraph) the field is kept per route node, and a move may be a
 * straight run of several cells, costing what walking it costs; {@link #next} then names the node
 * at the run's end. Every computation and repair treats runs by the same expression and tie rule.
 */
public final class CostField {
    static final int[] DX = {1, -1, 0, 0, 1, 1, -1, -1};
    static final int[] DY = {0, 0, 1, -1, 1, -1, 1, -1};
    private static final double SQRT2 = Math.sqrt(2.0);

    private final World world;
    /** Where routes may turn and the moves between (every cell and its neighbours without a lattice; see RouteGraph). */
    private final RouteGraph graph;
    private final double[] cost;
    private final int[] next;
    private final CellHeap heap;
    private final int[] destinations;

    /** @param heap working memory, shared by fields that are never computed at the same time */
    public CostField(World world, int[] destinations, CellHeap heap) {
        this.world = world;
        this.graph = world.routes();
        // Indexed by route node (the cell itself unless the map has a route lattice).
        this.destinations = Arrays.stream(destinations).map(graph::node).toArray();
        this.cost = new double[graph.nodeCount()];
        this.next = new int[graph.nodeCount()];
        this.heap = heap;
    }

    /**
     * Recomputes the field. {@code memoryRisk} (per cell, may be null) plus {@code postRisk} on
     * every BCP cell is the perceived risk; it is weighted by {@code riskAversion} hours per unit.
     */
    public void compute(RememberedRisk memoryRisk, double postRisk, double riskAversion) {
        compute(memoryRisk, postRisk, riskAversion, Season.OPEN);
    }

    /** The same in a season: mountains slowed in winter, the cells of shut closures impassable. */
    public void compute(RememberedRisk memoryRisk, double postRisk, double riskAversion, Season season) {
        use(memoryRisk, postRisk, riskAversion, season);
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

    /**
     * How many moves the route with the fewest moves takes from each route node to the zone of these cells, -1 where
     * none reaches it: a breadth-first search along the moves a computation offers costs along, several times cheaper
     * than the computation. A node reaches the zone here exactly when it has a finite cost in the open season without risk,
     * and with {@link #longestMoveHours} this bounds its travel time from above, which is all some checks need.
     */
    public static int[] movesToZone(World world, int[] destinationCells) {
        RouteGraph graph = world.routes();
        int[] moves = new int[graph.nodeCount()];
        Arrays.fill(moves, -1);
        int[] queue = new int[graph.nodeCount()];
        int tail = 0;
        for (int cell : destinationCells) {
            int d = graph.node(cell);
            if (moves[d] < 0) {
                moves[d] = 0;
                queue[tail++] = d;
            }
        }
        int w = world.width();
        for (int head = 0; head < tail; head++) {
            int to = queue[head];
            int steps = graph.steps(to);
            for (int k = 0; k < 8; k++) {
                if ((steps & (1 << k)) == 0) continue;
                tail = reachFrom(to + DY[k] * w + DX[k], to, moves, queue, tail);
            }
            if (!graph.hasEdges()) continue;
            for (int edge = graph.firstEdgeInto(to); edge < graph.endOfEdgesInto(to); edge++) {
                tail = reachFrom(graph.from(edge), to, moves, queue, tail);
            }
        }
        return moves;
    }

    private static int reachFrom(int from, int to, int[] moves, int[] queue, int tail) {
        if (moves[from] >= 0) return tail;
        moves[from] = moves[to] + 1;
        queue[tail++] = from;
        return tail;
    }

    /** The most hours any one move (a step, or a lattice's run) of the world takes in the open season, without risk. */
    public static double longestMoveHours(World world) {
        RouteGraph graph = world.routes();
        double longest = 0;
        for (int v = 0; v < graph.nodeCount(); v++) {
            double enter = world.travelHours(graph.cell(v));
            if (graph.steps(v) != 0) longest = Math.max(longest, enter * SQRT2);
            if (!graph.hasEdges()) continue;
            for (int edge = graph.firstEdgeInto(v); edge < graph.endOfEdgesInto(v); edge++) {
                longest = Math.max(longest, (enter + graph.betweenHours(edge, 1.0)) * SQRT2);
            }
        }
        return longest;
    }

    /**
     * The field with no memory of losses ({@code compute(null, ...)}), copied from the world's
     * store if any group of any replication already computed it from the same inputs; otherwise
     * computed here and stored. A group's memory is empty at its first field, so most groups
     * start from a copy (see FirstFields).
     */
    public void computeWithoutMemory(double postRisk, double riskAversion, Season season) {
        var inputs = new FirstFields.Inputs(destinations, postRisk, riskAversion, season);
        FirstFields.Field first = world.firstFields().get(inputs, () -> {
            compute(null, postRisk, riskAversion, season);
            return new FirstFields.Field(cost.clone(), next.clone());
        });
        System.arraycopy(first.cost(), 0, cost, 0, cost.length);
        System.arraycopy(first.next(), 0, next, 0, next.length);
        use(null, postRisk, riskAversion, season);
    }

    /**
     * The field with {@code memoryRisk}, built from the shared field without memory for these
     * inputs (see {@link #computeWithoutMemory}) by a repair that raises every remembered cell from
     * no risk to its risk. The field {@link #compute} would give, to the bit. After a season
     * begins or ends this is cheaper than repairing every mountain cell, when the group remembers
     * fewer cells than the map has mountain cells: the shared field of each season is computed once
     * per world, and the repair visits only the paths through remembered cells.
     *
     * @param scratch emptied and used to list the remembered cells
     */
    public void computeFromFirstField(RememberedRisk memoryRisk, double postRisk, double riskAversion, Season season,
                                      RiskChanges scratch) {
        computeWithoutMemory(postRisk, riskAversion, season);
        if (memoryRisk == null || memoryRisk.isEmpty()) return;
        scratch.clear();
        for (int i = 0; i < memoryRisk.count(); i++) scratch.raised(memoryRisk.cell(i));
        if (scratch.isEverything()) compute(memoryRisk, postRisk, riskAversion, season);
        else repair(memoryRisk, postRisk, riskAversion, season, scratch);
    }

    /** The season this field was last computed or repaired in. */
    public Season season() {
        return season;
    }

    /** The inputs of the computation under way (read by {@link #candidate}). */
    private void use(RememberedRisk memoryRisk, double postRisk, double riskAversion, Season season) {
        this.memoryRisk = memoryRisk;
        this.postRisk = postRisk;
        this.riskAversion = riskAversion;
        this.season = season;
    }

    private RememberedRisk memoryRisk;
    private double postRisk;
    private double riskAversion;
    private Season season = Season.OPEN;

    /**
     * The cost of reaching the destination from a neighbour of {@code to} through {@code to}:
     * cost(to) + (hours to enter it + remembered risk per km x km) x step length + a post's known risk.
     * Every computation and repair uses this one expression, so their results agree to the bit.
     */
    private double candidate(int to, boolean diagonal) {
        return cost[to] + stepCost(to) * (diagonal ? SQRT2 : 1.0) + postCost(to);
    }

    /** Hours to enter the cell plus its remembered risk (per km of route through it), for a straight step. */
    private double stepCost(int to) {
        int cell = graph.cell(to);
        double memoryPerStep = riskAversion * (memoryRisk == null ? 0 : memoryRisk.at(cell)) * world.cellKm();
        double enterHours = world.travelHours(cell) * world.seasonFactor(cell, season);
        return enterHours + memoryPerStep;
    }

    /** A post's known risk, paid once per post passed whatever the step. */
    private double postCost(int to) {
        return world.post(graph.cell(to)) ? riskAversion * postRisk : 0;
    }

    /**
     * Dijkstra from the cells in the heap: each popped cell offers every neighbour that may step
     * into it the cost through it. In a repair ({@code repairing}) improved cells are flagged, and
     * with {@code onlyAffected} only cells flagged AFFECTED may improve.
     */
    private void relaxFromHeap(boolean repairing, boolean onlyAffected) {
        int w = world.width();
        boolean listed = graph.hasEdges();
        while (!heap.isEmpty()) {
            int to = heap.pop();
            int steps = graph.steps(to);
            if (steps == 0 && !listed) continue;
            // candidate(to, diagonal) for both kinds of step, by the same expression in the same order.
            double stepCost = stepCost(to);
            double postCost = postCost(to);
            double straight = cost[to] + stepCost + postCost;
            double diagonal = cost[to] + stepCost * SQRT2 + postCost;
            for (int k = 0; k < 8; k++) {
                if ((steps & (1 << k)) == 0) continue;
                offer(to + DY[k] * w + DX[k], to, k >= 4 ? diagonal : straight, repairing, onlyAffected);
            }
            if (!listed) continue;
            for (int edge = graph.firstEdgeInto(to); edge < graph.endOfEdgesInto(to); edge++) {
                double through = graph.diagonal(edge) ? diagonal : straight;
                offer(graph.from(edge), to, through + between(edge), repairing, onlyAffected);
            }
        }
    }

    /**
     * Offers {@code from} the cost {@code candidate} through {@code to}; it takes it if cheaper than its own. In a
     * repair an offer equal to its cost is weighed by the tie rule at once. That gives the full computation's choice
     * without a second pass over the repaired cells (which took a fifth of a repair's time on the real-scale map,
     * docs/PERFORMANCE.md): every offer comes from a settled cell, whose cost is final, as is the cost of the cell it
     * would replace (settled too, or untouched by the repair), and every offer that can equal a cell's final cost is
     * made, either here or, from cells outside the repair, when the cell was cut loose (bestThroughNeighbours). A cell
     * outside the repair keeps its choice: after changes that only made cells dearer, its other offers only got dearer;
     * after changes that only made cells cheaper, the offers that got cheaper come from settled cells, through here.
     * A full computation needs none of this: it settles cells in the tie rule's order and keeps the first best offer.
     */
    private void offer(int from, int to, double candidate, boolean repairing, boolean onlyAffected) {
        if (onlyAffected && (heap.flags[from] & AFFECTED) == 0) return;
        if (candidate < cost[from]) {
            if (repairing) mark(from, IMPROVED);
            cost[from] = candidate;
            next[from] = to;
            heap.pushOrDecrease(from, candidate);
        } else if (repairing && candidate == cost[from]) {
            preferOnTie(from, to, candidate);
        }
    }

    /**
     * What an edge adds to the cost of the step into its end: walking the cells between its ends (none for a step to
     * a neighbour), with the step length of its direction. No risk: runs lie where none can be remembered (RouteGraph).
     */
    private double between(int edge) {
        return graph.betweenHours(edge, season.mountainFactor()) * (graph.diagonal(edge) ? SQRT2 : 1.0);
    }

    /**
     * Flags of a repair: the cost of entering the cell went up (RAISED) or down (LOWERED); its path went through a
     * raised cell (AFFECTED); its cost fell (IMPROVED); its choice of next cell is made again (FIX).
     */
    private static final byte RAISED = 1;
    private static final byte AFFECTED = 2;
    private static final byte LOWERED = 4;
    private static final byte IMPROVED = 8;
    private static final byte FIX = 16;

    /**
     * Brings a computed field up to date after the cost of entering some cells changed: the cells
     * listed in {@code changes} (perceived risk up or down, either or both) and, if
     * the season differs from the last computation's, every mountain cell (winter began or ended) and the cells of
     * every closure that shut or opened. The result is the field {@link #compute} would give, to the bit, including
     * which of several equal-cost next cells is chosen: only the cells whose least cost or choice
     * can change are recomputed, by the same expression and the same tie rule as a full
     * computation (the smallest cost through a neighbour; among equals, the neighbour with the
     * smaller cost, then the smaller index, which is the order in which a full computation settles
     * cells).
     *
     * <p>How: cells whose path steps into a cell that got dearer are cut loose and offered the
     * cost through their other neighbours; cells that got cheaper offer their neighbours the new
     * cost; Dijkstra spreads the offers. Every cell keeps a cost it can still reach (an upper
     * bound), so the spreading ends at the least costs, as a full computation does.
     */
    public void repair(RememberedRisk memoryRisk, double postRisk, double riskAversion, Season season,
                       RiskChanges changes) {
        Season previous = this.season;
        if (season.mountainFactor() != previous.mountainFactor() && graph.hasEdges()) {
            // Winter changes the cost of the runs through mountains, not of entering their end cells: start from
            // the season's shared field and add what is remembered (RiskChanges are only a list of cells here).
            changes.clear();
            computeFromFirstField(memoryRisk, postRisk, riskAversion, season, changes);
            return;
        }
        use(memoryRisk, postRisk, riskAversion, season);
        heap.clear();
        heap.clearFlags();
        // Cells that are not route nodes carry no risk any route sees (the lattice keeps every risky cell a node).
        for (int i = 0; i < changes.raisedCount(); i++) {
            int v = graph.node(changes.raisedCell(i));
            if (v >= 0) mark(v, RAISED);
        }
        for (int i = 0; i < changes.loweredCount(); i++) {
            int v = graph.node(changes.loweredCell(i));
            if (v >= 0) mark(v, LOWERED);
        }
        // Without a lattice a route node is its cell. Closure cells are always nodes, so on a lattice too.
        if (season.mountainFactor() != previous.mountainFactor()) {
            byte winter = season.mountainFactor() > previous.mountainFactor() ? RAISED : LOWERED;
            for (int c : world.mountainCells()) mark(c, winter);
        }
        for (int k = 0; k < world.closures(); k++) {
            if (season.shut(k) == previous.shut(k)) continue;
            byte closing = season.shut(k) ? RAISED : LOWERED;
            for (int c : world.closureCells(k)) {
                int v = graph.node(c);
                if (v >= 0) mark(v, closing);
            }
        }
        markAffected();
        int touched = heap.touchedCount();
        boolean anyLowered = false;
        boolean anyRaised = false;
        for (int i = 0; i < touched; i++) {
            int v = heap.touched(i);
            if ((heap.flags[v] & RAISED) != 0) anyRaised = true;
            if ((heap.flags[v] & AFFECTED) == 0) continue;
            cost[v] = Double.POSITIVE_INFINITY;
            next[v] = -1;
        }
        for (int i = 0; i < touched; i++) {
            int v = heap.touched(i);
            byte f = heap.flags[v];
            if ((f & AFFECTED) != 0) bestThroughNeighbours(v, true);
            if ((f & LOWERED) != 0) anyLowered = true;
            if ((f & (AFFECTED | LOWERED)) != 0 && cost[v] < Double.POSITIVE_INFINITY) heap.pushOrDecrease(v, cost[v]);
        }
        // Only cut-loose cells can improve unless some cell got cheaper to enter.
        relaxFromHeap(true, !anyLowered);
        if (anyRaised && anyLowered) fixChoices();
    }

    /** {@code v} takes {@code u} as its next cell if u offers exactly v's cost and the tie rule prefers u. */
    private void preferOnTie(int v, int u, double offer) {
        int current = next[v];
        // An infinite offer (into a closed pass) ties with nothing: v then has no route, and keeps none.
        if (current == u || current == v || offer != cost[v] || offer == Double.POSITIVE_INFINITY) return;
        if (cost[u] < cost[current] || (cost[u] == cost[current] && u < current)) next[v] = u;
    }

    private void mark(int cell, byte flag) {
        if (heap.flags[cell] == 0) heap.touch(cell);
        heap.flags[cell] |= flag;
    }

    /**
     * Marks AFFECTED every cell whose path to the destination steps into a raised cell: its next
     * cell is raised, or is itself affected. These are the cells below the raised ones in the tree
     * of chosen next cells, found by searching that tree downwards from the raised cells (a cell's
     * children are the neighbours whose next it is), so the work is that of the affected part of
     * the map, not of the whole map.
     */
    private void markAffected() {
        int[] queue = heap.scratch();
        int w = world.width();
        int tail = 0;
        int flagged = heap.touchedCount();
        for (int i = 0; i < flagged; i++) {
            int c = heap.touched(i);
            if ((heap.flags[c] & RAISED) != 0) queue[tail++] = c;
        }
        for (int head = 0; head < tail; head++) {
            int u = queue[head];
            int steps = graph.steps(u);
            for (int k = 0; k < 8; k++) {
                if ((steps & (1 << k)) == 0) continue;
                tail = affectChild(u + DY[k] * w + DX[k], u, queue, tail);
            }
            if (!graph.hasEdges()) continue;
            for (int edge = graph.firstEdgeInto(u); edge < graph.endOfEdgesInto(u); edge++) {
                tail = affectChild(graph.from(edge), u, queue, tail);
            }
        }
    }

    /** Marks v AFFECTED and queues it (returning the new queue length) if its path steps into u. */
    private int affectChild(int v, int u, int[] queue, int tail) {
        if (next[v] != u || (heap.flags[v] & AFFECTED) != 0) return tail;
        boolean queued = (heap.flags[v] & RAISED) != 0;
        mark(v, AFFECTED);
        if (!queued) queue[tail++] = v;
        return tail;
    }

    /** Sets the cell's cost and next to the best offer of its neighbours (only unaffected ones, if asked). */
    private void bestThroughNeighbours(int v, boolean unaffectedOnly) {
        int w = world.width();
        int steps = graph.steps(v);
        bestCost = Double.POSITIVE_INFINITY;
        bestNext = -1;
        for (int k = 0; k < 8; k++) {
            if ((steps & (1 << k)) == 0) continue;
            int u = v + DY[k] * w + DX[k];
            if (cost[u] == Double.POSITIVE_INFINITY) continue;
            if (unaffectedOnly && (heap.flags[u] & AFFECTED) != 0) continue;
            consider(u, candidate(u, k >= 4));
        }
        if (graph.hasEdges()) {
            for (int r = graph.firstEdgeFrom(v); r < graph.endOfEdgesFrom(v); r++) {
                int edge = graph.edgeFrom(r);
                int u = graph.to(edge);
                if (cost[u] == Double.POSITIVE_INFINITY) continue;
                if (unaffectedOnly && (heap.flags[u] & AFFECTED) != 0) continue;
                consider(u, candidate(u, graph.diagonal(edge)) + between(edge));
            }
        }
        cost[v] = bestCost;
        next[v] = bestNext;
    }

    /** The best offer so far in bestThroughNeighbours. */
    private double bestCost;
    private int bestNext;

    /**
     * Keeps the offer c through u if it beats the best so far by the tie rule. An infinite offer (into a pass closed for
     * the winter) is no offer, as in a full computation, which never takes one.
     */
    private void consider(int u, double c) {
        if (c == Double.POSITIVE_INFINITY) return;
        if (c < bestCost || (c == bestCost && (cost[u] < cost[bestNext] || (cost[u] == cost[bestNext] && u < bestNext)))) {
            bestCost = c;
            bestNext = u;
        }
    }

    /**
     * Re-chooses the next cell wherever an offer may have changed: at every cell whose cost changed
     * and at every neighbour that may step into such a cell or into a cell dearer or cheaper to enter, by the full
     * computation's rule.
     */
    private void fixChoices() {
        int w = world.width();
        int n = heap.touchedCount();
        for (int i = 0; i < n; i++) {
            int c = heap.touched(i);
            byte f = heap.flags[c];
            if ((f & (RAISED | LOWERED | AFFECTED | IMPROVED)) == 0) continue;
            if ((f & (AFFECTED | IMPROVED)) != 0) heap.flags[c] |= FIX;
            // Only a neighbour that may step into c can have its choice changed by c.
            int steps = graph.steps(c);
            for (int k = 0; k < 8; k++) {
                if ((steps & (1 << k)) == 0) continue;
                int v = c + DY[k] * w + DX[k];
                if ((heap.flags[v] & FIX) == 0) mark(v, FIX);
            }
            if (!graph.hasEdges()) continue;
            for (int edge = graph.firstEdgeInto(c); edge < graph.endOfEdgesInto(c); edge++) {
                int v = graph.from(edge);
                if ((heap.flags[v] & FIX) == 0) mark(v, FIX);
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

    /** Generalised cost (hours) from {@code cell} to the zone; infinite if unreachable or not a route node. */
    public double cost(int cell) {
        int v = graph.node(cell);
        return v < 0 ? Double.POSITIVE_INFINITY : cost[v];
    }

    /**
     * The next route node on the least-cost path (a neighbouring cell, or with a route lattice the end of a straight
     * run); the cell itself at a destination; -1 if unreachable or not a route node.
     */
    public int next(int cell) {
        int v = graph.node(cell);
        if (v < 0 || next[v] < 0) return -1;
        return graph.cell(next[v]);
    }

    public boolean isDestination(int cell) {
        int v = graph.node(cell);
        return v >= 0 && next[v] == v;
    }

    /** Hours to walk from one cell to its neighbour (used to pace a courier). */
    public static double stepHours(World world, int from, int to) {
        return stepHours(world, from, to, Season.OPEN);
    }

    public static double stepHours(World world, int from, int to, Season season) {
        boolean diagonal = world.diagonalStep(from, to);
        double hours = world.travelHours(to) * world.seasonFactor(to, season);
        return hours * (diagonal ? SQRT2 : 1.0);
    }
}
