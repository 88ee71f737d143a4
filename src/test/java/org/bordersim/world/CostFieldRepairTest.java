package org.bordersim.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.nio.file.Path;
import java.util.Arrays;
import org.bordersim.TestScenarios;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A field repaired after changes of perceived risk and of season is, bit for bit, the field a
 * full computation gives: every cell's cost and its chosen next cell (ties included), on random
 * generated maps, through random sequences of updates. Between two updates any mix of events may
 * happen, as between two hours of a run: losses (risk up around a cell), weekly decays (risk down
 * everywhere it is remembered) and the start or end of winter (every mountain cell dearer or
 * cheaper). Open plains give many equal-cost paths, so the tie rule is exercised; rough maps
 * exercise the corner rule, slow terrain and the seasons.
 */
class CostFieldRepairTest {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "map seed {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void aRepairedFieldIsTheFullComputationToTheBit(int seed) {
        boolean plain = seed % 2 == 0;
        // Maps 7 and 8 route far from the border on a lattice (RouteGraph): repairs must follow its runs too.
        int lattice = seed > 6 ? 3 : 0;
        // Maps 3 and 7 have a pass closed in winter that leaves a way round; on maps 5 and 8 it cuts the map in two, so
        // in winter the west has no route at all (infinite costs, no next cell) until spring.
        int x0 = lattice > 0 ? 40 : 20;
        String pass = seed == 3 || seed == 7 ? "[%d, 0, %d, 20]".formatted(x0, x0 + 3)
                : seed == 5 || seed == 8 ? "[%d, 0, %d, 31]".formatted(x0, x0 + 3) : null;
        String seasons = (pass == null ? "" : """
                , "seasons": {"winterMonths": [1], "mountainSlowdown": 2, "closedPasses": [{"name": "pass", "cells": {"rect": %s}}]}
                """.formatted(pass)) + ", \"crossingClosures\": [{\"crossing\": \"X1\", \"fromDay\": 3}]";
        World world = TestScenarios.prepare(tmp, "m" + seed + ".json", """
                {"name": "m%d", "durationDays": 7,
                 "map": {"routeLatticeKm": %d,
                         "generator": {"width": %d, "height": 32, "seed": %d, "borderAmplitude": 3, "roads": 3, "crossings": 2,
                         "mountainShare": %s, "forestShare": %s, "river": %s}},
                 "groups": [{"name": "g", "origin": {"edge": "west", "country": "A"}, "destination": {"edge": "east", "country": "B"}}]%s}
                """.formatted(seed, lattice, lattice > 0 ? 96 : 48, seed, plain ? "0" : "0.3", plain ? "0" : "0.2",
                plain ? "false" : "true", seasons)).world();
        if (pass != null) {
            int closed = 0;
            for (int c = 0; c < world.cells(); c++) if (world.inClosure(c, 0)) closed++;
            assertTrue(closed > 40, "closed pass cells: " + closed);
        }
        int crossingPosts = 0;
        for (int c = 0; c < world.cells(); c++) if (world.inClosure(c, 1)) crossingPosts++;
        assertEquals(2, crossingPosts, "X1's two posts close on a date");
        if (lattice > 0) assertTrue(world.routes().runCount() > 100, "runs to repair along: " + world.routes().runCount());
        int n = world.cells();
        CellHeap heap = new CellHeap(n);
        CostField repaired = new CostField(world, world.destinations(0), heap);
        CostField full = new CostField(world, world.destinations(0), heap);
        // Odd maps keep the memory as a large map does (sparse), even ones as a small map does.
        RememberedRisk memory = new RememberedRisk(world.width(), world.height(), seed % 2 == 0);
        double postRisk = 0.1;
        double aversion = 10;
        double mountain = seed % 3 == 0 ? 2.0 : 1.0;
        boolean crossingShut = false;
        repaired.compute(memory, postRisk, aversion, season(mountain, crossingShut));
        // No limit: every update is a repair, however much changed.
        RiskChanges changes = new RiskChanges(Integer.MAX_VALUE);
        changes.clear();
        MersenneTwisterFast random = new MersenneTwisterFast(seed);
        int[] kinds = new int[4];
        int cutOff = 0;
        int mixed = 0;
        int cheaperOnly = 0;
        for (int update = 0; update < 60; update++) {
            int events = 1 + random.nextInt(3);
            StringBuilder what = new StringBuilder();
            boolean up = false;
            boolean down = false;
            for (int e = 0; e < events; e++) {
                double u = random.nextDouble();
                int kind = u < 0.55 ? 0 : u < 0.8 ? 1 : u < 0.9 ? 2 : 3;
                kinds[kind]++;
                what.append(kind == 0 ? " loss" : kind == 1 ? " decay" : kind == 2 ? " season" : " crossing");
                if (kind == 0) {
                    // A loss, as a group remembers it: risk up in a square around the cell, falling with distance.
                    int c = random.nextInt(n);
                    int r = random.nextInt(4);
                    double increment = random.nextBoolean() ? 0.5 : random.nextDouble();
                    int w = world.width();
                    for (int y = Math.max(0, c / w - r); y <= Math.min(world.height() - 1, c / w + r); y++) {
                        for (int x = Math.max(0, c % w - r); x <= Math.min(w - 1, c % w + r); x++) {
                            int d = Math.max(Math.abs(x - c % w), Math.abs(y - c / w));
                            memory.add(y * w + x, increment * (1.0 - d / (r + 1.0)));
                            changes.raised(y * w + x);
                        }
                    }
                    up = true;
                } else if (kind == 1) {
                    // The weekly decay: every remembered risk shrinks; tiny ones are forgotten.
                    // On maps 4 to 6 the memory fades fast, so cells are forgotten (risk back to exactly 0)
                    // and paths that had left them tie with their old ones again.
                    if (!memory.isEmpty()) down = true;
                    if (seed > 3) memory.fade(0.3, 0.05, changes);
                    else memory.fade(0.9, 1e-6, changes);
                } else {
                    // Winter begins or ends: the field is told only the new season.
                    mountain = mountain == 1.0 ? 2.0 : 1.0;
                    if (mountain > 1.0) up = true; else down = true;
                }
                if (kind == 3) {
                    // Crossing X1 closes or opens on a date.
                    crossingShut = !crossingShut;
                    if (crossingShut) up = true; else down = true;
                }
            }
            if (up && down) mixed++;
            if (down && !up) cheaperOnly++;
            repaired.repair(memory, postRisk, aversion, season(mountain, crossingShut), changes);
            changes.clear();
            full.compute(memory, postRisk, aversion, season(mountain, crossingShut));
            if (Double.isInfinite(full.cost(world.origins(0)[0]))) cutOff++;
            for (int c = 0; c < n; c++) {
                assertEquals(Double.doubleToRawLongBits(full.cost(c)), Double.doubleToRawLongBits(repaired.cost(c)),
                        "update " + update + " (" + what.toString().trim() + "): cost of cell " + c);
                assertEquals(full.next(c), repaired.next(c), "update " + update + ": next of cell " + c);
            }
        }
        assertTrue(kinds[0] > 20 && kinds[1] > 5 && kinds[2] > 3 && kinds[3] > 3, "losses, decays, seasons, crossings: "
                + Arrays.toString(kinds));
        if (seed == 5 || seed == 8) {
            // The closed pass cut the map: in winter the west had no route (checked above against a full computation).
            assertTrue(cutOff > 0, "updates in a winter that cut the west off: " + cutOff);
        }
        assertTrue(mixed > 10, "updates mixing dearer and cheaper cells: " + mixed);
        // Updates of one direction only weigh ties as offers arrive (CostField.offer); mixed ones choose again after.
        assertTrue(cheaperOnly >= 4, "updates with only cheaper cells: " + cheaperOnly);
    }

    /** Winter shuts the passes (closure 0) with its factor; closure 1 is a crossing closed on a date. */
    private static Season season(double mountain, boolean crossingShut) {
        return new Season(mountain, (mountain > 1.0 ? 1L : 0L) | (crossingShut ? 2L : 0L));
    }

    @ParameterizedTest(name = "map seed {0}")
    @ValueSource(ints = {1, 2, 3})
    void aSeasonsSharedFieldPlusTheMemoryIsTheFullComputationToTheBit(int seed) {
        World world = TestScenarios.prepare(tmp, "s" + seed + ".json", """
                {"name": "s%d", "durationDays": 7,
                 "map": {"generator": {"width": 48, "height": 32, "seed": %d, "borderAmplitude": 3, "roads": 3, "crossings": 2,
                         "mountainShare": 0.3, "forestShare": 0.2, "river": true}},
                 "groups": [{"name": "g", "origin": {"edge": "west", "country": "A"}, "destination": {"edge": "east", "country": "B"}}]}
                """.formatted(seed, seed)).world();
        int n = world.cells();
        CellHeap heap = new CellHeap(n);
        MersenneTwisterFast random = new MersenneTwisterFast(seed);
        RememberedRisk memory = new RememberedRisk(world.width(), world.height(), seed % 2 == 0);
        RiskChanges scratch = new RiskChanges(Integer.MAX_VALUE);
        CostField fromFirst = new CostField(world, world.destinations(0), heap);
        CostField full = new CostField(world, world.destinations(0), heap);
        int comparedWithMemory = 0;
        for (int round = 0; round < 12; round++) {
            // Some losses (a few cells at a time, some hit twice), then a season from the shared field.
            for (int loss = 0; loss < random.nextInt(4); loss++) {
                int c = random.nextInt(n);
                memory.add(c, 0.2 + random.nextDouble());
                if (c + 1 < n) memory.add(c + 1, 0.1);
            }
            double mountain = round % 2 == 0 ? 2.0 : 1.0;
            fromFirst.computeFromFirstField(memory, 0.1, 10, season(mountain, false), scratch);
            full.compute(memory, 0.1, 10, season(mountain, false));
            for (int c = 0; c < n; c++) {
                assertEquals(Double.doubleToRawLongBits(full.cost(c)), Double.doubleToRawLongBits(fromFirst.cost(c)),
                        "round " + round + ": cost of cell " + c);
                assertEquals(full.next(c), fromFirst.next(c), "round " + round + ": next of cell " + c);
            }
            if (!memory.isEmpty()) comparedWithMemory++;
            assertEquals(mountain, fromFirst.season().mountainFactor());
        }
        assertTrue(comparedWithMemory >= 8, "rounds with something remembered: " + comparedWithMemory);
    }
}
