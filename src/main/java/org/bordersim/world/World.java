package org.bordersim.world;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.bordersim.files.InputException;
import org.bordersim.files.Problem;
import org.bordersim.scenario.BloSpec;
import org.bordersim.scenario.GroupSpec;
import org.bordersim.scenario.Scenario;
import org.bordersim.scenario.TerrainType;
import org.bordersim.scenario.Zone;

/**
 * The map of one scenario with everything derived from it: travel time and visibility per
 * cell, the border, crossing points, the locations crossings are counted by, each group's
 * origin and destination cells and each BLO's site. Immutable and shared by all replications.
 */
public final class World {
    private final GridMap map;
    private final double[] travelHours;
    private final double[] visibility;
    private final boolean[] border;
    private final int[] crossingPointOf;
    private final int[] locationOf;
    private final List<CrossingPoint> crossingPoints;
    private final List<String> locationNames;
    private final List<int[]> origins;
    private final List<int[]> destinations;
    private final List<BloSite> bloSites;

    private World(GridMap map, double[] travelHours, double[] visibility, boolean[] border, int[] crossingPointOf,
                  int[] locationOf, List<CrossingPoint> crossingPoints, List<String> locationNames,
                  List<int[]> origins, List<int[]> destinations, List<BloSite> bloSites) {
        this.map = map;
        this.travelHours = travelHours;
        this.visibility = visibility;
        this.border = border;
        this.crossingPointOf = crossingPointOf;
        this.locationOf = locationOf;
        this.crossingPoints = List.copyOf(crossingPoints);
        this.locationNames = List.copyOf(locationNames);
        this.origins = List.copyOf(origins);
        this.destinations = List.copyOf(destinations);
        this.bloSites = List.copyOf(bloSites);
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
        List<Problem> problems = new ArrayList<>();
        GridMap map = scenario.map().ascii() != null
                ? AsciiMapReader.read(file, scenario.map().ascii(), scenario.map().cellKm(), problems)
                : MapGenerator.generate(scenario.map().generator(), scenario.map().cellKm());
        if (!problems.isEmpty()) throw new InputException(problems);

        int n = map.cells();
        double[] travel = new double[n];
        double[] visible = new double[n];
        for (int c = 0; c < n; c++) {
            TerrainType t = map.terrain(c).in(scenario.terrain());
            travel[c] = t == null ? Double.POSITIVE_INFINITY : map.cellKm() / t.speedKmh();
            visible[c] = t == null ? 0 : t.visibility();
        }
        boolean[] border = findBorder(map);
        boolean anyBorder = false;
        for (boolean b : border) anyBorder |= b;
        if (!anyBorder) {
            throw new InputException(new Problem(file, "/map", map.countryIds().size() < 2
                    ? "the map has only one country ('" + map.countryIds().get(0) + "'), so it has no border;"
                    + " give cells of at least two countries"
                    : "no passable cell touches a passable cell of another country, so the map has no border"));
        }
        for (int c = 0; c < n; c++) {
            if (map.bcp(c) && !border[c]) {
                problems.add(new Problem(file, scenario.map().ascii() != null ? "/map/ascii/terrain/" + (c / map.width()) : "/map",
                        "crossing post at column " + (c % map.width()) + ", row " + (c / map.width())
                                + " is not on the border (it must touch a cell of another country)"));
            }
        }
        if (!problems.isEmpty()) throw new InputException(problems);

        int[] crossingPointOf = new int[n];
        List<CrossingPoint> points = groupCrossingPoints(map, crossingPointOf);
        for (CrossingPoint p : points) {
            if (!touchesRoad(map, p)) {
                int c = p.cells().get(0);
                problems.add(new Problem(file, scenario.map().ascii() != null ? "/map/ascii/terrain/" + (c / map.width()) : "/map",
                        "crossing " + p.name() + " (column " + (c % map.width()) + ", row " + (c / map.width())
                                + ") touches no road; a post stands on a road, so draw road cells ('=') leading to it"));
            }
        }
        if (!problems.isEmpty()) throw new InputException(problems);
        List<String> locationNames = new ArrayList<>();
        points.forEach(p -> locationNames.add(p.name()));
        int[] locationOf = assignLocations(map, border, crossingPointOf, points.size(),
                scenario.reporting().greenBorderSegments(), locationNames);

        World partial = new World(map, travel, visible, border, crossingPointOf, locationOf, points, locationNames,
                List.of(), List.of(), List.of());
        List<int[]> origins = new ArrayList<>();
        List<int[]> destinations = new ArrayList<>();
        for (int i = 0; i < scenario.groups().size(); i++) {
            GroupSpec g = scenario.groups().get(i);
            origins.add(partial.zoneCells(file, "/groups/" + i + "/origin", g.origin(), problems));
            destinations.add(partial.zoneCells(file, "/groups/" + i + "/destination", g.destination(), problems));
        }
        List<BloSite> sites = new ArrayList<>();
        for (int i = 0; i < scenario.blos().size(); i++) {
            sites.add(partial.site(file, i, scenario.blos().get(i), scenario.blos(), problems));
        }
        if (!problems.isEmpty()) throw new InputException(problems);
        World world = new World(map, travel, visible, border, crossingPointOf, locationOf, points, locationNames,
                origins, destinations, sites);
        world.checkReachable(file, scenario, problems);
        if (!problems.isEmpty()) throw new InputException(problems);
        return world;
    }

