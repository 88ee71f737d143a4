package org.bordersim.scenario;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.bordersim.files.Problem;

/**
 * Cross-field rules the JSON Schema cannot state, and the size limits that keep a run within
 * one machine's memory. Rules that need the built map (border, reachability) live in the world
 * package, which reports them the same way.
 */
public final class ScenarioChecks {
    /**
     * Largest map cells x trafficking groups: each group keeps a cost field of 12 bytes per cell
     * in every replication running at once, and a loss memory that is a bit per cell on large maps
     * (8 bytes per cell only on maps of at most 262,144 cells). 80 million is about 1 GB.
     */
    public static final long MAX_CELL_FIELDS = 80_000_000L;
    /** Bytes per cell of one group's field and memory on a large map, for the message. */
    private static final double BYTES_PER_FIELD_CELL = 12.2;
    /** Largest expected number of shipments in one replication. */
    public static final double MAX_SHIPMENTS_PER_REPLICATION = 5_000_000;
    /** Every officer is an agent with its own state, simulated every hour: far beyond any real border's staff. */
    public static final long MAX_OFFICERS = 100_000;
    /** Every legitimate arrival at a post is simulated: 200 million a replication take about 15 s. */
    public static final double MAX_LEGITIMATE_ARRIVALS_PER_REPLICATION = 200_000_000;

    private ScenarioChecks() {
    }

    private static final String INVISIBLE = "contains an invisible or control character (such as a zero-width space), so two "
            + "names could look the same in every report; write it without";

    /** Control and format characters (zero-width spaces and joiners, direction marks) have no place in a label. */
    static boolean invisible(String name) {
        return name.codePoints().anyMatch(c -> Character.getType(c) == Character.FORMAT || Character.isISOControl(c));
    }

