package org.bordersim.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.Arrays;
import org.bordersim.TestScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A field without memory taken from the world's store is, to the bit, the one a full computation
 * gives, whether it was computed by this field or copied from another group's; and fields of other
 * inputs (risk aversion, season, destinations) are never handed out in its place.
 */
class FirstFieldsTest {
    @TempDir
    Path tmp;

    @Test
    void aSharedFirstFieldIsTheComputationToTheBitAndNeverAnotherInputs() {
        World world = TestScenarios.prepare(tmp, "two.json", """
                {"name": "two", "durationDays": 7,
                 "map": {"generator": {"width": 48, "height": 32, "seed": 9, "borderAmplitude": 3, "roads": 3, "crossings": 2,
                         "mountainShare": 0.3, "forestShare": 0.2, "river": true}},
                 "groups": [{"name": "g", "origin": {"edge": "west", "country": "A"}, "destination": {"edge": "east", "country": "B"}},
                            {"name": "h", "origin": {"edge": "west", "country": "A"}, "destination": {"edge": "east", "country": "B"}},
                            {"name": "back", "origin": {"edge": "east", "country": "B"}, "destination": {"edge": "west", "country": "A"}}]}
                """).world();
        CellHeap heap = new CellHeap(world.cells());
        CostField reference = new CostField(world, world.destinations(0), heap);
        RememberedRisk noMemory = new RememberedRisk(world.width(), world.height());
        double[][] inputs = {{0.1, 10, 1.0}, {0.1, 10, 2.0}, {0.1, 3, 1.0}, {0.5, 10, 1.0}};
        for (double[] in : inputs) {
            for (int group = 0; group < 3; group++) {
                // Group 1 has group 0's destinations in another array: it must get group 0's stored field.
                CostField shared = new CostField(world, world.destinations(group), heap);
                shared.computeWithoutMemory(in[0], in[1], new Season(in[2], 0));
                CostField computed = new CostField(world, world.destinations(group), heap);
                computed.compute(noMemory, in[0], in[1], new Season(in[2], 0));
                for (int c = 0; c < world.cells(); c++) {
                    assertEquals(Double.doubleToRawLongBits(computed.cost(c)), Double.doubleToRawLongBits(shared.cost(c)),
                            "group " + group + ", inputs " + Arrays.toString(in) + ": cost of cell " + c);
                    assertEquals(computed.next(c), shared.next(c), "group " + group + ": next of cell " + c);
                }
            }
        }
        // The inputs do matter on this map, so the comparisons above could tell two stored fields apart.
        reference.computeWithoutMemory(0.1, 10, Season.OPEN);
        CostField winter = new CostField(world, world.destinations(0), heap);
        winter.computeWithoutMemory(0.1, 10, new Season(2.0, 0));
        CostField back = new CostField(world, world.destinations(2), heap);
        back.computeWithoutMemory(0.1, 10, Season.OPEN);
        assertNotEquals(0, cellsThatDiffer(reference, winter, world.cells()));
        assertNotEquals(0, cellsThatDiffer(reference, back, world.cells()));
    }

    private static int cellsThatDiffer(CostField a, CostField b, int cells) {
        int n = 0;
        for (int c = 0; c < cells; c++) if (a.cost(c) != b.cost(c)) n++;
        return n;
    }
}
