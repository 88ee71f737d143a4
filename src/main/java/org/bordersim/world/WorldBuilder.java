package org.bordersim.world;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.IntStream;
import org.bordersim.files.InputException;
import org.bordersim.files.Problem;
import org.bordersim.geo.GeoGrid;
import org.bordersim.geo.GeoProjection;
import org.bordersim.geo.GeoRasteriser;
import org.bordersim.scenario.BloSpec;
import org.bordersim.scenario.GroupSpec;
import org.bordersim.scenario.MapSpec;
import org.bordersim.scenario.Scenario;
import org.bordersim.scenario.Seasons;
import org.bordersim.scenario.TerrainType;
import org.bordersim.scenario.Zone;

/**
 * Builds a {@link World} in named steps, each checking the map as far as it goes: read or
 * generate the grid, derive the terrain layers, find the border, group the crossing posts, cut
 * the green border into reporting stretches, resolve the groups' zones and the BLOs' sites, and
 * finally check reachability and the work a replication would take. A step that finds problems
 * stops the build with all of them.
 */
final class WorldBuilder {
    private final String file;
    private final Scenario scenario;
    private final List<Problem> problems = new ArrayList<>();
    private GridMap map;
    private double[] travel;
    private boolean[] border;
    private int[] crossingPointOf;
    private List<CrossingPoint> crossingPoints;

    WorldBuilder(String file, Scenario scenario) {
        this.file = file;
        this.scenario = scenario;
    }

    World build() throws InputException {
        readMap();
        stopIfProblems();
        double[] visible = terrainLayers();
        findBorderOrStop();
        stopIfProblems();
        groupCrossingPointsOnRoads();
        stopIfProblems();
        List<String> locationNames = new ArrayList<>();
        crossingPoints.forEach(p -> locationNames.add(p.name()));
        int[] locationOf = assignLocations(map, border, crossingPointOf, crossingPoints.size(),
                scenario.reporting().greenBorderSegments(), locationNames);
        List<int[]> origins = new ArrayList<>();
        List<int[]> destinations = new ArrayList<>();
        List<List<int[]>> originMoves = new ArrayList<>();
        for (int i = 0; i < scenario.groups().size(); i++) {
            GroupSpec g = scenario.groups().get(i);
            origins.add(zoneCells("/groups/" + i + "/origin", g.origin()));
            destinations.add(zoneCells("/groups/" + i + "/destination", g.destination()));
            List<int[]> moves = new ArrayList<>();
            for (int k = 0; k < g.originMoves().size(); k++) {
                moves.add(zoneCells("/groups/" + i + "/originMoves/" + k + "/origin", g.originMoves().get(k).origin()));
            }
            originMoves.add(moves);
        }
        List<BloSite> sites = new ArrayList<>();
        for (int i = 0; i < scenario.blos().size(); i++) {
            BloSite site = site(i, scenario.blos().get(i), scenario.blos());
            for (int j = 0; j < i && site != null && site.crossingPoint() < 0; j++) {
                if (sites.get(j) != null && sites.get(j).postCell() == site.postCell()) {
                    problems.add(new Problem(file, "/blos/" + i + "/inlandPost", "BLO '" + scenario.blos().get(j).name()
                            + "' (/blos/" + j + ") already has its post at that cell; one post per cell"));
                }
            }
            sites.add(site);
        }
        List<int[]> closures = closures();
        boolean[] inClosure = closures.isEmpty() ? null : new boolean[map.cells()];
        for (int[] cells : closures) for (int c : cells) inClosure[c] = true;
        int spacing = latticeSpacing();
        stopIfProblems();
        byte[] fromBorder = distanceFromBorder();
        List<int[]> everyOrigin = new ArrayList<>(origins);
        originMoves.forEach(everyOrigin::addAll);
        boolean[] fine = spacing > 1 ? cellsKeptOffTheLattice(fromBorder, everyOrigin, destinations, inClosure, sites) : null;
        World world = new World(map, travel, visible, border, fromBorder, crossingPointOf, locationOf, crossingPoints,
                locationNames, origins, originMoves, destinations, sites, fine, spacing, closures);
        checkReachable(world);
        stopIfProblems();
        return world;
    }

