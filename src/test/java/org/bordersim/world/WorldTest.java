package org.bordersim.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.bordersim.TestScenarios;
import org.bordersim.experiment.PreparedScenario;
import org.bordersim.scenario.GeneratorSpec;
import org.junit.jupiter.api.Test;

class WorldTest {
    private static GeneratorSpec spec(long seed, int roads, int crossings) {
        return new GeneratorSpec(60, 40, seed, "wavy", 4, 0.15, 0.1, true, roads, crossings);
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
