package org.bordersim.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.nio.file.Path;
import org.bordersim.TestScenarios;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A field repaired after each change of perceived risk is, bit for bit, the field a full
 * computation gives: every cell's cost and its chosen next cell (ties included), on random
 * generated maps, through random sequences of losses (risk up around a cell) and weekly decays
 * (risk down everywhere it is remembered). Open plains give many equal-cost paths, so the tie
 * rule is exercised; rough maps exercise the corner rule and slow terrain.
 */
class CostFieldRepairTest {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "map seed {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6})
    void aRepairedFieldIsTheFullComputationToTheBit(int seed) {
        boolean plain = seed % 2 == 0;
        World world = TestScenarios.prepare(tmp, "m" + seed + ".json", """
                {"name": "m%d", "durationDays": 7,
                 "map": {"generator": {"width": 48, "height": 32, "seed": %d, "borderAmplitude": 3, "roads": 3, "crossings": 2,
                         "mountainShare": %s, "forestShare": %s, "river": %s}},
                 "groups": [{"name": "g", "origin": {"edge": "west", "country": "A"}, "destination": {"edge": "east", "country": "B"}}]}
                """.formatted(seed, seed, plain ? "0" : "0.3", plain ? "0" : "0.2", plain ? "false" : "true")).world();
        int n = world.cells();
        CellHeap heap = new CellHeap(n);
        CostField repaired = new CostField(world, world.destinations(0), heap);
        CostField full = new CostField(world, world.destinations(0), heap);
        double[] memory = new double[n];
        double postRisk = 0.1;
        double aversion = 10;
        double mountain = seed % 3 == 0 ? 2.0 : 1.0;
        repaired.compute(memory, postRisk, aversion, mountain);
        MersenneTwisterFast random = new MersenneTwisterFast(seed);
        int[] changed = new int[n];
        int repairs = 0;
        for (int event = 0; event < 60; event++) {
            int count = 0;
            boolean increased = random.nextDouble() < 0.7;
            if (increased) {
                // A loss, as a group remembers it: risk up in a square around the cell, falling with distance.
                int c = random.nextInt(n);
                int r = random.nextInt(4);
                double increment = random.nextBoolean() ? 0.5 : random.nextDouble();
                int w = world.width();
                for (int y = Math.max(0, c / w - r); y <= Math.min(world.height() - 1, c / w + r); y++) {
                    for (int x = Math.max(0, c % w - r); x <= Math.min(w - 1, c % w + r); x++) {
                        int d = Math.max(Math.abs(x - c % w), Math.abs(y - c / w));
                        memory[y * w + x] += increment * (1.0 - d / (r + 1.0));
                        changed[count++] = y * w + x;
                    }
                }
            } else {
                // The weekly decay: every remembered risk shrinks; tiny ones are forgotten.
                for (int c = 0; c < n; c++) {
                    if (memory[c] == 0) continue;
                    double v = memory[c] * 0.9;
                    memory[c] = v < 1e-6 ? 0 : v;
                    changed[count++] = c;
                }
                if (count == 0) continue;
            }
            repaired.repair(memory, postRisk, aversion, mountain, changed, count, increased);
            full.compute(memory, postRisk, aversion, mountain);
            repairs++;
            for (int c = 0; c < n; c++) {
                assertEquals(Double.doubleToRawLongBits(full.cost(c)), Double.doubleToRawLongBits(repaired.cost(c)),
                        "event " + event + (increased ? " (up)" : " (down)") + ": cost of cell " + c);
                assertEquals(full.next(c), repaired.next(c), "event " + event + ": next of cell " + c);
            }
        }
        assertTrue(repairs > 30, "repairs made: " + repairs);
    }
}
