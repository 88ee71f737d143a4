package org.bordersim.geo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bordersim.TestScenarios;
import org.bordersim.files.InputException;
import org.bordersim.scenario.GeoMap;
import org.bordersim.scenario.LoadedScenario;
import org.bordersim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The toy map (src/test/resources/geo/toy): countries A and B split at 70.25 E, a river on the border, a road over it
 * at 40.153 N with the crossing "Bridge", a second road across the border at 40.053 N with no crossing, high ground
 * north of 40.2 N, and three towns of which one is large enough to paint.
 */
class GeoRasteriserTest {
    private static final Path TOY = TestScenarios.resource("valid/geo-toy.json");

    @TempDir
    Path dir;

    private static LoadedScenario load(Path file) throws InputException {
        return new ScenarioLoader().load(file);
    }

    private static GeoGrid toy() throws InputException {
        LoadedScenario s = load(TOY);
        return GeoRasteriser.rasterise(TOY.toString(), s.scenario().map().geo(), s.scenario().map().cellKm());
    }

    private static GeoProjection projection() throws InputException {
        LoadedScenario s = load(TOY);
        return new GeoProjection(s.scenario().map().geo().box(), s.scenario().map().cellKm());
    }

    private static String terrain(GeoGrid g, int cell) {
        return g.terrainNames().get(g.terrain()[cell]);
    }

    private static String country(GeoGrid g, int cell) {
        return g.countryIds().get(g.country()[cell]);
    }

    private static int cellAt(GeoGrid g, GeoProjection p, double lon, double lat) {
        return (int) Math.floor(p.y(lat)) * g.width() + (int) Math.floor(p.x(lon));
    }

    @Test
    void theGridIsTrueAtTheBoxsMiddleLatitude() throws InputException {
        GeoGrid g = toy();
        double kmEast = 0.5 * GeoMap.KM_PER_DEGREE * Math.cos(Math.toRadians(40.15));
        assertEquals((int) Math.ceil(kmEast), g.width());
        assertEquals((int) Math.ceil(0.3 * GeoMap.KM_PER_DEGREE), g.height());
        GeoProjection p = projection();
        assertEquals(70.3217, p.lon(p.x(70.3217)), 1e-12);
        assertEquals(40.1234, p.lat(p.y(40.1234)), 1e-12);
        GeoMap.Box box = new GeoMap.Box(70.0, 40.0, 70.5, 40.3);
        // A degree of longitude at the north edge is shortest against the middle's: there the grid errs most.
        assertEquals(1 - Math.cos(Math.toRadians(40.3)) / Math.cos(Math.toRadians(40.15)), box.largestScaleError(), 1e-12);
    }

    @Test
    void aCellBelongsToTheCountryThatHoldsItsCentre() throws InputException {
        GeoGrid g = toy();
        GeoProjection p = projection();
        int checked = 0;
        for (int c = 0; c < g.width() * g.height(); c++) {
            double lon = p.lon(c % g.width() + 0.5);
            double lat = p.lat(c / g.width() + 0.5);
            if (Math.abs(lon - 70.25) < 1e-9) continue;
            // The grid covers the box in whole cells: a last column or row whose centres lie past its edge is outside.
            String expected = lon > 70.5 || lat < 40.0 ? GeoRasteriser.OUTSIDE : lon < 70.25 ? "A" : "B";
            assertEquals(expected, country(g, c), "cell " + c + " at " + lon + " E, " + lat + " N");
            checked++;
        }
        assertEquals(g.width() * g.height(), checked);
        assertEquals(List.of("A", "B", GeoRasteriser.OUTSIDE), g.countryIds());
    }

    @Test
    void theCrossingSitsWhereTheRoadMeetsTheBorder() throws InputException {
        GeoGrid g = toy();
        GeoProjection p = projection();
        assertEquals(2, g.posts().size(), g.posts().toString());
        List<Integer> posts = new ArrayList<>(g.posts().keySet());
        for (int post : posts) {
            assertEquals("Bridge", g.posts().get(post));
            assertEquals("road", terrain(g, post));
            assertEquals((int) Math.floor(p.y(40.153)), post / g.width(), "on the road's row");
        }
        int a = posts.get(0);
        int b = posts.get(1);
        assertNotEquals(country(g, a), country(g, b));
        assertEquals(1, Math.abs(a % g.width() - b % g.width()), "side by side across the border");
    }

    @Test
    void aRoadLeadsAcrossTheBorderOnlyAtTheCrossing() throws InputException {
        GeoGrid g = toy();
        GeoProjection p = projection();
        int roadCrossings = 0;
        for (int c = 0; c < g.width() * g.height(); c++) {
            if (!terrain(g, c).equals("road")) continue;
            for (int d : neighbours(g, c)) {
                if (terrain(g, d).equals("road") && g.country()[d] != g.country()[c]) {
                    assertTrue(g.posts().containsKey(c) || g.posts().containsKey(d), "road across the border at " + c + "/" + d);
                    roadCrossings++;
                }
            }
        }
        assertTrue(roadCrossings > 0, "the bridge road crosses");
        // The second road stays a road away from the border, and is cut where it meets it, to the terrain beneath: the
        // river (on B's side, where its line runs) and the plain.
        assertEquals("road", terrain(g, cellAt(g, p, 70.15, 40.053)));
        assertEquals("road", terrain(g, cellAt(g, p, 70.35, 40.053)));
        int row = (int) Math.floor(p.y(40.053));
        List<String> cut = new ArrayList<>();
        for (int x = (int) Math.floor(p.x(70.03)); x <= (int) Math.floor(p.x(70.47)); x++) {
            int c = row * g.width() + x;
            if (!terrain(g, c).equals("road")) cut.add(country(g, c) + ":" + terrain(g, c));
        }
        assertEquals(List.of("A:plain", "B:river"), cut, "one cell cut on each side");
    }

