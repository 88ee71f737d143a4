package org.bordersim.world;

import java.util.List;
import org.bordersim.files.InputException;
import org.bordersim.geo.GeoRasteriser;
import org.bordersim.scenario.Scenario;

/**
 * The map of one scenario with everything derived from it: travel time and visibility per
 * cell, the border, crossing points, the locations crossings are counted by, each group's
 * origin and destination cells and each BLO's site. Immutable and shared by all replications; the
 * one thing it adds to over time is a thread-safe store of computed first fields (FirstFields),
 * whose contents depend only on the world, so no replication can tell who computed them.
 */
public final class World {
    private final GridMap map;
    private final double[] travelHours;
    private final double[] visibility;
    private final boolean[] border;
    /** Distance to the nearest border cell, in cells, up to FAR_FROM_BORDER (unsigned). */
    private final byte[] fromBorder;
    private final int[] crossingPointOf;
    private final int[] locationOf;
    private final List<CrossingPoint> crossingPoints;
    private final List<String> locationNames;
    private final List<int[]> origins;
    private final List<List<int[]>> originMoves;
    private final List<int[]> destinations;
    private final List<BloSite> bloSites;
    /** Cells of inland checkpoints (null when there are none, as on most maps). */
    private final boolean[] inlandPost;
    /** Per cell, bit k set when a step to its neighbour in direction k is allowed (see {@link #steps}). */
    private final byte[] steps;
    /** Where routes may turn: every cell, or a lattice far from the borders (map.routeLatticeKm). */
    private final RouteGraph routes;
    /** The passable mountain cells (slowed in winter) that are in no closure, in index order. */
    private final int[] mountainCells;
    /** The passable cells of each closure (index: its bit in {@link Season#closed()}), in index order. */
    private final int[][] closureCells;
    /** Per cell: NOT_SEASONAL, MOUNTAIN_CELL, or CLOSURE + k for a cell of closure k (impassable while it is shut). */
    private final byte[] seasonal;
    static final byte NOT_SEASONAL = 0;
    static final byte MOUNTAIN_CELL = 1;
    static final byte CLOSURE = 2;
    /** Closures a world can hold: bit 0 for the winter passes, the rest for dated closures. */
    public static final int MAX_CLOSURES = 64;
    /** Fields without memory, shared by the groups and replications that start from the same inputs. */
    private final FirstFields firstFields = new FirstFields();

    /** The distance from the border that {@link #cellsFromBorder} reports for this distance and every larger one. */
    /** The country of cells outside every country a map from geography keeps: impassable, and not a country to name. */
    public static final String OUTSIDE_COUNTRY = GeoRasteriser.OUTSIDE;
    public static final int FAR_FROM_BORDER = 255;

    /**
     * The parts of a scenario a world is built from (JSON pointers, {@code *} for every element), as WorldBuilder
     * reads them: a scenario that differs from another only elsewhere has the same world, so an experiment that varies
     * nothing here may build it once. (WorldBuilder also reads dispatch rates and the duration, but only to refuse
     * runs too long to finish.) Keep this in step with WorldBuilder.
     */
    public static final List<String> BUILT_FROM = List.of("/map", "/terrain", "/groups/*/origin",
            "/groups/*/destination", "/groups/*/originMoves", "/groups/*/memoryRadiusKm", "/blos/*/crossing",
            "/blos/*/inlandPost", "/blos/*/country", "/blos/*/patrol/sectorRadiusKm", "/blos/*/patrol/detectionRangeKm",
            "/jointOperations/stagingRadiusKm", "/reporting", "/seasons/closedPasses", "/crossingClosures");

    /** Whether setting {@code pointer} ({@code *} allowed) can change the world built from a scenario. */
    public static boolean builtFrom(String pointer) {
        String[] p = pointer.split("/", -1);
        for (String prefix : BUILT_FROM) {
            String[] q = prefix.split("/", -1);
            boolean match = true;
            for (int i = 1; i < Math.min(p.length, q.length) && match; i++) {
                match = q[i].equals(p[i]) || q[i].equals("*") || p[i].equals("*");
            }
            // A pointer above a prefix (e.g. /blos) replaces it too.
            if (match) return true;
        }
        return false;
    }

