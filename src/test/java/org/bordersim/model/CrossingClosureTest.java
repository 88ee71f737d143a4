package org.bordersim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.bordersim.TestScenarios;
import org.bordersim.experiment.PreparedScenario;
import org.bordersim.experiment.Replications;
import org.bordersim.metrics.PostTotals;
import org.bordersim.metrics.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crossings closed on dates (docs/ODD.md §7.9) on the two walled roads, X1 (north, quicker) and X2 (south), with a
 * group that does not adapt, so every courier takes X1 while it is open. Eight weeks: X1 closes for the second
 * quarter (days 14 to 27) and opens again.
 */
class CrossingClosureTest {
    @TempDir
    Path dir;

    private List<RunResult> run(String closures) throws InterruptedException {
        PreparedScenario p = TestScenarios.prepare(TestScenarios.extending(dir, "c" + closures.length() + ".json",
                TestScenarios.resource("valid/two-roads.json"), """
                "durationDays": 56, "replications": 4, "crossingClosures": %s,
                "overrides": {"/groups/0/adaptation": false, "/blos/*/checkpoint/legitimateArrivalsPerHour": 10}
                """.formatted(closures)));
        return Replications.run(p.scenario(), p.world(), 2, () -> { });
    }

    private static long crossings(List<RunResult> runs, int quarter, int location) {
        return runs.stream().mapToLong(r -> r.crossingsByQuarter()[quarter][location]).sum();
    }

    @Test
    void whileACrossingIsClosedTrafficGoesRoundAndComesBackWhenItOpens() throws InterruptedException {
        List<RunResult> runs = run("[{\"crossing\": \"X1\", \"fromDay\": 14, \"untilDay\": 28, \"about\": \"test\"}]");
        for (int q : new int[] {0, 2, 3}) {
            assertTrue(crossings(runs, q, 0) > 100 && crossings(runs, q, 1) == 0, "quarter " + (q + 1) + ": all at X1");
        }
        assertEquals(0, crossings(runs, 1, 0), "nobody crosses at X1 while it is closed");
        assertTrue(crossings(runs, 1, 1) > 100, "they go by X2 instead: " + crossings(runs, 1, 1));
    }

    @Test
    void aClosedCrossingsPostsSeeNoTraffic() throws InterruptedException {
        List<RunResult> open = run("[]");
        List<RunResult> closed = run("[{\"crossing\": \"X1\", \"fromDay\": 14, \"untilDay\": 28}]");
        for (int blo = 0; blo < 4; blo++) {
            int b = blo;
            double before = open.stream().mapToDouble(r -> r.posts()[b][PostTotals.ARRIVALS.ordinal()]).sum();
            double after = closed.stream().mapToDouble(r -> r.posts()[b][PostTotals.ARRIVALS.ordinal()]).sum();
            // X1's posts (0 and 1) are shut for 14 of 56 days: 3/4 of the Poisson arrivals, within 4 standard deviations.
            double expected = blo < 2 ? 0.75 * before : before;
            assertEquals(expected, after, 4 * Math.sqrt(before) + 1e-9, "post " + blo);
        }
    }

    @Test
    void aCrossingThatOpensLaterIsClosedUntilThen() throws InterruptedException {
        List<RunResult> runs = run("[{\"crossing\": \"X1\", \"untilDay\": 28}]");
        assertEquals(0, crossings(runs, 0, 0) + crossings(runs, 1, 0), "closed from the start");
        assertTrue(crossings(runs, 2, 0) > 100 && crossings(runs, 3, 0) > 100, "open from day 28");
    }
}
