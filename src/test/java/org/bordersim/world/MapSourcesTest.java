package org.bordersim.world;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.bordersim.TestScenarios;
import org.bordersim.experiment.PreparedScenario;
import org.bordersim.experiment.Replication;
import org.bordersim.files.Json;
import org.bordersim.metrics.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two map sources produce the same internal map: the baseline's generated map, written out
 * as an inline ASCII map, gives the same world cell by cell and the same simulation output.
 */
class MapSourcesTest {
    @TempDir
    Path tmp;

    @Test
    void generatedMapRedrawnAsAsciiGivesTheSameWorldAndTheSameRun() throws Exception {
        Path baseline = TestScenarios.shipped("baseline.json");
        PreparedScenario generated = TestScenarios.prepare(baseline);
        GridMap map = generated.world().map();
        String ascii = "\"map\": {\"generator\": null, \"ascii\": {\"terrain\": "
                + Json.STRICT.writeValueAsString(map.terrainRows()) + ", \"countries\": "
                + Json.STRICT.writeValueAsString(map.countryRows()) + "}}";
        PreparedScenario drawn = TestScenarios.prepare(TestScenarios.extending(tmp, "drawn.json", baseline, ascii));
        World a = generated.world();
        World b = drawn.world();

        assertEquals(a.width(), b.width());
        assertEquals(a.height(), b.height());
        for (int c = 0; c < a.cells(); c++) {
            assertEquals(a.map().terrain(c), b.map().terrain(c), "terrain at " + c);
            assertEquals(a.country(c), b.country(c), "country at " + c);
            assertEquals(a.bcp(c), b.bcp(c), "BCP at " + c);
            assertEquals(a.border(c), b.border(c), "border at " + c);
            assertEquals(a.travelHours(c), b.travelHours(c), "travel time at " + c);
        }
        assertEquals(a.crossingPoints(), b.crossingPoints());
        assertEquals(a.locationNames(), b.locationNames());
        for (int i = 0; i < generated.scenario().blos().size(); i++) {
            assertArrayEquals(a.bloSite(i).sectorCells(), b.bloSite(i).sectorCells());
        }

        RunResult fromGenerated = Replication.run(generated.scenario(), a, 0, 42);
        RunResult fromDrawn = Replication.run(drawn.scenario(), b, 0, 42);
        assertArrayEquals(fromGenerated.metrics(), fromDrawn.metrics());
        assertArrayEquals(fromGenerated.crossingsByLocation(), fromDrawn.crossingsByLocation());
    }
}