    World(GridMap map, double[] travelHours, double[] visibility, boolean[] border, byte[] fromBorder, int[] crossingPointOf,
                  int[] locationOf, List<CrossingPoint> crossingPoints, List<String> locationNames,
                  List<int[]> origins, List<List<int[]>> originMoves, List<int[]> destinations, List<BloSite> bloSites,
                  boolean[] fine, int latticeSpacing, List<int[]> closures) {
        this.map = map;
        this.travelHours = travelHours;
        this.visibility = visibility;
        this.border = border;
        this.fromBorder = fromBorder;
        this.crossingPointOf = crossingPointOf;
        this.locationOf = locationOf;
        this.crossingPoints = List.copyOf(crossingPoints);
        this.locationNames = List.copyOf(locationNames);
        this.origins = List.copyOf(origins);
        this.originMoves = originMoves.stream().map(List::copyOf).toList();
        this.destinations = List.copyOf(destinations);
        this.bloSites = List.copyOf(bloSites);
        boolean[] inland = null;
        for (BloSite site : bloSites) {
            if (site.crossingPoint() >= 0) continue;
            if (inland == null) inland = new boolean[map.cells()];
            inland[site.postCell()] = true;
        }
        this.inlandPost = inland;
        this.steps = allowedSteps(map, travelHours);
        this.routes = latticeSpacing <= 1 ? RouteGraph.everyCell(steps)
                : RouteGraph.lattice(map, travelHours, steps, fine, latticeSpacing);
        this.seasonal = new byte[map.cells()];
        for (int c = 0; c < map.cells(); c++) {
            if (travelHours[c] != Double.POSITIVE_INFINITY && map.terrain(c) == Terrain.MOUNTAIN) seasonal[c] = MOUNTAIN_CELL;
        }
        // A cell in two closures belongs to the later one.
        for (int k = 0; k < closures.size(); k++) {
            for (int c : closures.get(k)) if (travelHours[c] != Double.POSITIVE_INFINITY) seasonal[c] = (byte) (CLOSURE + k);
        }
        this.closureCells = new int[closures.size()][];
        for (int k = 0; k < closures.size(); k++) closureCells[k] = cellsCoded(seasonal, (byte) (CLOSURE + k));
        this.mountainCells = cellsCoded(seasonal, MOUNTAIN_CELL);
    }

    /** The cells with this seasonal code, in index order (a loop, not a stream: it runs over millions of cells once). */
    private static int[] cellsCoded(byte[] seasonal, byte code) {
        int n = 0;
        for (byte s : seasonal) if (s == code) n++;
        int[] cells = new int[n];
        n = 0;
        for (int c = 0; c < seasonal.length; c++) if (seasonal[c] == code) cells[n++] = c;
        return cells;
    }