    private static boolean[] findBorder(GridMap map) {
        boolean[] border = new boolean[map.cells()];
        int[] around = new int[8];
        for (int c = 0; c < map.cells(); c++) {
            if (!map.terrain(c).passable()) continue;
            int n = map.neighbours(c, around);
            for (int k = 0; k < n && !border[c]; k++) {
                int o = around[k];
                border[c] = map.terrain(o).passable() && map.country(o) != map.country(c);
            }
        }
        return border;
    }

    /** A post nobody drives to is a drawing mistake: some cell next to it must be road. */
    private static boolean touchesRoad(GridMap map, CrossingPoint point) {
        int[] around = new int[8];
        for (int cell : point.cells()) {
            int n = map.neighbours(cell, around);
            for (int k = 0; k < n; k++) {
                if (!map.bcp(around[k]) && map.terrain(around[k]) == Terrain.ROAD) return true;
            }
        }
        return false;
    }

    /** Connected (8-neighbour) groups of BCP cells, numbered in row-major order of first cell. */
    private static List<CrossingPoint> groupCrossingPoints(GridMap map, int[] crossingPointOf) {
        Arrays.fill(crossingPointOf, -1);
        List<CrossingPoint> points = new ArrayList<>();
        int[] stack = new int[map.cells()];
        int[] around = new int[8];
        for (int c = 0; c < map.cells(); c++) {
            if (!map.bcp(c) || crossingPointOf[c] >= 0) continue;
            int index = points.size();
            List<Integer> cells = new ArrayList<>();
            int top = 0;
            stack[top++] = c;
            crossingPointOf[c] = index;
            while (top > 0) {
                int cell = stack[--top];
                cells.add(cell);
                int n = map.neighbours(cell, around);
                for (int k = 0; k < n; k++) {
                    int o = around[k];
                    if (map.bcp(o) && crossingPointOf[o] < 0) {
                        crossingPointOf[o] = index;
                        stack[top++] = o;
                    }
                }
            }
            cells.sort(null);
            points.add(new CrossingPoint(index, "X" + (index + 1), cells));
        }
        return points;
    }

