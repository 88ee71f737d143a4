package org.bordersim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.IntNode;
import java.util.List;
import java.util.Map;
import org.bordersim.TestScenarios;
import org.bordersim.scenario.LoadedScenario;
import org.bordersim.scenario.ScenarioLoader;
import org.bordersim.world.World;
import org.junit.jupiter.api.Test;

/**
 * The baseline run for 50 simulated years keeps a flat heap: sampled after a full collection at
 * every year's end, no later year holds more than 1 MB beyond year 1. (Keeping every delivered
 * courier alive, a leak of about 75 KB a year, shows as 3.7 MB; see docs/PERFORMANCE.md.)
 */
class SoakTest {
    private static final long ONE_MB = 1 << 20;

    @Test
    void fiftyYearsOfTheBaselineKeepAFlatHeap() throws Exception {
        LoadedScenario loaded = new ScenarioLoader().template(TestScenarios.shipped("baseline.json"))
                .with(Map.of("/durationDays", IntNode.valueOf(365 * 50)));
        World world = World.build("baseline", loaded.scenario());
        List<Soak.YearSample> years = Soak.run(loaded.scenario(), world, loaded.scenario().seed(), year -> { });
        assertEquals(50, years.size());
        long growth = Soak.growthAfterFirstYear(years);
        assertTrue(growth < ONE_MB, "the heap grew by " + growth / 1024 + " KB after year 1: " + years);
        assertTrue(years.stream().allMatch(y -> y.couriersOnRoad() < 100), "couriers do not pile up on the road: " + years);
    }
}
