package org.bordersim.geo;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.bordersim.files.InputException;
import org.bordersim.files.Json;
import org.bordersim.files.Problem;
import org.bordersim.scenario.GeoMap;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.util.AffineTransformation;

/**
 * Rasterises a {@link GeoMap} onto its grid, in this order (docs/SCENARIOS.md, "Maps from geography"):
 * <ol>
 * <li>countries: a cell belongs to the country whose polygon holds its centre; a cell in none, or in a country not
 * kept, is outside (impassable);</li>
 * <li>terrain: the ground, then the first elevation rule each cell's elevation and slope meet, then the layers in
 * order, each painting over the one before;</li>
 * <li>roads last, over everything (bridges cross rivers);</li>
 * <li>crossings: the two cells, one of each country, where a road crosses their border nearest the given point;</li>
 * <li>wherever road cells of two countries touch away from a crossing, both take the terrain beneath the road, so a
 * road leads across a border only at a crossing.</li>
 * </ol>
 */
public final class GeoRasteriser {
    static final String ROAD = "road";
    static final String IMPASSABLE = "impassable";
    /** The country id of cells in no kept country. */
    public static final String OUTSIDE = "outside";

    private final String file;
    private final Path folder;
    private final GeoMap geo;
    private final double cellKm;
    private final GeoProjection projection;
    private final AffineTransformation toGrid;
    private final int width;
    private final int height;
    private final List<Problem> problems = new ArrayList<>();
    private final List<String> terrainNames = new ArrayList<>();
    private byte[] terrain;
    private int[] country;
    private List<String> countryIds;
    private boolean[] road;

    private GeoRasteriser(String file, GeoMap geo, double cellKm) {
        this.file = file;
        Path parent = Path.of(file).toAbsolutePath().getParent();
        this.folder = parent == null ? Path.of("").toAbsolutePath() : parent;
        this.geo = geo;
        this.cellKm = cellKm;
        this.projection = new GeoProjection(geo.box(), cellKm);
        this.toGrid = projection.toGrid();
        this.width = projection.columns();
        this.height = projection.rows();
    }

    /**
     * @param file the scenario file, as problems name it; the map's files are named relative to its folder
     */
    public static GeoGrid rasterise(String file, GeoMap geo, double cellKm) throws InputException {
        return new GeoRasteriser(file, geo, cellKm).run();
    }

    private GeoGrid run() throws InputException {
        paintCountries();
        stopIfProblems();
        terrain = new byte[width * height];
        Arrays.fill(terrain, code(geo.ground()));
        if (geo.elevation() != null) paintElevation();
        road = new boolean[width * height];
        for (int i = 0; i < geo.layers().size(); i++) paintLayer(i);
        stopIfProblems();
        int outside = countryIds.indexOf(OUTSIDE);
        byte impassable = code(IMPASSABLE);
        byte roadCode = code(ROAD);
        for (int c = 0; c < terrain.length; c++) {
            if (country[c] == outside) {
                terrain[c] = impassable;
                road[c] = false;
            }
        }
        byte[] beneath = terrain.clone();
        for (int c = 0; c < terrain.length; c++) if (road[c]) terrain[c] = roadCode;
        Map<Integer, String> posts = placeCrossings(impassable);
        stopIfProblems();
        cutRoadsAcrossBorders(posts, roadCode, beneath);
        return new GeoGrid(width, height, terrain, List.copyOf(terrainNames), country, countryIds, posts);
    }

    private byte code(String terrainName) {
        int i = terrainNames.indexOf(terrainName);
        if (i < 0) {
            terrainNames.add(terrainName);
            i = terrainNames.size() - 1;
        }
        return (byte) i;
    }

    // ---- countries