    /**
     * Bit k (directions as CostField.DX/DY, diagonals from 4 on) is set when the neighbour in that
     * direction is on the map and passable and, for a diagonal, both cells beside the step are
     * passable too (no cutting a corner). Precomputed once because the cost-field computation asks
     * it for every cell it settles; one byte per cell instead of up to three lookups per neighbour.
     */
    private static byte[] allowedSteps(GridMap map, double[] travelHours) {
        int w = map.width();
        int h = map.height();
        byte[] steps = new byte[map.cells()];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int bits = 0;
                for (int k = 0; k < 8; k++) {
                    int nx = x + CostField.DX[k];
                    int ny = y + CostField.DY[k];
                    if (nx < 0 || ny < 0 || nx >= w || ny >= h) continue;
                    if (travelHours[ny * w + nx] == Double.POSITIVE_INFINITY) continue;
                    if (k >= 4 && (travelHours[y * w + nx] == Double.POSITIVE_INFINITY
                            || travelHours[ny * w + x] == Double.POSITIVE_INFINITY)) continue;
                    bits |= 1 << k;
                }
                steps[y * w + x] = (byte) bits;
            }
        }
        return steps;
    }

    RouteGraph routes() {
        return routes;
    }

    /**
     * Whether a route may turn at the cell (a node of the route lattice; every cell without one). A courier
     * reads its group's field at such cells and walks straight from one to the next.
     */
    public boolean routeNode(int cell) {
        return routes.isNode(cell);
    }

    /** How many route nodes (every cell without a lattice): the size of a cost field and of its search queue. */
    public int routeNodeCount() {
        return routes.nodeCount();
    }

    /** The spacing of the route lattice far from the borders, in cells; 1 without a lattice (every cell a node). */
    public int routeLatticeSpacing() {
        return routes.spacing();
    }

    /**
     * The neighbour of {@code from} on the straight (or diagonal) line to {@code to}: the next cell of a walk along a
     * run of the route lattice, or {@code to} itself when it is a neighbour.
     */
    public int stepToward(int from, int to) {
        if (!routes.hasEdges()) return to; // every route node's next is a neighbour
        int w = map.width();
        int dx = Integer.signum(to % w - from % w);
        int dy = Integer.signum(to / w - from / w);
        return from + dy * w + dx;
    }

    /**
     * Whether a step between two neighbouring cells is diagonal. Couriers ask at every step; on maps at least 3 cells
     * wide the difference of the indices tells, without dividing (a step east or west differs by 1, north or south
     * by the width, a diagonal one by the width plus or minus 1).
     */
    public boolean diagonalStep(int from, int to) {
        int w = map.width();
        if (w < 3) return from % w != to % w && from / w != to / w;
        int d = Math.abs(to - from);
        return d != 1 && d != w;
    }

    /** The allowed steps out of (and, the rule being symmetric, into) {@code cell}, as bits by direction. */
    int steps(int cell) {
        return steps[cell] & 0xFF;
    }

    /**
     * Builds the world of a scenario, or reports every map problem by JSON pointer: unknown
     * map characters, a map with no border, BCP cells off the border, zones that are empty or
     * off the map, destinations that cannot be reached, BLOs at crossings that do not exist,
     * and more work than a replication may take (courier-hours on the road).
     *
     * @param file     the scenario file as the user named it, for the problems
     * @param scenario the loaded, validated scenario
     * @return the immutable world every replication of the scenario shares
     * @throws InputException with every problem found at the first stage that has any
     */
    public static World build(String file, Scenario scenario) throws InputException {
        return new WorldBuilder(file, scenario).build();
    }

    public GridMap map() {
        return map;
    }

    public int width() {
        return map.width();
    }

    public int height() {
        return map.height();
    }

    public int cells() {
        return map.cells();
    }

    /** Chebyshev distance between two cells, in cells. */
    public int distance(int a, int b) {
        return map.distance(a, b);
    }

    public boolean passable(int cell) {
        return travelHours[cell] != Double.POSITIVE_INFINITY;
    }

    /** Side of a cell in km. */
    public double cellKm() {
        return map.cellKm();
    }

    /** How many whole cells fit in {@code km} (a distance in the scenario becomes a Chebyshev distance in cells). */
    public int cellsWithin(double km) {
        return cellsWithin(km, map.cellKm());
    }

    static int cellsWithin(double km, double cellKm) {
        return (int) Math.floor(km / cellKm + 1e-9);
    }

    /** Hours to enter the cell: its side over its terrain's speed. */
    public double travelHours(int cell) {
        return travelHours[cell];
    }

    FirstFields firstFields() {
        return firstFields;
    }

    /** The passable mountain cells in no closure, in index order; shared, do not modify. */
    int[] mountainCells() {
        return mountainCells;
    }

    /** The passable cells of closure k, in index order; shared, do not modify. */
    int[] closureCells(int closure) {
        return closureCells[closure];
    }

    int closures() {
        return closureCells.length;
    }

    /** How many cells a change of season can reach (mountains and every closure). */
    public int seasonalCellCount() {
        int n = mountainCells.length;
        for (int[] cells : closureCells) n += cells.length;
        return n;
    }

    /** Whether the cell belongs to closure k (0: the passes that close in winter). */
    public boolean inClosure(int cell, int closure) {
        return seasonal[cell] == CLOSURE + closure;
    }

    /**
     * What the season multiplies the hours to enter a cell by: winter's factor on mountain cells, infinity on a cell of
     * a shut closure, 1 elsewhere.
     */
    public double seasonFactor(int cell, Season season) {
        if (season.open()) return 1.0;
        byte s = seasonal[cell];
        if (s == NOT_SEASONAL) return 1.0;
        if (s == MOUNTAIN_CELL) return season.mountainFactor();
        return season.shut(s - CLOSURE) ? Double.POSITIVE_INFINITY : 1.0;
    }

    public double visibility(int cell) {
        return visibility[cell];
    }

    public boolean border(int cell) {
        return border[cell];
    }

    /**
     * Chebyshev distance in cells to the nearest border cell (0 on the border), {@link #FAR_FROM_BORDER} for that
     * distance or more. Patrols, posts and teams stand on border cells, so a courier farther from the border than an
     * officer can see is seen by none.
     */
    public int cellsFromBorder(int cell) {
        return fromBorder[cell] & 0xFF;
    }

    public boolean bcp(int cell) {
        return map.bcp(cell);
    }

    /** A post of a BLO is here: a crossing's post (a BCP) or an inland checkpoint. */
    public boolean post(int cell) {
        return map.bcp(cell) || inlandPost != null && inlandPost[cell];
    }

    /** Whether some BLO sits at an inland checkpoint (off the border). */
    public boolean hasInlandPosts() {
        return inlandPost != null;
    }

    public int country(int cell) {
        return map.country(cell);
    }

    public List<CrossingPoint> crossingPoints() {
        return crossingPoints;
    }

    /** Names of the places crossings are counted at: crossing points, then green-border stretches. */
    public List<String> locationNames() {
        return locationNames;
    }

    /**
     * Where a step from {@code from} to {@code to} (in another country) crosses the border: the
     * crossing point if either cell is a BCP, else the green-border stretch of {@code from}.
     */
    public int crossingLocation(int from, int to) {
        if (crossingPointOf[from] >= 0) return crossingPointOf[from];
        if (crossingPointOf[to] >= 0) return crossingPointOf[to];
        return locationOf[from];
    }

    /** The crossing location a border cell belongs to (see {@link #locationNames}); -1 off the border. */
    public int location(int cell) {
        return locationOf[cell];
    }

    /** True for the locations that are official crossing points (the rest are green border). */
    public boolean isCrossingPointLocation(int location) {
        return location < crossingPoints.size();
    }

    /** The group's origin cells at the start of the run. */
    public int[] origins(int group) {
        return origins.get(group);
    }

    /** The group's origin cells after its k-th dated move (GroupSpec.originMoves, in day order). */
    public int[] originsAfterMove(int group, int k) {
        return originMoves.get(group).get(k);
    }

    public int[] destinations(int group) {
        return destinations.get(group);
    }

    public int bloCount() {
        return bloSites.size();
    }

    public BloSite bloSite(int blo) {
        return bloSites.get(blo);
    }
}
