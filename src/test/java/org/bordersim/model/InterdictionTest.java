package org.bordersim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.bordersim.TestScenarios;
import org.bordersim.experiment.Comparison;
import org.bordersim.experiment.PreparedScenario;
import org.bordersim.experiment.Replication;
import org.bordersim.experiment.Seeds;
import org.bordersim.metrics.Metric;
import org.bordersim.metrics.RunMetrics;
import org.bordersim.metrics.RunResult;
import org.bordersim.stats.PairedDifference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Intelligence-led interdiction: a BLO acts where it predicts the courier will cross, with
 * officers it takes off regular duty; intelligence without officers, or pointing to the wrong
 * place, seizes nothing. The map ({@code green-border.json}): every courier crosses the green
 * border 4 km south of the only post, inside the A-side BLO's sector, and every shipment is
 * tipped to that BLO. Its four officers are all at the checkpoint, so no patrol ever sees a courier.
 */
class InterdictionTest {
    @TempDir
    Path tmp;

    private int variant;

    private PreparedScenario greenBorder(String members) {
        return TestScenarios.prepare(TestScenarios.extending(tmp, "v" + (variant++) + ".json",
                TestScenarios.resource("valid/green-border.json"), members));
    }

    private static Comparison compare(PreparedScenario... scenarios) throws InterruptedException {
        return Comparison.run(List.of(scenarios), 2, () -> { });
    }

    /** One replication, with {@code setup} applied to the model after it starts. */
    private static RunResult run(PreparedScenario p, int rep, Consumer<BorderModel> setup) {
        var s = p.scenario();
        var w = p.world();
        RunMetrics metrics = Replication.metricsFor(s, w);
        BorderModel model = new BorderModel(Seeds.replication(s.seed(), rep), s, w, metrics);
        model.start();
        setup.accept(model);
        model.runToEnd();
        return metrics.finish(rep, 0);
    }

    @Test
    void aTipThatNamesTheRouteLetsATeamWaitWhereTheCourierCrosses() throws InterruptedException {
        Comparison c = compare(greenBorder("\"intelligence\": {\"routeAccuracy\": 0}"),
                greenBorder("\"intelligence\": {\"routeAccuracy\": 1}"));
        assertTrue(c.values(0, Metric.SEIZURES_BY_TEAMS)[0] == 0 && c.values(0, Metric.TEAMS_SENT)[0] == 0,
                "without the route and with no picture of the group, the BLO watches its post and sends no team");
        PairedDifference teams = c.difference(1, Metric.SEIZURES_BY_TEAMS);
        assertTrue(teams.ciLow() > 0, "the named route brings team seizures: " + teams);
        PairedDifference all = c.difference(1, Metric.SHIPMENTS_SEIZED);
        assertTrue(all.ciLow() > 0, "and more shipments seized in all: " + all);
        assertTrue(c.difference(1, Metric.INTEL_USED_IN_TIME).ciLow() > 0, "the tips are used");
        assertTrue(c.difference(1, Metric.INTEL_MISPREDICTED).ciHigh() < 0, "and fewer point away from where couriers cross");
    }

    @Test
    void aTeamWaitingAtTheWrongPlaceSeizesNothing() {
        PreparedScenario p = greenBorder("\"intelligence\": {\"routeAccuracy\": 0}");
        int w = p.world().width();
        for (int rep = 0; rep < 3; rep++) {
            // The BLO believes the group crosses 1 km south of the post (it crosses 4 km south).
            RunResult wrong = run(p, rep, m -> m.interdiction().learn(0, 0, 1 * w + 5, null));
            assertTrue(wrong.get(Metric.TEAMS_SENT) > 10, "teams were sent: " + wrong.get(Metric.TEAMS_SENT));
            assertEquals(0.0, wrong.get(Metric.SEIZURES_BY_TEAMS), "a team at the wrong place seizes nothing");
            assertTrue(wrong.get(Metric.INTEL_MISPREDICTED) > 100, "its tips count as mispredicted");
            // The same belief at the right place.
            RunResult right = run(p, rep, m -> m.interdiction().learn(0, 0, 4 * w + 5, null));
            assertTrue(right.get(Metric.SEIZURES_BY_TEAMS) > 10, "a team at the right place seizes: " + right.get(Metric.SEIZURES_BY_TEAMS));
        }
    }

    @Test
    void officerHoursOnTeamsAreTakenFromInspectionAndPatrol() throws InterruptedException {
        Comparison c = compare(greenBorder("\"intelligence\": {\"tipProbability\": 0}, \"overrides\": {\"/blos/0/checkpointShare\": 0.5}"),
                greenBorder("\"intelligence\": {\"routeAccuracy\": 1}, \"overrides\": {\"/blos/0/checkpointShare\": 0.5}"));
        double[] teams = c.values(1, Metric.OFFICER_HOURS_TEAMS);
        for (int i = 0; i < c.replications(); i++) {
            assertTrue(teams[i] > 100, "officers went on teams: " + teams[i]);
            double regularWithout = c.values(0, Metric.OFFICER_HOURS_CHECKPOINT)[i] + c.values(0, Metric.OFFICER_HOURS_PATROL)[i];
            double regularWith = c.values(1, Metric.OFFICER_HOURS_CHECKPOINT)[i] + c.values(1, Metric.OFFICER_HOURS_PATROL)[i];
            assertEquals(regularWithout - teams[i], regularWith, 0.0, "every team hour is an hour less of inspection or patrol");
            assertEquals(4 * 24 * 56, regularWith + teams[i], 0.0, "four officers on one shift, 56 days");
        }
        assertTrue(c.difference(1, Metric.OFFICER_HOURS_CHECKPOINT).ciHigh() < 0, "the post has fewer officer-hours");
        assertTrue(c.difference(1, Metric.COST_INTERDICTION_TEAMS).ciLow() > 0, "and the teams' time is costed");
        assertEquals(c.values(0, Metric.TOTAL_COST)[0], c.values(1, Metric.TOTAL_COST)[0], 1e-6,
                "moved from staff to teams, not paid twice");
    }

    @Test
    void noFreeOfficersMeansTheIntelligenceIsWastedForThatReason() throws InterruptedException {
        Comparison c = compare(greenBorder("\"intelligence\": {\"routeAccuracy\": 1}, \"overrides\": {\"/blos/0/staffing\": 1}"));
        for (int i = 0; i < c.replications(); i++) {
            assertEquals(0.0, c.values(0, Metric.SEIZURES_BY_TEAMS)[i], "one officer is no team");
            assertEquals(0.0, c.values(0, Metric.TEAMS_SENT)[i]);
            assertEquals(c.values(0, Metric.TIPS)[i] - c.values(0, Metric.SHIPMENTS_IN_TRANSIT)[i],
                    c.values(0, Metric.INTEL_NO_OFFICER_FREE)[i], "every finished tipped shipment's tip: no officer free");
        }
    }
}
