package org.bordersim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.bordersim.TestScenarios;
import org.bordersim.experiment.PreparedScenario;
import org.bordersim.experiment.Replications;
import org.bordersim.metrics.Metric;
import org.bordersim.metrics.RunResult;
import org.bordersim.stats.Summary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A group's answer to sustained losses (docs/ODD.md §7.7) on the one-post corridor: 100 shipments a week for 8 weeks,
 * each seized at the post with probability 0.3 and otherwise delivered within hours, so each week's share seized is
 * close to 0.3.
 */
class LossResponseTest {
    private static final Path CORRIDOR = TestScenarios.resource("valid/corridor-one-post.json");

    @TempDir
    Path dir;

    private List<RunResult> run(String name, String lossResponse) throws InterruptedException {
        PreparedScenario p = TestScenarios.prepare(TestScenarios.extending(dir, name, CORRIDOR,
                "\"overrides\": {\"/groups/0/lossResponse\": " + lossResponse + "}"));
        return Replications.run(p.scenario(), p.world(), 2, () -> { });
    }

    /** The mean over replications of (shipments sent - what a week-by-week schedule of that run should send). */
    private static Summary sentAgainstSchedule(List<RunResult> runs, Metric weeks, double share) {
        return Summary.of95(runs.stream().mapToDouble(r -> r.get(Metric.SHIPMENTS_SENT)
                - 100 * (8 - (1 - share) * r.get(weeks))).toArray());
    }

    @Test
    void aThresholdNeverReachedChangesNothing() throws InterruptedException {
        List<RunResult> plain = run("plain.json", "{}");
        List<RunResult> watching = run("watching.json", "{\"slowAboveShare\": 0.6, \"pauseAboveShare\": 0.9}");
        for (int i = 0; i < plain.size(); i++) {
            for (Metric m : Metric.values()) {
                assertEquals(plain.get(i).get(m), watching.get(i).get(m), 0.0, m + " in replication " + i);
            }
        }
        assertEquals(0.0, plain.get(0).get(Metric.GROUP_WEEKS_SLOWED), 0.0);
    }

    @Test
    void aGroupLosingMoreThanItsThresholdSendsHalfAsMuch() throws InterruptedException {
        List<RunResult> runs = run("slowed.json", "{\"windowWeeks\": 2, \"slowAboveShare\": 0.2, \"slowFactor\": 0.5}");
        Summary weeks = Summary.of95(runs.stream().mapToDouble(r -> r.get(Metric.GROUP_WEEKS_SLOWED)).toArray());
        // Every week after the first looks back on about 100 to 200 shipments, 30% of them seized: all 7 are slowed.
        assertTrue(weeks.mean() > 6.5 && weeks.mean() <= 7, "weeks slowed " + weeks);
        Summary gap = sentAgainstSchedule(runs, Metric.GROUP_WEEKS_SLOWED, 0.5);
        assertTrue(gap.contains(0), "shipments sent against 100 a week, halved in slowed weeks: " + gap);
        assertTrue(gap.halfWidth() < 25, "CI too wide: " + gap);
        // Sending less does not change the odds at the post.
        Summary rate = Summary.of95(runs.stream().mapToDouble(r -> r.get(Metric.INTERDICTION_RATE)).toArray());
        assertTrue(rate.contains(0.3), "interdiction " + rate);
    }

    @Test
    void aPausedGroupSendsNothingThenLooksAgain() throws InterruptedException {
        // Week 1 as usual; its losses pause weeks 2-3; week 3 ends with nothing ended (a window of one week), so week 4
        // is as usual; its losses pause weeks 5-6; week 7 is as usual, and its losses pause week 8, the last.
        List<RunResult> runs = run("paused.json", "{\"windowWeeks\": 1, \"pauseAboveShare\": 0.2, \"pauseWeeks\": 2}");
        for (RunResult r : runs) assertEquals(5.0, r.get(Metric.GROUP_WEEKS_PAUSED), 0.0, "weeks paused");
        Summary gap = sentAgainstSchedule(runs, Metric.GROUP_WEEKS_PAUSED, 0.0);
        assertTrue(gap.contains(0), "shipments sent against 100 a week outside pauses: " + gap);
        assertTrue(gap.halfWidth() < 20, "CI too wide: " + gap);
    }
}