    /**
     * The cells of each closure: first the passes that close in winter (all of them, one closure), then each dated
     * closure of a crossing (its posts). Empty when there is neither.
     */
    private List<int[]> closures() {
        List<Seasons.ClosedPass> passes = scenario.seasons().closedPasses();
        List<Scenario.CrossingClosure> dated = scenario.crossingClosures();
        if (passes.isEmpty() && dated.isEmpty()) return List.of();
        List<int[]> closures = new ArrayList<>();
        IntStream.Builder winter = IntStream.builder();
        for (int i = 0; i < passes.size(); i++) {
            for (int c : zoneCells("/seasons/closedPasses/" + i + "/cells", passes.get(i).cells())) winter.add(c);
        }
        closures.add(winter.build().distinct().sorted().toArray());
        for (int i = 0; i < dated.size(); i++) {
            String name = dated.get(i).crossing();
            CrossingPoint point = crossingPoints.stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
            if (point == null) {
                problems.add(new Problem(file, "/crossingClosures/" + i + "/crossing", "no crossing '" + name + "'; the map has "
                        + (crossingPoints.isEmpty() ? "none" : String.join(", ", crossingPoints.stream().map(CrossingPoint::name).toList()))));
                closures.add(new int[0]);
            } else {
                closures.add(point.cells().stream().mapToInt(Integer::intValue).sorted().toArray());
            }
        }
        return closures;
    }

    /** The route lattice's spacing in cells (1: none), or a problem if it is set below 2 cells. */
    private int latticeSpacing() {
        double km = scenario.map().routeLatticeKm();
        if (km == 0) return 1;
        int spacing = cellsWithin(km);
        if (spacing < 2) {
            problems.add(new Problem(file, "/map/routeLatticeKm", String.format(Locale.ROOT, "a route lattice of %s km is "
                    + "less than 2 cells of %s km; give at least %s km, or 0 to route through every cell", km, map.cellKm(),
                    2 * map.cellKm())));
        }
        return spacing;
    }

    /**
     * The cells that stay route nodes under a lattice: every cell that can ever carry remembered risk (within reach
     * of a seizure of the border, plus a group's memory radius), roads and settlements (fast ways a lattice would cut
     * across), cells beside impassable ones (so routes bend round obstacles cell by cell), origins and destinations,
     * and the cells of every closure (passes closed in winter, crossings closed on dates).
     * Seizures happen at posts, within detection range of patrols and teams on the sector's border cells, and within
     * a joint operation's staging radius of its crossing, so all happen within the largest of those of the border.
     */
    private boolean[] cellsKeptOffTheLattice(byte[] fromBorder, List<int[]> origins, List<int[]> destinations,
                                             boolean[] inClosure, List<BloSite> sites) {
        int seizureReach = cellsWithin(scenario.jointOperations().stagingRadiusKm());
        for (BloSpec b : scenario.blos()) seizureReach = Math.max(seizureReach, cellsWithin(b.patrol().detectionRangeKm()));
        int memoryReach = 0;
        for (GroupSpec g : scenario.groups()) memoryReach = Math.max(memoryReach, cellsWithin(g.memoryRadiusKm()));
        int band = seizureReach + 1 + memoryReach + 1;
        boolean[] fine = new boolean[map.cells()];
        int[] around = new int[8];
        for (int c = 0; c < map.cells(); c++) {
            // Past the largest distance kept, every cell is in the band (a band that wide leaves no lattice).
            fine[c] |= (fromBorder[c] & 0xFF) <= band || band >= World.FAR_FROM_BORDER;
            Terrain t = map.terrain(c);
            if (t == Terrain.ROAD || t == Terrain.SETTLEMENT || map.bcp(c)) fine[c] = true;
            if (t.passable()) continue;
            int n = map.neighbours(c, around);
            for (int k = 0; k < n; k++) fine[around[k]] = true;
        }
        for (int[] zone : origins) for (int c : zone) fine[c] = true;
        for (int[] zone : destinations) for (int c : zone) fine[c] = true;
        // A closure is entered cell by cell, never run across, so a pass or a crossing shut is never hidden inside a run.
        if (inClosure != null) for (int c = 0; c < fine.length; c++) fine[c] |= inClosure[c];
        // An inland post seizes away from the border: the risk its seizures leave is remembered around it.
        int reach = 1 + memoryReach + 1;
        for (BloSite site : sites) {
            if (site.crossingPoint() >= 0) continue;
            int px = site.postCell() % map.width();
            int py = site.postCell() / map.width();
            for (int y = Math.max(0, py - reach); y <= Math.min(map.height() - 1, py + reach); y++) {
                for (int x = Math.max(0, px - reach); x <= Math.min(map.width() - 1, px + reach); x++) fine[y * map.width() + x] = true;
            }
        }
        return fine;
    }