    public static List<Problem> check(String file, Scenario s) {
        List<Problem> out = new ArrayList<>();
        checkMap(file, s.map(), out);
        Set<String> groupNames = new HashSet<>();
        double shipments = 0;
        for (int i = 0; i < s.groups().size(); i++) {
            GroupSpec g = s.groups().get(i);
            String at = "/groups/" + i;
            if (!groupNames.add(g.name())) out.add(new Problem(file, at + "/name", "duplicate group name '" + g.name() + "'"));
            if (invisible(g.name())) out.add(new Problem(file, at + "/name", INVISIBLE));
            if (g.shipmentSize().min() > g.shipmentSize().max()) {
                out.add(new Problem(file, at + "/shipmentSize", "min (" + g.shipmentSize().min()
                        + ") must not exceed max (" + g.shipmentSize().max() + ")"));
            }
            checkZone(file, at + "/origin", g.origin(), s.map().geo() != null, out);
            checkZone(file, at + "/destination", g.destination(), s.map().geo() != null, out);
            int previous = 0;
            for (int k = 0; k < g.originMoves().size(); k++) {
                GroupSpec.OriginMove move = g.originMoves().get(k);
                checkZone(file, at + "/originMoves/" + k + "/origin", move.origin(), s.map().geo() != null, out);
                if (move.fromDay() <= previous) {
                    out.add(new Problem(file, at + "/originMoves/" + k + "/fromDay", "moves must be in day order, each after the one "
                            + "before (day " + previous + "), found " + move.fromDay()));
                }
                previous = move.fromDay();
            }
            if (g.activeUntilDay() != null && g.activeUntilDay() <= g.activeFromDay()) {
                out.add(new Problem(file, at + "/activeUntilDay", "must be after activeFromDay (" + g.activeFromDay() + "), found "
                        + g.activeUntilDay()));
            }
            shipments += g.dispatchPerWeek() * s.durationDays() / 7.0;
        }
        if (shipments > MAX_SHIPMENTS_PER_REPLICATION) {
            out.add(new Problem(file, "/groups", String.format(Locale.ROOT,
                    "about %.0f shipments per replication expected; the limit is %.0f (lower dispatchPerWeek or durationDays)",
                    shipments, MAX_SHIPMENTS_PER_REPLICATION)));
        }
        long cells = s.map().cells();
        if (cells * s.groups().size() > MAX_CELL_FIELDS) {
            out.add(new Problem(file, "/groups", String.format(Locale.ROOT,
                    "%d groups on a map of %d cells need %d cost-field cells per replication (about %.1f GB); the limit is %d"
                            + " (use fewer groups or a smaller map)", s.groups().size(), cells,
                    cells * s.groups().size(), cells * s.groups().size() * BYTES_PER_FIELD_CELL / 1e9, MAX_CELL_FIELDS)));
        }
        double arrivals = s.blos().stream().mapToDouble(b -> b.checkpoint().legitimateArrivalsPerHour()).sum() * s.durationHours();
        if (arrivals > MAX_LEGITIMATE_ARRIVALS_PER_REPLICATION) {
            out.add(new Problem(file, "/blos", String.format(Locale.ROOT,
                    "about %.0f legitimate arrivals at the posts per replication (legitimateArrivalsPerHour x hours, all posts); "
                            + "the limit is %.0f, because each is simulated (lower the traffic or durationDays)",
                    arrivals, MAX_LEGITIMATE_ARRIVALS_PER_REPLICATION)));
        }
        long officers = s.blos().stream().mapToLong(BloSpec::staffing).sum();
        if (officers > MAX_OFFICERS) {
            out.add(new Problem(file, "/blos", "the BLOs' staffing adds up to " + officers + " officers; the limit is "
                    + MAX_OFFICERS + " per scenario"));
        }
        Set<String> bloNames = new HashSet<>();
        for (int i = 0; i < s.blos().size(); i++) {
            BloSpec b = s.blos().get(i);
            if (!bloNames.add(b.name())) out.add(new Problem(file, "/blos/" + i + "/name", "duplicate BLO name '" + b.name() + "'"));
            if (invisible(b.name())) out.add(new Problem(file, "/blos/" + i + "/name", INVISIBLE));
            checkPlace(file, "/blos/" + i, b, s.map().geo() != null, out);
            if (!b.agencies().isEmpty()) {
                int sum = b.agencies().stream().mapToInt(Agency::staffing).sum();
                if (sum != b.staffing()) {
                    out.add(new Problem(file, "/blos/" + i + "/agencies", "the agencies' staffing adds up to " + sum
                            + ", but the BLO's staffing is " + b.staffing() + "; make them equal"));
                }
                Set<Agency.Kind> kinds = new HashSet<>();
                for (int k = 0; k < b.agencies().size(); k++) {
                    if (!kinds.add(b.agencies().get(k).agency())) {
                        out.add(new Problem(file, "/blos/" + i + "/agencies/" + k + "/agency", "agency '"
                                + b.agencies().get(k).agency().jsonName() + "' listed twice"));
                    }
                }
            }
        }
        checkSharing(file, s, out);
        for (int i = 0; i < s.crossingClosures().size(); i++) {
            Scenario.CrossingClosure c = s.crossingClosures().get(i);
            if (c.untilDay() != null && c.untilDay() <= c.fromDay()) {
                out.add(new Problem(file, "/crossingClosures/" + i + "/untilDay", "the crossing must open again after it closes: "
                        + "untilDay " + c.untilDay() + " is not after fromDay " + c.fromDay()));
            }
        }
        for (int i = 0; i < s.seasons().closedPasses().size(); i++) {
            String at = "/seasons/closedPasses/" + i;
            checkZone(file, at + "/cells", s.seasons().closedPasses().get(i).cells(), s.map().geo() != null, out);
            if (s.seasons().winterMonths().isEmpty() || s.seasons().mountainSlowdown() <= 1) {
                out.add(new Problem(file, at, "a pass closes in winter, and the model knows winter by its slower mountains: "
                        + "give seasons.winterMonths and a seasons.mountainSlowdown above 1 (found " + s.seasons().mountainSlowdown()
                        + (s.seasons().winterMonths().isEmpty() ? ", and no winter months" : "") + ")"));
            }
        }
        if (s.officers().maxSkill() < s.officers().initialSkill()) {
            out.add(new Problem(file, "/officers/maxSkill", "must be at least initialSkill ("
                    + s.officers().initialSkill() + "), found " + s.officers().maxSkill()));
        }
        return out;
    }

    /** A map from geography rasterises to at most this many cells per side: the generator's and drawn maps' limit. */
    static final int MAX_GEO_SIDE = 2000;

