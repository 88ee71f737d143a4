package org.bordersim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.bordersim.TestScenarios;
import org.bordersim.experiment.PreparedScenario;
import org.bordersim.experiment.Replications;
import org.bordersim.metrics.Metric;
import org.bordersim.metrics.PostTotals;
import org.bordersim.metrics.RunResult;
import org.bordersim.metrics.SeriesMetric;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pass closed in winter (docs/ODD.md §7.9) across the walled corridor, the only route: in February nobody crosses or
 * arrives, the couriers wait where they are, and in March they all come through. Winter is month 2, days 31 to 60.
 */
class ClosedPassTest {
    @TempDir
    Path dir;

    @Test
    void nobodyCrossesAClosedPassAndTheWaitingCouriersComeInSpring() throws InterruptedException {
        PreparedScenario p = TestScenarios.prepare(TestScenarios.extending(dir, "pass.json", TestScenarios.resource("valid/corridor.json"),
                """
                "durationDays": 119, "replications": 4,
                "seasons": {"winterMonths": [2], "mountainSlowdown": 2,
                            "closedPasses": [{"name": "the pass", "cells": {"cells": [[2, 1], [3, 1]]}}]}
                """));
        assertTrue(p.world().inClosure(1 * 10 + 2, 0) && p.world().inClosure(1 * 10 + 3, 0));
        List<RunResult> runs = Replications.run(p.scenario(), p.world(), 2, () -> { });
        for (RunResult r : runs) {
            // Weeks 5 to 7 (days 35 to 55) lie wholly in winter.
            for (int week = 5; week <= 7; week++) {
                assertEquals(0.0, r.weekly(week, SeriesMetric.CROSSINGS_OFFICIAL), "crossings in week " + week);
                assertEquals(0.0, r.weekly(week, SeriesMetric.SHIPMENTS_DELIVERED), "deliveries in week " + week);
            }
            assertTrue(r.weekly(2, SeriesMetric.SHIPMENTS_DELIVERED) > 30, "deliveries before winter");
            // Day 61 releases about 30 days of dispatches at once: week 8 (days 56 to 62) delivers far more than a usual week.
            assertTrue(r.weekly(8, SeriesMetric.SHIPMENTS_DELIVERED) > 3 * r.weekly(2, SeriesMetric.SHIPMENTS_DELIVERED),
                    "the spring's backlog: " + r.weekly(8, SeriesMetric.SHIPMENTS_DELIVERED) + " against "
                            + r.weekly(2, SeriesMetric.SHIPMENTS_DELIVERED));
            // Nobody is lost by waiting: every shipment sent was delivered, seized or is still on the road.
            assertEquals(r.get(Metric.SHIPMENTS_SENT), r.get(Metric.SHIPMENTS_DELIVERED) + r.get(Metric.SHIPMENTS_SEIZED)
                    + r.get(Metric.SHIPMENTS_IN_TRANSIT), 1e-9);
        }
    }

    @Test
    void aPostInAClosedPassSeesNoTrafficInWinter() throws InterruptedException {
        String seasons = "\"durationDays\": 119, \"replications\": 4, "
                + "\"overrides\": {\"/blos/*/checkpoint/legitimateArrivalsPerHour\": 10}, "
                + "\"seasons\": {\"winterMonths\": [2], \"mountainSlowdown\": 2%s}";
        PreparedScenario open = TestScenarios.prepare(TestScenarios.extending(dir, "open.json", TestScenarios.resource("valid/corridor.json"),
                seasons.formatted("")));
        // The pass takes in A-side's post (column 4 of the road); B-side's (column 5) stays open.
        PreparedScenario shut = TestScenarios.prepare(TestScenarios.extending(dir, "shut.json", TestScenarios.resource("valid/corridor.json"),
                seasons.formatted(", \"closedPasses\": [{\"name\": \"the pass\", \"cells\": {\"cells\": [[3, 1], [4, 1]]}}]")));
        List<RunResult> before = Replications.run(open.scenario(), open.world(), 2, () -> { });
        List<RunResult> after = Replications.run(shut.scenario(), shut.world(), 2, () -> { });
        int winterDays = 0;
        for (int day = 0; day < 119; day++) if (shut.scenario().seasons().winterOn(day)) winterDays++;
        double open0 = before.stream().mapToDouble(r -> r.posts()[0][PostTotals.ARRIVALS.ordinal()]).sum();
        double shut0 = after.stream().mapToDouble(r -> r.posts()[0][PostTotals.ARRIVALS.ordinal()]).sum();
        // Poisson counts: within 4 standard deviations of the open post's arrivals outside winter.
        assertEquals(open0 * (119 - winterDays) / 119.0, shut0, 4 * Math.sqrt(open0), "A-side's arrivals, " + winterDays + " days of winter");
        assertEquals(before.stream().mapToDouble(r -> r.posts()[1][PostTotals.ARRIVALS.ordinal()]).sum(),
                after.stream().mapToDouble(r -> r.posts()[1][PostTotals.ARRIVALS.ordinal()]).sum(), "B-side's post is not in the pass");
    }
}