    /**
     * Each cell's Chebyshev distance to the nearest border cell, in cells (World.FAR_FROM_BORDER and beyond as that):
     * spread outwards from the border cells, whatever the terrain, as patrols see and memories spread.
     */
    private byte[] distanceFromBorder() {
        byte[] distance = new byte[map.cells()];
        Arrays.fill(distance, (byte) World.FAR_FROM_BORDER);
        int[] queue = new int[map.cells()];
        int tail = 0;
        for (int c = 0; c < map.cells(); c++) {
            if (border[c]) {
                distance[c] = 0;
                queue[tail++] = c;
            }
        }
        int[] around = new int[8];
        for (int head = 0; head < tail; head++) {
            int c = queue[head];
            int d = distance[c] & 0xFF;
            if (d + 1 >= World.FAR_FROM_BORDER) continue;
            int n = map.neighbours(c, around);
            for (int k = 0; k < n; k++) {
                if ((distance[around[k]] & 0xFF) != World.FAR_FROM_BORDER) continue;
                distance[around[k]] = (byte) (d + 1);
                queue[tail++] = around[k];
            }
        }
        return distance;
    }

    /** The grid, drawn in the file, generated or rasterised from geography. */
    private void readMap() throws InputException {
        MapSpec spec = scenario.map();
        if (spec.ascii() != null) map = AsciiMapReader.read(file, spec.ascii(), spec.cellKm(), problems);
        else if (spec.generator() != null) map = MapGenerator.generate(spec.generator(), spec.cellKm());
        else map = fromGeography(GeoRasteriser.rasterise(file, spec.geo(), spec.cellKm()), spec.cellKm());
    }

    private static GridMap fromGeography(GeoGrid grid, double cellKm) {
        byte[] ordinal = new byte[grid.terrainNames().size()];
        for (int i = 0; i < ordinal.length; i++) {
            ordinal[i] = (byte) Terrain.valueOf(grid.terrainNames().get(i).toUpperCase(Locale.ROOT)).ordinal();
        }
        byte[] terrain = new byte[grid.terrain().length];
        for (int c = 0; c < terrain.length; c++) terrain[c] = ordinal[grid.terrain()[c]];
        boolean[] bcp = new boolean[terrain.length];
        for (int cell : grid.posts().keySet()) bcp[cell] = true;
        return new GridMap(grid.width(), grid.height(), cellKm, terrain, grid.country(), grid.countryIds(), bcp, grid.posts());
    }

    /** Hours to enter each cell (infinite where impassable); returns each cell's visibility. */
    private double[] terrainLayers() {
        int n = map.cells();
        travel = new double[n];
        double[] visible = new double[n];
        for (int c = 0; c < n; c++) {
            TerrainType t = map.terrain(c).in(scenario.terrain());
            travel[c] = t == null ? Double.POSITIVE_INFINITY : map.cellKm() / t.speedKmh();
            visible[c] = t == null ? 0 : t.visibility();
        }
        return visible;
    }

