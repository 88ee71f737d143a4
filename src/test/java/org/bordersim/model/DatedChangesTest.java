package org.bordersim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.bordersim.TestScenarios;
import org.bordersim.experiment.PreparedScenario;
import org.bordersim.experiment.Replications;
import org.bordersim.metrics.RunResult;
import org.bordersim.metrics.SeriesMetric;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Trafficking that changes on dates (docs/ODD.md §7.3): a group that appears and stops, origins that move. */
class DatedChangesTest {
    @TempDir
    Path dir;

    private List<RunResult> run(PreparedScenario p) throws InterruptedException {
        return Replications.run(p.scenario(), p.world(), 2, () -> { });
    }

    @Test
    void aGroupDispatchesOnlyBetweenItsDays() throws InterruptedException {
        // The corridor's 100 shipments a week, now only from day 14 to day 41: weeks 2 to 5 of 8.
        PreparedScenario p = TestScenarios.prepare(TestScenarios.extending(dir, "window.json",
                TestScenarios.resource("valid/corridor.json"),
                "\"overrides\": {\"/groups/0/activeFromDay\": 14, \"/groups/0/activeUntilDay\": 42}"));
        for (RunResult r : run(p)) {
            for (int week : new int[] {0, 1, 6, 7}) assertEquals(0.0, r.weekly(week, SeriesMetric.SHIPMENTS_SENT), "week " + week);
            for (int week = 2; week <= 5; week++) assertTrue(r.weekly(week, SeriesMetric.SHIPMENTS_SENT) > 60, "week " + week);
        }
    }

    @Test
    void afterItsOriginsMoveAGroupCrossesWhereTheNewOriginLeads() throws InterruptedException {
        // Two walled roads, each through its own crossing: X1 on row 0, X2 on row 2. The group leaves from the north
        // road's west end until day 28, then from the south road's.
        PreparedScenario p = TestScenarios.prepare(dir, "moves.json", """
                {"name": "moves", "seed": 5, "replications": 4, "durationDays": 56,
                 "map": {"ascii": {"terrain": ["====BB====", "##########", "====BB===="],
                                   "countries": ["AAAAABBBBB", "AAAAABBBBB", "AAAAABBBBB"]}},
                 "groups": [{"name": "g", "commodity": "hashish", "origin": {"cells": [[0, 0]]},
                             "destination": {"cells": [[9, 0], [9, 2]]}, "dispatchPerWeek": 50, "adaptation": false,
                             "originMoves": [{"fromDay": 28, "origin": {"cells": [[0, 2]]}}]}]}
                """);
        int x1 = p.world().locationNames().indexOf("X1");
        int x2 = p.world().locationNames().indexOf("X2");
        for (RunResult r : run(p)) {
            long[] first = r.crossingsByQuarter()[0];
            long[] last = r.crossingsByQuarter()[3];
            assertTrue(first[x1] > 50 && first[x2] == 0, "first quarter: X1 " + first[x1] + ", X2 " + first[x2]);
            assertTrue(last[x2] > 50 && last[x1] == 0, "last quarter: X1 " + last[x1] + ", X2 " + last[x2]);
        }
    }
}