    private static void checkMap(String file, MapSpec map, List<Problem> out) {
        int given = (map.ascii() != null ? 1 : 0) + (map.generator() != null ? 1 : 0) + (map.geo() != null ? 1 : 0);
        if (given != 1) {
            out.add(new Problem(file, "/map", "give exactly one of 'ascii', 'generator' or 'geo'"));
            return;
        }
        if (map.geo() != null) {
            checkGeo(file, map.geo(), map.cellKm(), out);
            return;
        }
        if (map.generator() != null) {
            // Map size is bounded by the schema (at most 2000 x 2000 cells).
            GeneratorSpec g = map.generator();
            if (g.crossings() > g.roads()) {
                out.add(new Problem(file, "/map/generator/crossings", "must not exceed roads (" + g.roads()
                        + "), found " + g.crossings()));
            }
            return;
        }
        AsciiMap a = map.ascii();
        int width = a.terrain().get(0).length();
        for (int y = 0; y < a.terrain().size(); y++) {
            if (a.terrain().get(y).length() != width) {
                out.add(new Problem(file, "/map/ascii/terrain/" + y, "row has " + a.terrain().get(y).length()
                        + " characters; row 0 has " + width + " (all rows must be equally long)"));
            }
        }
        if (a.countries().size() != a.terrain().size()) {
            out.add(new Problem(file, "/map/ascii/countries", "has " + a.countries().size()
                    + " rows; terrain has " + a.terrain().size()));
        }
        for (int y = 0; y < a.countries().size(); y++) {
            if (a.countries().get(y).length() != width) {
                out.add(new Problem(file, "/map/ascii/countries/" + y, "row has " + a.countries().get(y).length()
                        + " characters; terrain rows have " + width));
            }
        }
        for (String key : a.legend().keySet()) {
            if (key.codePointCount(0, key.length()) != 1) {
                out.add(new Problem(file, "/map/ascii/legend/" + key, "legend keys must be single characters"));
            }
        }
    }

    private static void checkGeo(String file, GeoMap geo, double cellKm, List<Problem> out) {
        GeoMap.Box box = geo.box();
        if (box.east() <= box.west()) {
            out.add(new Problem(file, "/map/geo/box/east", "must be more than west (" + box.west() + "), found " + box.east()
                    + " (a box across the 180th meridian is not supported)"));
        }
        if (box.north() <= box.south()) {
            out.add(new Problem(file, "/map/geo/box/north", "must be more than south (" + box.south() + "), found " + box.north()));
        }
        if (box.east() > box.west() && box.north() > box.south()) {
            int columns = box.columns(cellKm);
            int rows = box.rows(cellKm);
            if (columns > MAX_GEO_SIDE || rows > MAX_GEO_SIDE) {
                out.add(new Problem(file, "/map/cellKm", String.format(Locale.ROOT, "the box is %d x %d cells of %s km; "
                        + "at most %d cells a side (give a larger cellKm or a smaller box)", columns, rows, cellKm, MAX_GEO_SIDE)));
            } else if (columns < 3 || rows < 3) {
                out.add(new Problem(file, "/map/cellKm", String.format(Locale.ROOT, "the box is only %d x %d cells of %s km; "
                        + "give a smaller cellKm or a larger box", columns, rows, cellKm)));
            }
        }
        for (int i = 0; i < geo.layers().size(); i++) {
            GeoMap.Layer layer = geo.layers().get(i);
            String at = "/map/geo/layers/" + i;
            if ((layer.file() == null) == (layer.polygon() == null)) {
                out.add(new Problem(file, at, "give exactly one of 'file' or 'polygon'"));
            } else if (layer.polygon() != null && !layer.polygon().get(0).equals(layer.polygon().get(layer.polygon().size() - 1))) {
                out.add(new Problem(file, at + "/polygon", "the ring must end where it starts (last point "
                        + layer.polygon().get(layer.polygon().size() - 1) + ", first " + layer.polygon().get(0) + ")"));
            }
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < geo.crossings().size(); i++) {
            GeoMap.Crossing c = geo.crossings().get(i);
            String at = "/map/geo/crossings/" + i;
            if (!names.add(c.name())) out.add(new Problem(file, at + "/name", "duplicate crossing name '" + c.name() + "'"));
            if (invisible(c.name())) out.add(new Problem(file, at + "/name", INVISIBLE));
            if (c.lon() < box.west() || c.lon() > box.east() || c.lat() < box.south() || c.lat() > box.north()) {
                out.add(new Problem(file, at, String.format(Locale.ROOT, "%s (%s E, %s N) lies outside the box", c.name(), c.lon(), c.lat())));
            }
            List<String> only = geo.countries().only();
            for (int k = 0; k < c.countries().size(); k++) {
                if (!only.isEmpty() && !only.contains(c.countries().get(k))) {
                    out.add(new Problem(file, at + "/countries/" + k, "'" + c.countries().get(k) + "' is not among the countries kept ("
                            + String.join(", ", only) + ")"));
                }
            }
        }
    }