    /** The border; a map without one stops at once, and posts off it are problems. */
    private void findBorderOrStop() throws InputException {
        border = findBorder(map);
        boolean anyBorder = false;
        for (boolean b : border) anyBorder |= b;
        if (!anyBorder) {
            throw new InputException(new Problem(file, "/map", map.countryIds().size() < 2
                    ? "the map has only one country ('" + map.countryIds().get(0) + "'), so it has no border;"
                    + " give cells of at least two countries"
                    : "no passable cell touches a passable cell of another country, so the map has no border"));
        }
        for (int c = 0; c < map.cells(); c++) {
            if (map.bcp(c) && !border[c]) {
                problems.add(new Problem(file, terrainRow(c), "crossing post at column " + (c % map.width()) + ", row "
                        + (c / map.width()) + " is not on the border (it must touch a cell of another country)"));
            }
        }
    }

    /** Crossing points from connected posts; each must touch a road, and named crossings must not run together. */
    private void groupCrossingPointsOnRoads() {
        crossingPointOf = new int[map.cells()];
        crossingPoints = groupCrossingPoints(map, crossingPointOf);
        for (CrossingPoint p : crossingPoints) {
            List<String> names = p.cells().stream().map(map::postName).filter(Objects::nonNull).distinct().toList();
            if (names.size() > 1) {
                problems.add(new Problem(file, "/map/geo/crossings", "crossings " + String.join(" and ", names) + " touch at "
                        + "this cell size, so they would be one crossing; give a smaller cellKm or leave one out"));
            }
            if (!touchesRoad(map, p)) {
                int c = p.cells().get(0);
                problems.add(new Problem(file, terrainRow(c), "crossing " + p.name() + " (column " + (c % map.width()) + ", row "
                        + (c / map.width()) + ") touches no road; a post stands on a road, so "
                        + (scenario.map().geo() != null ? "give a road layer that leads to it" : "draw road cells ('=') leading to it")));
            }
        }
    }