    private void paintCountries() throws InputException {
        GeoMap.Countries spec = geo.countries();
        List<GeoJson.Feature> features = features("/map/geo/countries/file", spec.file());
        int[] painted = new int[width * height];
        Arrays.fill(painted, -1);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            GeoJson.Feature f = features.get(i);
            JsonNode id = f.properties().get(spec.idProperty());
            if (id == null || !(id.isTextual() || id.isNumber()) || id.asText().isBlank()) {
                problems.add(new Problem(file, "/map/geo/countries/idProperty", spec.file() + ": feature " + i
                        + " has no property '" + spec.idProperty() + "' naming its country"));
                continue;
            }
            if (!(f.geometry() instanceof Polygonal)) {
                problems.add(new Problem(file, "/map/geo/countries/file", spec.file() + ": feature " + i + " ('" + id.asText()
                        + "') is a " + f.geometry().getGeometryType() + "; countries must be Polygon or MultiPolygon features"));
                continue;
            }
            String name = spec.only().isEmpty() || spec.only().contains(id.asText()) ? id.asText() : OUTSIDE;
            if (!ids.contains(name)) ids.add(name);
            int index = ids.indexOf(name);
            paintArea(toGrid.transform(f.geometry()), c -> {
                if (painted[c] < 0) painted[c] = index;
            });
        }
        for (int k = 0; k < spec.only().size(); k++) {
            if (!ids.contains(spec.only().get(k))) {
                problems.add(new Problem(file, "/map/geo/countries/only/" + k, "no country '" + spec.only().get(k) + "' in "
                        + spec.file() + "; it has " + String.join(", ", ids.stream().filter(s -> !s.equals(OUTSIDE)).toList())));
            }
        }
        // Countries are numbered by their first cell in row order, as on drawn maps; a dropped country and cells in
        // no polygon share the one id OUTSIDE.
        country = new int[width * height];
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int c = 0; c < painted.length; c++) {
            String name = painted[c] < 0 ? OUTSIDE : ids.get(painted[c]);
            Integer k = index.get(name);
            if (k == null) {
                k = index.size();
                index.put(name, k);
            }
            country[c] = k;
        }
        countryIds = List.copyOf(index.keySet());
        if (countryIds.stream().filter(s -> !s.equals(OUTSIDE)).count() < 2) {
            problems.add(new Problem(file, "/map/geo/countries", "the box holds " + (countryIds.contains(OUTSIDE)
                    ? countryIds.size() - 1 : countryIds.size()) + " of the countries kept; a border needs two"));
        }
    }

    // ---- terrain

    private void paintElevation() throws InputException {
        GeoMap.Elevation spec = geo.elevation();
        ElevationGrid grid;
        try {
            grid = ElevationGrid.read(folder.resolve(spec.file()), spec.file());
        } catch (InputException e) {
            throw underField(e, "/map/geo/elevation/file");
        }
        double[] metres = new double[width * height];
        for (int y = 0; y < height; y++) {
            double lat = projection.lat(y + 0.5);
            for (int x = 0; x < width; x++) metres[y * width + x] = grid.sample(projection.lon(x + 0.5), lat);
        }
        byte[] codes = new byte[spec.rules().size()];
        for (int r = 0; r < codes.length; r++) codes[r] = code(spec.rules().get(r).terrain());
        double run = 2 * cellKm * 1000;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int c = y * width + x;
                if (Double.isNaN(metres[c])) continue;
                double slope = slopePercent(metres, x, y, run);
                for (int r = 0; r < codes.length; r++) {
                    if (spec.rules().get(r).holds(metres[c], slope)) {
                        terrain[c] = codes[r];
                        break;
                    }
                }
            }
        }
    }

    /** Rise over run x 100 from the neighbours across the cell (one side at the map's edge or next to unknown values). */
    private double slopePercent(double[] metres, int x, int y, double twoCellsM) {
        double dx = difference(metres, y * width + Math.max(0, x - 1), y * width + Math.min(width - 1, x + 1),
                y * width + x, twoCellsM);
        double dy = difference(metres, Math.max(0, y - 1) * width + x, Math.min(height - 1, y + 1) * width + x,
                y * width + x, twoCellsM);
        return 100 * Math.hypot(dx, dy);
    }

    private static double difference(double[] m, int before, int after, int here, double twoCellsM) {
        double a = Double.isNaN(m[before]) ? m[here] : m[before];
        double b = Double.isNaN(m[after]) ? m[here] : m[after];
        double span = (before == here || after == here || Double.isNaN(m[before]) || Double.isNaN(m[after]))
                ? twoCellsM / 2 : twoCellsM;
        return (b - a) / span;
    }

    private void paintLayer(int i) throws InputException {
        GeoMap.Layer layer = geo.layers().get(i);
        String at = "/map/geo/layers/" + i;
        List<Geometry> shapes = new ArrayList<>();
        if (layer.polygon() != null) {
            shapes.add(GeoJson.polygon(file, at + "/polygon", Json.STRICT.valueToTree(List.of(layer.polygon()))));
        } else {
            for (GeoJson.Feature f : features(at + "/file", layer.file())) if (kept(layer, f.properties())) shapes.add(f.geometry());
            if (shapes.isEmpty()) {
                problems.add(new Problem(file, at, "no feature of " + layer.file() + " matches " + filterText(layer)
                        + ", so the layer '" + layer.name() + "' paints nothing"));
            }
        }
        boolean isRoad = layer.terrain().equals(ROAD);
        byte paint = isRoad ? 0 : code(layer.terrain());
        CellAction action = isRoad ? c -> road[c] = true : c -> terrain[c] = paint;
        double radius = layer.radiusKm() / cellKm;
        for (Geometry shape : shapes) paint(toGrid.transform(shape), radius, action);
    }

    private static boolean kept(GeoMap.Layer layer, JsonNode properties) {
        for (Map.Entry<String, Object> e : layer.where().entrySet()) {
            JsonNode v = properties.get(e.getKey());
            if (v == null) return false;
            Object want = e.getValue();
            boolean same = want instanceof Number n ? v.isNumber() && v.doubleValue() == n.doubleValue()
                    : want instanceof Boolean b ? v.isBoolean() && v.booleanValue() == b
                    : v.isTextual() && v.textValue().equals(want);
            if (!same) return false;
        }
        for (Map.Entry<String, Double> e : layer.atLeast().entrySet()) {
            JsonNode v = properties.get(e.getKey());
            if (v == null || !v.isNumber() || v.doubleValue() < e.getValue()) return false;
        }
        return true;
    }

    private static String filterText(GeoMap.Layer layer) {
        List<String> parts = new ArrayList<>();
        new TreeMap<>(layer.where()).forEach((k, v) -> parts.add(k + " = " + v));
        new TreeMap<>(layer.atLeast()).forEach((k, v) -> parts.add(k + " >= " + BigDecimal.valueOf(v).stripTrailingZeros().toPlainString()));
        return parts.isEmpty() ? "(no filter)" : String.join(" and ", parts);
    }

    // ---- painting shapes in grid coordinates

    @FunctionalInterface
    private interface CellAction {
        void at(int cell);
    }

    private void paint(Geometry g, double radius, CellAction action) {
        if (g instanceof Polygonal) {
            paintArea(g, action);
        } else if (g instanceof LineString line) {
            paintLine(line, action);
        } else if (g instanceof Point p) {
            paintPoint(p.getX(), p.getY(), radius, action);
        } else {
            for (int i = 0; i < g.getNumGeometries(); i++) paint(g.getGeometryN(i), radius, action);
        }
    }

    /** Every cell whose centre the area holds (on its edge counts as inside). */
    private void paintArea(Geometry area, CellAction action) {
        Envelope e = area.getEnvelopeInternal();
        int x0 = Math.max(0, (int) Math.floor(e.getMinX() - 0.5));
        int x1 = Math.min(width - 1, (int) Math.ceil(e.getMaxX() - 0.5));
        int y0 = Math.max(0, (int) Math.floor(e.getMinY() - 0.5));
        int y1 = Math.min(height - 1, (int) Math.ceil(e.getMaxY() - 0.5));
        IndexedPointInAreaLocator locator = new IndexedPointInAreaLocator(area);
        Coordinate centre = new Coordinate();
        for (int y = y0; y <= y1; y++) {
            centre.y = y + 0.5;
            for (int x = x0; x <= x1; x++) {
                centre.x = x + 0.5;
                if (locator.locate(centre) != Location.EXTERIOR) action.at(y * width + x);
            }
        }
    }

    /**
     * Every cell the line passes through, walked segment by segment from cell to cell across shared sides (so a river
     * leaves no diagonal gap to slip through).
     */
    private void paintLine(LineString line, CellAction action) {
        Coordinate[] points = line.getCoordinates();
        for (int i = 0; i + 1 < points.length; i++) walk(points[i].x, points[i].y, points[i + 1].x, points[i + 1].y, action);
        if (points.length == 1) paintPoint(points[0].x, points[0].y, 0, action);
    }

    private void walk(double ax, double ay, double bx, double by, CellAction action) {
        walk(ax, ay, bx, by, (x, y) -> {
            if (x >= 0 && y >= 0 && x < width && y < height) action.at(y * width + x);
        });
    }

    /** Visits a grid position (x, y); positions off the grid are visited too. */
    @FunctionalInterface
    interface PositionVisitor {
        void at(int x, int y);
    }

    /**
     * Visits every cell the segment from (ax, ay) to (bx, by) passes through, in order, each next to the one before
     * across a side (never only at a corner), from the cell holding the start to the cell holding the end.
     */
    static void walk(double ax, double ay, double bx, double by, PositionVisitor visitor) {
        int x = (int) Math.floor(ax);
        int y = (int) Math.floor(ay);
        int endX = (int) Math.floor(bx);
        int endY = (int) Math.floor(by);
        double dx = bx - ax;
        double dy = by - ay;
        int stepX = dx > 0 ? 1 : -1;
        int stepY = dy > 0 ? 1 : -1;
        // Fractions of the segment at which it crosses the next vertical and horizontal cell side.
        double nextX = dx == 0 ? Double.POSITIVE_INFINITY : ((stepX > 0 ? x + 1 : x) - ax) / dx;
        double nextY = dy == 0 ? Double.POSITIVE_INFINITY : ((stepY > 0 ? y + 1 : y) - ay) / dy;
        double everyX = dx == 0 ? Double.POSITIVE_INFINITY : Math.abs(1 / dx);
        double everyY = dy == 0 ? Double.POSITIVE_INFINITY : Math.abs(1 / dy);
        int steps = Math.abs(endX - x) + Math.abs(endY - y);
        for (int s = 0; ; s++) {
            visitor.at(x, y);
            if (s == steps) break;
            // The walk ends in the end cell whatever rounding does: once one axis is done, only the other moves.
            if (y == endY || (x != endX && nextX < nextY)) {
                x += stepX;
                nextX += everyX;
            } else {
                y += stepY;
                nextY += everyY;
            }
        }
    }

    private void paintPoint(double px, double py, double radius, CellAction action) {
        int cx = (int) Math.floor(px);
        int cy = (int) Math.floor(py);
        int r = (int) Math.ceil(radius);
        for (int y = cy - r; y <= cy + r; y++) {
            for (int x = cx - r; x <= cx + r; x++) {
                if (x < 0 || y < 0 || x >= width || y >= height) continue;
                boolean own = x == cx && y == cy;
                if (own || Math.hypot(x + 0.5 - px, y + 0.5 - py) <= radius) action.at(y * width + x);
            }
        }
    }

    // ---- crossings

    private Map<Integer, String> placeCrossings(byte impassable) {
        Map<Integer, String> posts = new TreeMap<>();
        for (int i = 0; i < geo.crossings().size(); i++) {
            GeoMap.Crossing crossing = geo.crossings().get(i);
            String at = "/map/geo/crossings/" + i;
            int a = countryIds.indexOf(crossing.countries().get(0));
            int b = countryIds.indexOf(crossing.countries().get(1));
            if (a < 0 || b < 0) {
                String missing = a < 0 ? crossing.countries().get(0) : crossing.countries().get(1);
                problems.add(new Problem(file, at + "/countries", "no country '" + missing + "' on the map; it has "
                        + String.join(", ", countryIds.stream().filter(s -> !s.equals(OUTSIDE)).toList())));
                continue;
            }
            int[] pair = nearestRoadCrossing(crossing, a, b, impassable);
            if (pair == null) {
                problems.add(new Problem(file, at, String.format(Locale.ROOT, "%s: no road crosses the border of %s and %s "
                        + "within snapKm = %s km of %s E, %s N%s; add a road layer that reaches the crossing, correct its position, "
                        + "or widen snapKm", crossing.name(), crossing.countries().get(0), crossing.countries().get(1),
                        crossing.snapKm(), crossing.lon(), crossing.lat(), nearestBorderText(crossing, a, b, impassable))));
                continue;
            }
            for (int cell : pair) {
                String before = posts.putIfAbsent(cell, crossing.name());
                if (before != null) {
                    problems.add(new Problem(file, at, crossing.name() + " would share its post with " + before
                            + "; at this cell size the two crossings fall on the same cells"));
                }
                terrain[cell] = code(ROAD);
            }
        }
        return posts;
    }

    /**
     * The two touching cells (one of each country) nearest the crossing point, within its snapKm, where a road crosses
     * the border: a road on both sides first, else a road on one (a road drawn to the border line may end on it).
     */
    private int[] nearestRoadCrossing(GeoMap.Crossing crossing, int a, int b, byte impassable) {
        int[] best = null;
        int bestRoads = 0;
        double bestDistance = Double.POSITIVE_INFINITY;
        double px = projection.x(crossing.lon());
        double py = projection.y(crossing.lat());
        double reach = crossing.snapKm() / cellKm;
        int r = (int) Math.ceil(reach) + 1;
        for (int y = Math.max(0, (int) py - r); y <= Math.min(height - 1, (int) py + r); y++) {
            for (int x = Math.max(0, (int) px - r); x <= Math.min(width - 1, (int) px + r); x++) {
                int c = y * width + x;
                if (country[c] != a || !passable(c, impassable)) continue;
                for (int ny = Math.max(0, y - 1); ny <= Math.min(height - 1, y + 1); ny++) {
                    for (int nx = Math.max(0, x - 1); nx <= Math.min(width - 1, x + 1); nx++) {
                        int d = ny * width + nx;
                        if (country[d] != b || !passable(d, impassable)) continue;
                        int roads = (road[c] ? 1 : 0) + (road[d] ? 1 : 0);
                        double distance = Math.hypot((x + nx) / 2.0 + 0.5 - px, (y + ny) / 2.0 + 0.5 - py);
                        if (roads == 0 || distance > reach) continue;
                        if (roads > bestRoads || (roads == bestRoads && distance < bestDistance)) {
                            best = new int[] {c, d};
                            bestRoads = roads;
                            bestDistance = distance;
                        }
                    }
                }
            }
        }
        return best;
    }

    /** How far the nearest touching cells of the two countries are, for the message when no road crosses. */
    private String nearestBorderText(GeoMap.Crossing crossing, int a, int b, byte impassable) {
        double px = projection.x(crossing.lon());
        double py = projection.y(crossing.lat());
        double best = Double.POSITIVE_INFINITY;
        int[] around = {-1, 0, 1};
        for (int c = 0; c < country.length; c++) {
            if (country[c] != a || !passable(c, impassable)) continue;
            int x = c % width;
            int y = c / width;
            for (int ox : around) {
                for (int oy : around) {
                    int nx = x + ox;
                    int ny = y + oy;
                    if (nx < 0 || ny < 0 || nx >= width || ny >= height) continue;
                    int d = ny * width + nx;
                    if (country[d] == b && passable(d, impassable)) best = Math.min(best, Math.hypot(x + ox / 2.0 + 0.5 - px, y + oy / 2.0 + 0.5 - py));
                }
            }
        }
        return Double.isInfinite(best) ? " (the two countries share no passable border on this map)"
                : String.format(Locale.ROOT, " (their border is %.1f km away at its nearest)", best * cellKm);
    }

    private boolean passable(int cell, byte impassable) {
        return road[cell] || terrain[cell] != impassable;
    }

    /** Road cells of two countries that touch away from a crossing take the terrain beneath the road. */
    private void cutRoadsAcrossBorders(Map<Integer, String> posts, byte roadCode, byte[] beneath) {
        boolean[] cut = new boolean[terrain.length];
        for (int c = 0; c < terrain.length; c++) {
            if (terrain[c] != roadCode || posts.containsKey(c)) continue;
            int x = c % width;
            int y = c / width;
            for (int ny = Math.max(0, y - 1); ny <= Math.min(height - 1, y + 1); ny++) {
                for (int nx = Math.max(0, x - 1); nx <= Math.min(width - 1, x + 1); nx++) {
                    int d = ny * width + nx;
                    if (terrain[d] == roadCode && country[d] != country[c] && !posts.containsKey(d)) {
                        cut[c] = true;
                        cut[d] = true;
                    }
                }
            }
        }
        for (int c = 0; c < terrain.length; c++) if (cut[c]) terrain[c] = beneath[c];
    }

    // ---- files

    private List<GeoJson.Feature> features(String at, String name) throws InputException {
        try {
            return GeoJson.read(folder.resolve(name), name);
        } catch (InputException e) {
            throw underField(e, at);
        }
    }

    /** A data file's problems, reported at the scenario field that names the file. */
    private InputException underField(InputException e, String at) {
        List<Problem> out = new ArrayList<>();
        for (Problem p : e.problems()) {
            out.add(new Problem(file, at, p.file() + (p.where().isEmpty() ? "" : " at " + p.where()) + ": " + p.message()));
        }
        return new InputException(out);
    }

    private void stopIfProblems() throws InputException {
        if (!problems.isEmpty()) throw new InputException(problems);
    }
}