    /**
     * Location index of every border cell: its crossing point for BCP cells, otherwise one of
     * {@code segments} equal stretches of green border, in north-to-south order of the cells.
     */
    private static int[] assignLocations(GridMap map, boolean[] border, int[] crossingPointOf, int pointCount,
                                         int segments, List<String> names) {
        int[] locationOf = new int[map.cells()];
        Arrays.fill(locationOf, -1);
        int green = 0;
        for (int c = 0; c < map.cells(); c++) if (border[c] && crossingPointOf[c] < 0) green++;
        int used = Math.max(1, Math.min(segments, green));
        int rank = 0;
        for (int c = 0; c < map.cells(); c++) {
            if (!border[c]) continue;
            if (crossingPointOf[c] >= 0) {
                locationOf[c] = crossingPointOf[c];
            } else {
                locationOf[c] = pointCount + (int) ((long) rank * used / Math.max(1, green));
                rank++;
            }
        }
        for (int s = 0; s < used; s++) names.add("green-" + (s + 1));
        return locationOf;
    }

    private int[] zoneCells(String file, String at, Zone zone, List<Problem> problems) {
        int w = width();
        List<Integer> cells = new ArrayList<>();
        if (zone.edge() != null) {
            int country = -1;
            if (zone.country() != null) {
                country = map.countryIds().indexOf(zone.country());
                if (country < 0) {
                    problems.add(new Problem(file, at + "/country", "no country '" + zone.country()
                            + "' on the map; it has " + String.join(", ", map.countryIds())));
                    return new int[0];
                }
            }
            for (int c = 0; c < cells(); c++) {
                int x = c % w;
                int y = c / w;
                boolean onEdge = switch (zone.edge()) {
                    case "north" -> y == 0;
                    case "south" -> y == height() - 1;
                    case "west" -> x == 0;
                    default -> x == w - 1;
                };
                if (onEdge && (country < 0 || map.country(c) == country)) cells.add(c);
            }
        } else if (zone.rect() != null) {
            List<Integer> r = zone.rect();
            if (r.get(2) >= w || r.get(3) >= height()) {
                problems.add(new Problem(file, at + "/rect", "rectangle " + r + " reaches beyond the map ("
                        + w + " x " + height() + " cells; x 0.." + (w - 1) + ", y 0.." + (height() - 1) + ")"));
                return new int[0];
            }
            for (int y = r.get(1); y <= r.get(3); y++) for (int x = r.get(0); x <= r.get(2); x++) cells.add(y * w + x);
        } else {
            for (int i = 0; i < zone.cells().size(); i++) {
                List<Integer> xy = zone.cells().get(i);
                if (xy.get(0) >= w || xy.get(1) >= height()) {
                    problems.add(new Problem(file, at + "/cells/" + i, "cell " + xy + " is off the map ("
                            + w + " x " + height() + " cells)"));
                    return new int[0];
                }
                cells.add(xy.get(1) * w + xy.get(0));
            }
        }
        int[] passable = cells.stream().mapToInt(Integer::intValue).filter(this::passable).distinct().sorted().toArray();
        if (passable.length == 0) problems.add(new Problem(file, at, "the zone holds no passable cell"));
        return passable;
    }

    private BloSite site(String file, int i, BloSpec blo, List<BloSpec> all, List<Problem> problems) {
        String at = "/blos/" + i;
        CrossingPoint point = crossingPoints.stream().filter(p -> p.name().equals(blo.crossing())).findFirst().orElse(null);
        if (point == null) {
            problems.add(new Problem(file, at + "/crossing", "no crossing '" + blo.crossing() + "'; the map has "
                    + (crossingPoints.isEmpty() ? "none" : String.join(", ", crossingPoints.stream().map(CrossingPoint::name).toList()))));
            return null;
        }
        int country = map.countryIds().indexOf(blo.country());
        Integer post = point.cells().stream().filter(c -> map.country(c) == country).findFirst().orElse(null);
        if (country < 0 || post == null) {
            List<String> sides = point.cells().stream().map(c -> map.countryIds().get(map.country(c))).distinct().toList();
            problems.add(new Problem(file, at + "/country", "crossing " + point.name() + " has no post of country '"
                    + blo.country() + "'; its posts are in " + String.join(", ", sides)));
            return null;
        }
        for (int j = 0; j < i; j++) {
            if (all.get(j).crossing().equals(blo.crossing()) && all.get(j).country().equals(blo.country())) {
                problems.add(new Problem(file, at, "BLO '" + all.get(j).name() + "' (/blos/" + j
                        + ") already sits at " + blo.crossing() + " on the side of " + blo.country()));
            }
        }
        int radius = cellsWithin(blo.patrol().sectorRadiusKm());
        int px = post % width();
        int py = post / width();
        int[] sector = IntStream.range(0, cells())
                .filter(c -> border[c] && crossingPointOf[c] < 0 && map.country(c) == country
                        && Math.abs(c % width() - px) <= radius && Math.abs(c / width() - py) <= radius)
                .toArray();
        return new BloSite(post, point.index(), country, sector);
    }