    /** Where a problem at a cell is reported: its row of the drawn map, or the map as a whole. */
    private String terrainRow(int cell) {
        if (scenario.map().ascii() != null) return "/map/ascii/terrain/" + (cell / map.width());
        String name = map.postName(cell);
        if (name != null) {
            for (int i = 0; i < scenario.map().geo().crossings().size(); i++) {
                if (scenario.map().geo().crossings().get(i).name().equals(name)) return "/map/geo/crossings/" + i;
            }
        }
        return "/map";
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
            String name = cells.stream().map(map::postName).filter(Objects::nonNull).findFirst().orElse("X" + (index + 1));
            points.add(new CrossingPoint(index, name, cells));
        }
        return points;
    }

    /**
     * Location index of every border cell: its crossing point for BCP cells, otherwise a stretch of green border.
     * Between two countries the green border is cut into {@code segments} equal stretches, green-1 ... green-n in
     * north-to-south order of the cells. On a map of more countries a stretch of one border says more than a stretch
     * of all of them: each pair of countries gets its own stretches, green-AFG-TJK-1 ..., as many as its share of the
     * green border's cells gives (at least one; largest remainders first, ties to the pair met first).
     */
    private static int[] assignLocations(GridMap map, boolean[] border, int[] crossingPointOf, int pointCount,
                                         int segments, List<String> names) {
        int[] locationOf = new int[map.cells()];
        Arrays.fill(locationOf, -1);
        long countries = map.countryIds().stream().filter(id -> !id.equals(World.OUTSIDE_COUNTRY)).count();
        // The border each green cell lies on: its pair of countries (a cell at a three-country corner takes the other
        // country of lowest index); one pair for the whole map between two countries.
        int ids = map.countryIds().size();
        int[] pairOf = new int[map.cells()];
        int[] indexOfKey = new int[ids * ids];
        Arrays.fill(indexOfKey, -1);
        List<Integer> pairKeys = new ArrayList<>(); // lower country x ids + higher country, in order of first cell
        List<Integer> pairCells = new ArrayList<>();
        int[] around = new int[8];
        for (int c = 0; c < map.cells(); c++) {
            if (!border[c] || crossingPointOf[c] >= 0) continue;
            int key = 0;
            if (countries > 2) {
                int a = map.country(c);
                int b = Integer.MAX_VALUE;
                int n = map.neighbours(c, around);
                for (int k = 0; k < n; k++) {
                    int o = around[k];
                    if (map.terrain(o).passable() && map.country(o) != a) b = Math.min(b, map.country(o));
                }
                key = Math.min(a, b) * ids + Math.max(a, b);
            }
            if (indexOfKey[key] < 0) {
                indexOfKey[key] = pairKeys.size();
                pairKeys.add(key);
                pairCells.add(0);
            }
            int index = indexOfKey[key];
            pairOf[c] = index;
            pairCells.set(index, pairCells.get(index) + 1);
        }
        int[] stretches = stretchesPerPair(pairCells, segments);
        int[] first = new int[pairKeys.size()];
        for (int p = 0, next = pointCount; p < pairKeys.size(); p++) {
            first[p] = next;
            next += stretches[p];
            for (int s = 0; s < stretches[p]; s++) {
                names.add(countries > 2 ? "green-" + map.countryIds().get(pairKeys.get(p) / ids) + "-" + map.countryIds().get(pairKeys.get(p) % ids)
                        + (stretches[p] > 1 ? "-" + (s + 1) : "") : "green-" + (s + 1));
            }
        }
        if (pairKeys.isEmpty()) names.add("green-1"); // no green border at all: one empty stretch, as before
        int[] rank = new int[pairKeys.size()];
        for (int c = 0; c < map.cells(); c++) {
            if (!border[c]) continue;
            if (crossingPointOf[c] >= 0) {
                locationOf[c] = crossingPointOf[c];
            } else {
                int p = pairOf[c];
                locationOf[c] = first[p] + (int) ((long) rank[p]++ * stretches[p] / pairCells.get(p));
            }
        }
        return locationOf;
    }

    /** How many stretches each pair's green border is cut into: segments shared by cells, at least one each. */
    private static int[] stretchesPerPair(List<Integer> cells, int segments) {
        int total = cells.stream().mapToInt(Integer::intValue).sum();
        int[] out = new int[cells.size()];
        double[] remainder = new double[cells.size()];
        int given = 0;
        for (int p = 0; p < out.length; p++) {
            double exact = (double) segments * cells.get(p) / total;
            out[p] = Math.max(1, Math.min(cells.get(p), (int) Math.floor(exact)));
            remainder[p] = exact - Math.floor(exact);
            given += out[p];
        }
        while (given < segments) {
            int best = -1;
            for (int p = 0; p < out.length; p++) {
                if (out[p] < cells.get(p) && (best < 0 || remainder[p] > remainder[best])) best = p;
            }
            if (best < 0) break;
            out[best]++;
            remainder[best] = -1;
            given++;
        }
        return out;
    }

    private int[] zoneCells(String at, Zone zone) {
        int w = map.width();
        List<Integer> cells = new ArrayList<>();
        int country = -1;
        if (zone.country() != null) {
            country = map.countryIds().indexOf(zone.country());
            if (country < 0) {
                problems.add(new Problem(file, at + "/country", "no country '" + zone.country()
                        + "' on the map; it has " + String.join(", ", map.countryIds())));
                return new int[0];
            }
        }
        if (zone.around() != null) {
            aroundPlace(zone.around(), country, cells);
        } else if (zone.edge() != null) {
            // The edge's cells in index order (north to south, then west to east).
            boolean row = zone.edge().equals("north") || zone.edge().equals("south");
            int first = switch (zone.edge()) {
                case "north", "west" -> 0;
                case "south" -> (map.height() - 1) * w;
                default -> w - 1;
            };
            int count = row ? w : map.height();
            for (int i = 0; i < count; i++) {
                int c = first + (row ? i : i * w);
                if (country < 0 || map.country(c) == country) cells.add(c);
            }
        } else if (zone.rect() != null) {
            List<Integer> r = zone.rect();
            if (r.get(2) >= w || r.get(3) >= map.height()) {
                problems.add(new Problem(file, at + "/rect", "rectangle " + r + " reaches beyond the map ("
                        + w + " x " + map.height() + " cells; x 0.." + (w - 1) + ", y 0.." + (map.height() - 1) + ")"));
                return new int[0];
            }
            for (int y = r.get(1); y <= r.get(3); y++) for (int x = r.get(0); x <= r.get(2); x++) cells.add(y * w + x);
        } else {
            for (int i = 0; i < zone.cells().size(); i++) {
                List<Integer> xy = zone.cells().get(i);
                if (xy.get(0) >= w || xy.get(1) >= map.height()) {
                    problems.add(new Problem(file, at + "/cells/" + i, "cell " + xy + " is off the map ("
                            + w + " x " + map.height() + " cells)"));
                    return new int[0];
                }
                cells.add(xy.get(1) * w + xy.get(0));
            }
        }
        int[] passable = cells.stream().mapToInt(Integer::intValue).filter(c -> travel[c] != Double.POSITIVE_INFINITY).distinct().sorted().toArray();
        if (passable.length == 0) problems.add(new Problem(file, at, "the zone holds no passable cell"));
        return passable;
    }

    /** The cells whose centres lie within the radius of a place (the place's own cell always), of one country if given. */
    private void aroundPlace(Zone.Around around, int country, List<Integer> cells) {
        GeoProjection projection = new GeoProjection(scenario.map().geo().box(), map.cellKm());
        double px = projection.x(around.lon());
        double py = projection.y(around.lat());
        double radius = around.radiusKm() / map.cellKm();
        int own = (int) Math.floor(py) * map.width() + (int) Math.floor(px);
        int r = (int) Math.ceil(radius);
        for (int y = Math.max(0, (int) py - r); y <= Math.min(map.height() - 1, (int) py + r); y++) {
            for (int x = Math.max(0, (int) px - r); x <= Math.min(map.width() - 1, (int) px + r); x++) {
                int c = y * map.width() + x;
                boolean near = c == own || Math.hypot(x + 0.5 - px, y + 0.5 - py) <= radius;
                if (near && (country < 0 || map.country(c) == country)) cells.add(c);
            }
        }
    }

    private BloSite site(int i, BloSpec blo, List<BloSpec> all) {
        String at = "/blos/" + i;
        if (blo.inlandPost() != null) return inlandSite(at, blo);
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
            if (blo.crossing().equals(all.get(j).crossing()) && all.get(j).country().equals(blo.country())) {
                problems.add(new Problem(file, at, "BLO '" + all.get(j).name() + "' (/blos/" + j
                        + ") already sits at " + blo.crossing() + " on the side of " + blo.country()));
            }
        }
        return new BloSite(post, point.index(), country, sector(post, country, blo));
    }

    /**
     * An inland checkpoint: the given road or settlement cell of the BLO's country, off the border; on a map from
     * geography the nearest such cell to the place within {@code snapKm}. Its patrol sector is found as for a
     * crossing's BLO (the border cells of its country near the post: none when it is far inland).
     */
    private BloSite inlandSite(String at, BloSpec blo) {
        int country = map.countryIds().indexOf(blo.country());
        if (country < 0 || World.OUTSIDE_COUNTRY.equals(blo.country())) {
            problems.add(new Problem(file, at + "/country", "no country '" + blo.country() + "' on the map; its countries are "
                    + String.join(", ", map.countryIds().stream().filter(id -> !id.equals(World.OUTSIDE_COUNTRY)).toList())));
            return null;
        }
        BloSpec.InlandPost place = blo.inlandPost();
        int post;
        if (place.cell() != null) {
            int x = place.cell().get(0);
            int y = place.cell().get(1);
            if (x >= map.width() || y >= map.height()) {
                problems.add(new Problem(file, at + "/inlandPost/cell", "cell " + place.cell() + " is off the map ("
                        + map.width() + " x " + map.height() + " cells)"));
                return null;
            }
            post = y * map.width() + x;
            if (!inlandPostCell(post, country)) {
                problems.add(new Problem(file, at + "/inlandPost/cell", "cell " + place.cell() + " is not a road or settlement cell of "
                        + blo.country() + " off the border (it is " + map.terrain(post).name().toLowerCase(Locale.ROOT) + " of "
                        + map.countryIds().get(map.country(post)) + (border[post] ? ", on the border" : "") + ")"));
                return null;
            }
        } else {
            post = nearestInlandPostCell(place, country);
            if (post < 0) {
                problems.add(new Problem(file, at + "/inlandPost", String.format(Locale.ROOT, "no road or settlement cell of %s "
                        + "off the border within %s km of (%s, %s); move the point or raise snapKm", blo.country(),
                        place.snapKm(), place.lon(), place.lat())));
                return null;
            }
        }
        return new BloSite(post, -1, country, sector(post, country, blo));
    }

    private boolean inlandPostCell(int c, int country) {
        Terrain t = map.terrain(c);
        return map.country(c) == country && !border[c] && !map.bcp(c) && (t == Terrain.ROAD || t == Terrain.SETTLEMENT);
    }

    /** The inland post cell nearest the place (by cell centre, ties to the lower index), or -1 if none within snapKm. */
    private int nearestInlandPostCell(BloSpec.InlandPost place, int country) {
        GeoProjection projection = new GeoProjection(scenario.map().geo().box(), map.cellKm());
        double px = projection.x(place.lon());
        double py = projection.y(place.lat());
        double radius = place.snapKm() / map.cellKm();
        int r = (int) Math.ceil(radius) + 1;
        int best = -1;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int y = Math.max(0, (int) py - r); y <= Math.min(map.height() - 1, (int) py + r); y++) {
            for (int x = Math.max(0, (int) px - r); x <= Math.min(map.width() - 1, (int) px + r); x++) {
                int c = y * map.width() + x;
                double d = Math.hypot(x + 0.5 - px, y + 0.5 - py);
                if (d <= radius && d < bestDistance && inlandPostCell(c, country)) {
                    best = c;
                    bestDistance = d;
                }
            }
        }
        return best;
    }

    /** The green-border cells of the BLO's country within its sector radius of its post, in index order. */
    private int[] sector(int post, int country, BloSpec blo) {
        int radius = cellsWithin(blo.patrol().sectorRadiusKm());
        int px = post % map.width();
        int py = post / map.width();
        // The square around the post, row by row: the sector in index order.
        IntStream.Builder sectorCells = IntStream.builder();
        for (int y = Math.max(0, py - radius); y <= Math.min(map.height() - 1, py + radius); y++) {
            for (int x = Math.max(0, px - radius); x <= Math.min(map.width() - 1, px + radius); x++) {
                int c = y * map.width() + x;
                if (border[c] && crossingPointOf[c] < 0 && map.country(c) == country) sectorCells.add(c);
            }
        }
        return sectorCells.build().toArray();
    }

    /**
     * Couriers are stepped every hour they are on the road: shipments x hours on the road is the
     * model's work. 10^9 courier-hours take a few minutes per replication.
     */
    static final double MAX_COURIER_HOURS = 1e9;

    private void checkReachable(World world) {
        // Groups with the same destination share one search (real borders have a few markets and many groups).
        int groups = scenario.groups().size();
        Integer[] order = new Integer[groups];
        for (int i = 0; i < groups; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> Arrays.compare(world.destinations(a), world.destinations(b)));
        List<List<Integer>> byDestination = new ArrayList<>();
        for (int i : order) {
            List<Integer> last = byDestination.isEmpty() ? null : byDestination.get(byDestination.size() - 1);
            if (last != null && Arrays.equals(world.destinations(last.get(0)), world.destinations(i))) last.add(i);
            else byDestination.add(new ArrayList<>(List.of(i)));
        }
        // Which origins reach the destination, and an upper bound of their fastest travel time (fewest moves x the
        // longest move), by breadth-first searches. Only if that bound breaks the courier-hours limit are the exact
        // times computed (Dijkstra; several times the work on a map of millions of cells), so the limit refuses what
        // it refused before, and nothing else.
        double[] hoursSum = new double[groups];
        int[] unreachable = new int[groups];
        int[] firstUnreachable = new int[groups];
        double bound = CostField.longestMoveHours(world) * (1 + 1e-9); // a margin for the rounding of sums of many moves
        for (List<Integer> sharing : byDestination) {
            int[] moves = CostField.movesToZone(world, world.destinations(sharing.get(0)));
            for (int i : sharing) {
                firstUnreachable[i] = -1;
                for (int c : world.origins(i)) {
                    int m = moves[world.routes().node(c)];
                    if (m < 0) {
                        if (unreachable[i]++ == 0) firstUnreachable[i] = c;
                    } else {
                        hoursSum[i] += m * bound;
                    }
                }
                // Origins the group moves to later must reach the destination too.
                for (int k = 0; k < scenario.groups().get(i).originMoves().size(); k++) {
                    for (int c : world.originsAfterMove(i, k)) {
                        if (moves[world.routes().node(c)] < 0 && unreachable[i]++ == 0) firstUnreachable[i] = c;
                    }
                }
            }
        }
        if (courierHours(world, order, hoursSum) > MAX_COURIER_HOURS) {
            fastestHours(world, byDestination, hoursSum);
        }
        double courierHours = courierHours(world, order, hoursSum);
        Problem[] unreachableFrom = new Problem[groups];
        for (int i : order) {
            if (unreachable[i] > 0) {
                int first = firstUnreachable[i];
                unreachableFrom[i] = new Problem(file, "/groups/" + i + "/destination", "no route reaches the destination from "
                        + unreachable[i] + " of " + originCount(world, i) + " origin cells (e.g. column " + (first % map.width())
                        + ", row " + (first / map.width()) + "); impassable terrain cuts the map");
            }
        }
        for (Problem p : unreachableFrom) if (p != null) problems.add(p);
        if (courierHours > MAX_COURIER_HOURS) {
            problems.add(new Problem(file, "/groups", String.format(Locale.ROOT, "shipments would spend at least "
                    + "%.2g courier-hours on the road per replication (shipments x their fastest travel time); the limit is %.0g, "
                    + "because every courier is moved every hour (lower dispatchPerWeek or durationDays, or check the terrain "
                    + "speeds: at these speeds couriers take long to cross the map)", courierHours, MAX_COURIER_HOURS)));
        }
    }

    /** Shipments x their mean travel time from the group's origins (capped at the run's length), summed over groups. */
    private double courierHours(World world, Integer[] order, double[] hoursSum) {
        double courierHours = 0;
        for (int i : order) {
            double shipments = scenario.groups().get(i).dispatchPerWeek() / 168.0 * scenario.durationHours();
            courierHours += shipments * Math.min(hoursSum[i] / world.origins(i).length, scenario.durationHours());
        }
        return courierHours;
    }

    /**
     * Each group's summed fastest travel time from its reachable origins: with no risk a field's cost is the fastest
     * travel time, a lower bound of each courier's time on the road. One field per distinct destination, computed side
     * by side (each with its own queue; each group's sum is written by one task only), read in the same order as ever.
     */
    private void fastestHours(World world, List<List<Integer>> byDestination, double[] hoursSum) {
        Arrays.fill(hoursSum, 0);
        byDestination.parallelStream().forEach(sharing -> {
            CostField field = new CostField(world, world.destinations(sharing.get(0)), new CellHeap(world.routeNodeCount()));
            field.compute(null, 0, 0);
            for (int i : sharing) {
                for (int c : world.origins(i)) if (!Double.isInfinite(field.cost(c))) hoursSum[i] += field.cost(c);
            }
        });
    }

    /** The group's origin cells, its later moves' included. */
    private int originCount(World world, int group) {
        int n = world.origins(group).length;
        for (int k = 0; k < scenario.groups().get(group).originMoves().size(); k++) n += world.originsAfterMove(group, k).length;
        return n;
    }

    private int cellsWithin(double km) {
        return World.cellsWithin(km, map.cellKm());
    }

    private void stopIfProblems() throws InputException {
        if (!problems.isEmpty()) throw new InputException(problems);
    }
}