    /** Links name two BLOs; hubs name BLOs or the countries of some BLO. */
    private static void checkSharing(String file, Scenario s, List<Problem> out) {
        List<String> blos = s.blos().stream().map(BloSpec::name).toList();
        List<String> countries = s.blos().stream().map(BloSpec::country).distinct().toList();
        for (int i = 0; i < s.intelligence().links().size(); i++) {
            List<String> between = s.intelligence().links().get(i).between();
            for (int k = 0; k < between.size(); k++) {
                if (!blos.contains(between.get(k))) {
                    out.add(new Problem(file, "/intelligence/links/" + i + "/between/" + k, "no BLO '" + between.get(k)
                            + "'; the BLOs are " + String.join(", ", blos)));
                }
            }
        }
        for (int i = 0; i < s.intelligence().hubs().size(); i++) {
            List<String> members = s.intelligence().hubs().get(i).members();
            for (int k = 0; k < members.size(); k++) {
                if (!blos.contains(members.get(k)) && !countries.contains(members.get(k))) {
                    out.add(new Problem(file, "/intelligence/hubs/" + i + "/members/" + k, "'" + members.get(k)
                            + "' is neither a BLO nor the country of one; the BLOs are " + String.join(", ", blos)
                            + ", in " + String.join(", ", countries)));
                }
            }
        }
    }

    /** A BLO sits at a crossing or at an inland post, never both; an inland post by cell, or by place on geography. */
    private static void checkPlace(String file, String at, BloSpec b, boolean geo, List<Problem> out) {
        if ((b.crossing() == null) == (b.inlandPost() == null)) {
            out.add(new Problem(file, at, "give exactly one of 'crossing' (the BLO sits at a border crossing) or 'inlandPost' "
                    + "(a checkpoint on a road away from the border)"));
            return;
        }
        BloSpec.InlandPost post = b.inlandPost();
        if (post == null) return;
        boolean byPlace = post.lon() != null || post.lat() != null;
        if (geo && (post.cell() != null || post.lon() == null || post.lat() == null)) {
            out.add(new Problem(file, at + "/inlandPost", "on a map from geography give the post's 'lon' and 'lat' (and no 'cell')"));
        } else if (!geo && (byPlace || post.cell() == null)) {
            out.add(new Problem(file, at + "/inlandPost", "on a drawn or generated map give the post's 'cell' as [x, y] "
                    + "(longitude and latitude need a map from geography)"));
        }
    }

    private static void checkZone(String file, String at, Zone z, boolean geo, List<Problem> out) {
        if (z.formsGiven() != 1) {
            out.add(new Problem(file, at, "give exactly one of 'edge', 'rect', 'cells' or 'around'"));
        } else if (z.country() != null && z.edge() == null && z.around() == null) {
            out.add(new Problem(file, at + "/country", "'country' only applies together with 'edge' or 'around'"));
        } else if (z.around() != null && !geo) {
            out.add(new Problem(file, at + "/around", "places by longitude and latitude need a map from geography ('map.geo'); "
                    + "on this map give 'edge', 'rect' or 'cells'"));
        } else if (z.rect() != null && (z.rect().get(0) > z.rect().get(2) || z.rect().get(1) > z.rect().get(3))) {
            out.add(new Problem(file, at + "/rect", "expected [x0, y0, x1, y1] with x0 <= x1 and y0 <= y1, found " + z.rect()));
        }
    }
}