    /**
     * Couriers are stepped every hour they are on the road: shipments x hours on the road is the
     * model's work. 10^9 courier-hours take a few minutes per replication.
     */
    public static final double MAX_COURIER_HOURS = 1e9;

    private void checkReachable(String file, Scenario scenario, List<Problem> problems) {
        CellHeap heap = new CellHeap(cells());
        double courierHours = 0;
        for (int i = 0; i < scenario.groups().size(); i++) {
            CostField field = new CostField(this, destinations.get(i), heap);
            // With no risk the field's cost is the fastest travel time: a lower bound of each courier's time on the road.
            field.compute(null, 0, 0);
            double hours = 0;
            for (int c : origins.get(i)) hours += Double.isInfinite(field.cost(c)) ? 0 : field.cost(c);
            double shipments = scenario.groups().get(i).dispatchPerWeek() / 168.0 * scenario.durationHours();
            courierHours += shipments * Math.min(hours / origins.get(i).length, scenario.durationHours());
            int unreachable = 0;
            int first = -1;
            for (int c : origins.get(i)) {
                if (Double.isInfinite(field.cost(c))) {
                    unreachable++;
                    if (first < 0) first = c;
                }
            }
            if (unreachable > 0) {
                problems.add(new Problem(file, "/groups/" + i + "/destination", "no route reaches the destination from "
                        + unreachable + " of " + origins.get(i).length + " origin cells (e.g. column " + (first % width())
                        + ", row " + (first / width()) + "); impassable terrain cuts the map"));
            }
        }
        if (courierHours > MAX_COURIER_HOURS) {
            problems.add(new Problem(file, "/groups", String.format(Locale.ROOT, "shipments would spend at least "
                    + "%.2g courier-hours on the road per replication (shipments x their fastest travel time); the limit is %.0g, "
                    + "because every courier is moved every hour (lower dispatchPerWeek or durationDays, or check the terrain "
                    + "speeds: at these speeds couriers take long to cross the map)", courierHours, MAX_COURIER_HOURS)));
        }
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
        return (int) Math.floor(km / map.cellKm() + 1e-9);
    }

    /** Hours to enter the cell: its side over its terrain's speed. */
    public double travelHours(int cell) {
        return travelHours[cell];
    }

    /** Whether the cell is mountain terrain (slowed in winter). */
    public boolean mountain(int cell) {
        return map.terrain(cell) == Terrain.MOUNTAIN;
    }

    public double visibility(int cell) {
        return visibility[cell];
    }

    public boolean border(int cell) {
        return border[cell];
    }

    public boolean bcp(int cell) {
        return map.bcp(cell);
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

    /** True for the locations that are official crossing points (the rest are green border). */
    public boolean isCrossingPointLocation(int location) {
        return location < crossingPoints.size();
    }

    public int[] origins(int group) {
        return origins.get(group);
    }

    public int[] destinations(int group) {
        return destinations.get(group);
    }

    public BloSite bloSite(int blo) {
        return bloSites.get(blo);
    }
}