    @Test
    void elevationRulesGiveMountainsAboveAndSteepSlopesBelow() throws InputException {
        GeoGrid g = toy();
        GeoProjection p = projection();
        assertEquals("mountain", terrain(g, cellAt(g, p, 70.4, 40.28)));
        // Between the grid's 4,000 m row (centres at 40.25 N) and its 500 m row (40.2 N): below 3,000 m but steep.
        int steep = cellAt(g, p, 70.4, 40.215);
        assertEquals("forest", terrain(g, steep));
        assertEquals("plain", terrain(g, cellAt(g, p, 70.4, 40.02)));
    }

    @Test
    void layersKeepOnlyTheFeaturesTheirFilterNames() throws InputException {
        GeoGrid g = toy();
        GeoProjection p = projection();
        assertEquals("settlement", terrain(g, cellAt(g, p, 70.1, 40.2)), "Bigtown, 50,000 people");
        assertEquals("plain", terrain(g, cellAt(g, p, 70.4, 40.1)), "Village, 500 people");
        assertNotEquals("settlement", terrain(g, cellAt(g, p, 70.45, 40.25)), "a town of unknown size");
    }

    @Test
    void aLineVisitsEveryCellItCrossesSideBySide() {
        double[][] segments = {{0.5, 0.5, 7.3, 3.9}, {5.2, 0.1, 0.7, 6.6}, {2.5, 2.5, 2.5, 9.5}, {1.0, 1.0, 4.0, 4.0},
            {3.9, 0.2, 3.1, 0.8}, {0.25, 4.75, 6.75, 0.25}};
        for (double[] s : segments) {
            List<int[]> cells = new ArrayList<>();
            GeoRasteriser.walk(s[0], s[1], s[2], s[3], (x, y) -> cells.add(new int[] {x, y}));
            assertArrayEquals(new int[] {(int) Math.floor(s[0]), (int) Math.floor(s[1])}, cells.get(0));
            assertArrayEquals(new int[] {(int) Math.floor(s[2]), (int) Math.floor(s[3])}, cells.get(cells.size() - 1));
            for (int i = 1; i < cells.size(); i++) {
                int[] a = cells.get(i - 1);
                int[] b = cells.get(i);
                assertEquals(1, Math.abs(a[0] - b[0]) + Math.abs(a[1] - b[1]), "side by side, never corner to corner");
            }
            for (int[] c : cells) assertTrue(crosses(s, c[0], c[1]), "the segment passes through cell " + c[0] + "," + c[1]);
            // And no cell it passes through is missed: sample the segment finely.
            for (int k = 0; k <= 10_000; k++) {
                double t = k / 10_000.0;
                int x = (int) Math.floor(s[0] + t * (s[2] - s[0]));
                int y = (int) Math.floor(s[1] + t * (s[3] - s[1]));
                assertTrue(cells.stream().anyMatch(c -> c[0] == x && c[1] == y), "missed " + x + "," + y);
            }
        }
    }

    /** Whether the segment comes within a hair of the cell (it may pass exactly through a corner). */
    private static boolean crosses(double[] s, int x, int y) {
        for (int k = 0; k <= 100_000; k++) {
            double t = k / 100_000.0;
            double px = s[0] + t * (s[2] - s[0]);
            double py = s[1] + t * (s[3] - s[1]);
            if (px >= x - 1e-4 && px <= x + 1 + 1e-4 && py >= y - 1e-4 && py <= y + 1 + 1e-4) return true;
        }
        return false;
    }

    @Test
    void dataFilesAreNamedFromTheScenarioThatNamesThem() throws IOException, InputException {
        Path child = dir.resolve("elsewhere/child.json");
        Files.createDirectories(child.getParent());
        Files.writeString(child, "{\"extends\": \"" + TOY.toAbsolutePath().toString().replace("\\", "/")
                + "\", \"name\": \"child\"}");
        LoadedScenario s = load(child);
        GeoMap geo = s.scenario().map().geo();
        assertTrue(geo.countries().file().startsWith("../"), geo.countries().file());
        GeoGrid moved = GeoRasteriser.rasterise(child.toString(), geo, s.scenario().map().cellKm());
        GeoGrid original = toy();
        assertArrayEquals(original.terrain(), moved.terrain());
        assertArrayEquals(original.country(), moved.country());
        assertEquals(original.posts(), moved.posts());
    }

    private static List<Integer> neighbours(GeoGrid g, int c) {
        List<Integer> out = new ArrayList<>();
        int x = c % g.width();
        int y = c / g.width();
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                int nx = x + dx;
                int ny = y + dy;
                if ((dx != 0 || dy != 0) && nx >= 0 && ny >= 0 && nx < g.width() && ny < g.height()) out.add(ny * g.width() + nx);
            }
        }
        return out;
    }
}
