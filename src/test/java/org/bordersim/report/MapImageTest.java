package org.bordersim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import org.bordersim.TestScenarios;
import org.bordersim.experiment.PreparedScenario;
import org.bordersim.experiment.Replications;
import org.bordersim.metrics.RunResult;
import org.bordersim.world.World;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The map shows what happened where: seizures at their cells, crossings at their places, in proportion. */
class MapImageTest {
    @TempDir
    Path dir;

    @Test
    void seizuresAreDrawnWhereTheyHappenedAndCrossingsWhereTheyWere() throws InterruptedException {
        PreparedScenario p = TestScenarios.prepare(TestScenarios.extending(dir, "s.json", TestScenarios.shipped("baseline.json"),
                "\"durationDays\": 120, \"replications\": 4"));
        World world = p.world();
        List<RunResult> runs = Replications.run(p.scenario(), world, 2, () -> { });
        MapImage.Activity activity = MapImage.Activity.of(world, runs);

        int seizures = 0;
        for (RunResult r : runs) seizures += r.seizureCells().length;
        double mapped = 0;
        for (double v : activity.seizuresPerCell()) mapped += v * runs.size();
        assertEquals(seizures, mapped, 1e-9, "every seizure of every replication is on the map, once");
        assertTrue(seizures >= 20, "enough seizures to draw: " + seizures);

        BufferedImage plain = MapImage.image(world, p.scenario(), null, null);
        BufferedImage drawn = MapImage.image(world, p.scenario(), activity, null);
        int scale = MapImage.scale(world);
        int busiest = 0;
        for (int i = 1; i < activity.seizureCells().length; i++) {
            if (activity.seizuresPerCell()[i] > activity.seizuresPerCell()[busiest]) busiest = i;
        }
        int cell = activity.seizureCells()[busiest];
        int x = (cell % world.width()) * scale + scale / 2;
        int y = (cell / world.width()) * scale + scale / 2;
        assertTrue(red(drawn.getRGB(x, y)) > red(plain.getRGB(x, y)) - 40 && drawn.getRGB(x, y) != plain.getRGB(x, y),
                "the cell with the most seizures is marked");
        // A cell far from the border, where nobody is seized, is left as it was.
        int far = world.width() * (world.height() / 2) + 1;
        assertTrue(java.util.Arrays.stream(activity.seizureCells()).noneMatch(c -> Math.abs(c % world.width() - 1) < 3));
        assertEquals(plain.getRGB((far % world.width()) * scale + 1, (far / world.width()) * scale + 1),
                drawn.getRGB((far % world.width()) * scale + 1, (far / world.width()) * scale + 1));

        int[] at = MapImage.locationCells(world);
        for (int l = 0; l < at.length; l++) {
            assertTrue(at[l] >= 0 && world.location(at[l]) == l, "place " + world.locationNames().get(l) + " is drawn on its own cells");
        }
    }

    private static int red(int rgb) {
        return (rgb >> 16) & 0xff;
    }

    @Test
    void countriesThatShareABorderAreShadedApart() {
        // A and B side by side above C, which touches both: shading by country number alone gave A and C the same shade.
        String a = "\"AAAABBBB\"";
        String c = "\"CCCCCCCC\"";
        String row = "\"........\"";
        PreparedScenario p = TestScenarios.prepare(dir, "three.json", """
                {"name": "three", "map": {"ascii": {"terrain": [%s], "countries": [%s]}},
                 "groups": [{"name": "g", "origin": {"cells": [[0, 0]]}, "destination": {"cells": [[7, 0]]}}]}
                """.formatted(String.join(", ", java.util.Collections.nCopies(8, row)),
                String.join(", ", java.util.Collections.nCopies(4, a)) + ", " + String.join(", ", java.util.Collections.nCopies(4, c))));
        int[] shade = MapImage.countryShades(p.world());
        assertEquals(3, shade.length);
        assertTrue(shade[0] != shade[1] && shade[0] != shade[2] && shade[1] != shade[2], java.util.Arrays.toString(shade));
        BufferedImage img = MapImage.image(p.world(), p.scenario(), null, null);
        int scale = MapImage.scale(p.world());
        // Cells well inside A (0,0), B (7,0) and C (0,7): three different colours.
        int inA = img.getRGB(scale / 2, scale / 2);
        int inB = img.getRGB(7 * scale + scale / 2, scale / 2);
        int inC = img.getRGB(scale / 2, 7 * scale + scale / 2);
        assertTrue(inA != inB && inA != inC && inB != inC, "colours " + inA + ", " + inB + ", " + inC);
    }
}
