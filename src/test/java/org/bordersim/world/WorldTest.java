package org.bordersim.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.bordersim.TestScenarios;
import org.bordersim.experiment.PreparedScenario;
import org.bordersim.scenario.GeneratorSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorldTest {
    private static GeneratorSpec spec(long seed, int roads, int crossings) {
        return new GeneratorSpec(60, 40, seed, "wavy", 4, 0.15, 0.1, true, roads, crossings);
    }

    @Test
    void whatAWorldIsBuiltFromIsToldApartFromWhatOnlyTheModelReads() {
        for (String p : new String[] {"/map/cellKm", "/terrain/road/speedKmh", "/groups/0/origin", "/groups/*/memoryRadiusKm",
            "/groups", "/blos/*/crossing", "/blos/2/patrol/detectionRangeKm", "/blos", "/crossingClosures/0/fromDay",
            "/seasons/closedPasses", "/reporting/greenBorderSegments", "/jointOperations/stagingRadiusKm"}) {
            assertTrue(World.builtFrom(p), p);
        }
        for (String p : new String[] {"/blos/*/checkpoint/sensitivity", "/blos/0/staffing", "/groups/*/concealment",
            "/groups/0/dispatchPerWeek", "/intelligence/trust", "/jointOperations/perWeek", "/seasons/mountainSlowdown",
            "/officers/turnoverPerYear", "/blos/*/patrol/sensitivity"}) {
            assertFalse(World.builtFrom(p), p);
        }
    }

    @Test
    void generatorIsAFunctionOfItsSpec() {
        assertEquals(MapGenerator.generate(spec(7, 4, 2), 1).terrainRows(), MapGenerator.generate(spec(7, 4, 2), 1).terrainRows());
        assertNotEquals(MapGenerator.generate(spec(7, 4, 2), 1).terrainRows(), MapGenerator.generate(spec(8, 4, 2), 1).terrainRows());
    }

    /** The distance patrols use to skip couriers no officer can see: the nearest border cell's, by brute force. */
    @Test
    void everyCellKnowsItsDistanceFromTheBorder() {
        World world = TestScenarios.prepare(TestScenarios.shipped("baseline.json")).world();
        int w = world.width();
        int checked = 0;
        for (int c = 0; c < world.cells(); c++) {
            int nearest = Integer.MAX_VALUE;
            for (int b = 0; b < world.cells(); b++) {
                if (world.border(b)) nearest = Math.min(nearest, Math.max(Math.abs(b % w - c % w), Math.abs(b / w - c / w)));
            }
            assertEquals(Math.min(nearest, World.FAR_FROM_BORDER), world.cellsFromBorder(c), "cell " + c);
            if (nearest > 3) checked++;
        }
        assertTrue(checked > 100, "cells well away from the border: " + checked);
    }

    /** On a route lattice every cell beside an impassable one stays a route node, so routes bend round obstacles. */
    @Test
    void cellsBesideObstaclesStayRouteNodesOnALattice(@TempDir Path tmp) {
        World world = TestScenarios.prepare(tmp, "wall.json", """
                {"name": "wall", "durationDays": 7,
                 "map": {"routeLatticeKm": 3, "ascii": {"terrain": %s, "countries": %s}},
                 "groups": [{"name": "g", "origin": {"edge": "west", "country": "A"}, "destination": {"edge": "east", "country": "B"}}]}
                """.formatted(wallRows(false), wallRows(true))).world();
        int[] around = new int[8];
        int beside = 0;
        for (int c = 0; c < world.cells(); c++) {
            if (world.passable(c)) continue;
            for (int k = 0, n = world.map().neighbours(c, around); k < n; k++) {
                if (!world.passable(around[k])) continue;
                beside++;
                assertTrue(world.routeNode(around[k]), "cell " + around[k] + " beside the wall is a route node");
            }
        }
        assertTrue(beside > 10, "cells beside the wall: " + beside);
        // Away from the wall, the border and the road the far field is a lattice: not every cell is a node.
        assertNotEquals(world.cells(), world.routeNodeCount());
    }

    /** 40 x 9 cells, A west of B; a road with a crossing on row 6 and a 3 x 3 wall far from the border, in A. */
    private static String wallRows(boolean countries) {
        List<String> rows = new java.util.ArrayList<>();
        for (int y = 0; y < 9; y++) {
            StringBuilder row = new StringBuilder();
            for (int x = 0; x < 40; x++) {
                if (countries) row.append(x < 20 ? 'A' : 'B');
                else if (x >= 3 && x <= 5 && y >= 1 && y <= 3) row.append('#');
                else if (y == 6) row.append(x == 19 || x == 20 ? 'B' : '=');
                else row.append('.');
            }
            rows.add("\"" + row + "\"");
        }
        return "[" + String.join(", ", rows) + "]";
    }

    @Test
    void generatedCrossingsArePairsOfPostsAcrossTheBorder() {
        World world = TestScenarios.prepare(TestScenarios.shipped("baseline.json")).world();
        assertEquals(List.of("X1", "X2"), world.crossingPoints().stream().map(CrossingPoint::name).toList());
        for (CrossingPoint p : world.crossingPoints()) {
            assertEquals(2, p.cells().size());
            int a = p.cells().get(0);
            int b = p.cells().get(1);
            assertNotEquals(world.country(a), world.country(b));
            assertTrue(world.border(a) && world.border(b));
            assertEquals(Terrain.ROAD, world.map().terrain(a));
        }
        // X1 lies north of X2.
        assertTrue(world.crossingPoints().get(0).cells().get(0) < world.crossingPoints().get(1).cells().get(0));
    }

    @Test
    void unofficialRoadsStopShortOfTheBorder() {
        GridMap map = MapGenerator.generate(spec(7, 4, 1), 1);
        int roadsTouchingBorder = 0;
        for (int c = 0; c < map.cells(); c++) {
            if (map.terrain(c) != Terrain.ROAD) continue;
            int x = c % map.width();
            if (x + 1 < map.width() && map.country(c + 1) != map.country(c)) roadsTouchingBorder++;
        }
        assertEquals(1, roadsTouchingBorder, "only the one official road reaches the border");
    }

    @Test
    void locationsAreCrossingPointsThenGreenStretches() {
        PreparedScenario p = TestScenarios.prepare(TestScenarios.shipped("baseline.json"));
        World world = p.world();
        assertEquals(List.of("X1", "X2", "green-1", "green-2", "green-3", "green-4", "green-5", "green-6"), world.locationNames());
        assertTrue(world.isCrossingPointLocation(1));
        assertTrue(!world.isCrossingPointLocation(2));
    }

    @Test
    void onAMapOfThreeCountriesEachBorderHasItsOwnGreenStretches(@TempDir Path tmp) {
        String row = "\"............\"";
        String countries = "\"AAAABBBBCCCC\"";
        PreparedScenario p = TestScenarios.prepare(tmp, "three.json", """
                {"name": "three", "reporting": {"greenBorderSegments": 4},
                 "map": {"ascii": {"terrain": [%s], "countries": [%s]}},
                 "groups": [{"name": "g", "origin": {"cells": [[0, 0]]}, "destination": {"cells": [[11, 9]]}}]}
                """.formatted(String.join(", ", java.util.Collections.nCopies(10, row)),
                String.join(", ", java.util.Collections.nCopies(10, countries))));
        World world = p.world();
        assertEquals(List.of("green-A-B-1", "green-A-B-2", "green-B-C-1", "green-B-C-2"), world.locationNames());
        for (int y = 0; y < 10; y++) {
            String half = y < 5 ? "1" : "2";
            for (int x : new int[] {3, 4}) assertEquals("green-A-B-" + half, world.locationNames().get(world.location(y * 12 + x)));
            for (int x : new int[] {7, 8}) assertEquals("green-B-C-" + half, world.locationNames().get(world.location(y * 12 + x)));
        }
    }

    @Test
    void patrolSectorsAreGreenBorderOfTheirOwnCountryNearThePost() {
        PreparedScenario p = TestScenarios.prepare(TestScenarios.shipped("baseline.json"));
        World world = p.world();
        BloSite site = world.bloSite(0);
        int radius = p.world().cellsWithin(p.scenario().blos().get(0).patrol().sectorRadiusKm());
        assertTrue(site.sectorCells().length > 0);
        for (int c : site.sectorCells()) {
            assertTrue(world.border(c) && !world.bcp(c));
            assertEquals(site.country(), world.country(c));
            assertTrue(Math.abs(c / world.width() - site.postCell() / world.width()) <= radius);
        }
    }
}
