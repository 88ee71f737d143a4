package org.bordersim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.bordersim.TestScenarios;
import org.bordersim.experiment.PreparedScenario;
import org.bordersim.experiment.Replication;
import org.bordersim.experiment.Replications;
import org.bordersim.experiment.Seeds;
import org.bordersim.metrics.BloTotals;
import org.bordersim.metrics.Metric;
import org.bordersim.metrics.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inland checkpoints on roads (docs/ODD.md §7.5): posts with no counterpart across the border. */
class InlandPostTest {
    @TempDir
    Path dir;

    private int variant;

    private PreparedScenario with(String resource, String members) {
        return TestScenarios.prepare(TestScenarios.extending(dir, "v" + (variant++) + ".json",
                TestScenarios.resource("valid/" + resource), members));
    }

    private static double total(List<RunResult> runs, Metric m) {
        return runs.stream().mapToDouble(r -> r.get(m)).sum();
    }

    private static double seizuresBy(List<RunResult> runs, int blo) {
        return runs.stream().mapToDouble(r -> r.blos()[blo][BloTotals.SEIZURES.ordinal()]).sum();
    }

    /** The corridor's road with a third post inland on the A side, at column 2: every courier meets it first. */
    private static final String INLAND_ON_THE_CORRIDOR = """
            "blos": [
              {"name": "A-inland", "inlandPost": {"cell": [2, 1]}, "country": "A", "staffing": 2, "checkpointShare": 1,
               "checkpoint": {"legitimateArrivalsPerHour": 0, "targetInspectionShare": 1, "inspectionsPerOfficerHour": 100, "sensitivity": 0.3}},
              {"name": "A-side", "crossing": "X1", "country": "A", "staffing": 2, "checkpointShare": 1,
               "checkpoint": {"legitimateArrivalsPerHour": 0, "targetInspectionShare": 1, "inspectionsPerOfficerHour": 100, "sensitivity": 0.3}},
              {"name": "B-side", "crossing": "X1", "country": "B", "staffing": 2, "checkpointShare": 1,
               "checkpoint": {"legitimateArrivalsPerHour": 0, "targetInspectionShare": 1, "inspectionsPerOfficerHour": 100, "sensitivity": 0.3}}
            ]""";

    @Test
    void anInlandPostInspectsEveryoneOnItsRoadBeforeTheBorder() throws InterruptedException {
        PreparedScenario p = with("corridor.json", INLAND_ON_THE_CORRIDOR);
        List<RunResult> runs = Replications.run(p.scenario(), p.world(), 2, () -> { });
        double finished = total(runs, Metric.SHIPMENTS_SEIZED) + total(runs, Metric.SHIPMENTS_DELIVERED);
        assertTrue(finished > 5000, "enough shipments: " + finished);
        // Each post catches 0.3 of those that reach it, in series: 0.3, 0.7 x 0.3, 0.7^2 x 0.3 of all finished
        // (binomial counts, within 4 standard deviations).
        double[] expected = {0.3, 0.21, 0.147};
        for (int b = 0; b < 3; b++) {
            double q = expected[b];
            assertEquals(q * finished, seizuresBy(runs, b), 4 * Math.sqrt(finished * q * (1 - q)), "BLO " + b);
        }
        // Inland seizures are at a post, not on the border: every shipment seized at a crossing inspection.
        assertEquals(total(runs, Metric.SHIPMENTS_SEIZED), total(runs, Metric.SEIZURES_AT_CROSSINGS), 1e-9);
    }

    @Test
    void anInlandPostHasNoCounterpartAcrossTheBorder() {
        PreparedScenario p = with("corridor.json", INLAND_ON_THE_CORRIDOR);
        BorderModel model = new BorderModel(Seeds.replication(p.scenario().seed(), 0), p.scenario(), p.world(),
                Replication.metricsFor(p.scenario(), p.world()));
        model.start();
        assertEquals(0, model.intelligence().counterparts(0).length, "the inland post");
        assertEquals(2, model.intelligence().counterparts(1)[0], "A-side's counterpart is B-side");
        assertEquals(-1, p.world().bloSite(0).crossingPoint());
    }

    @Test
    void groupsReckonWithTheKnownRiskOfInlandPostsAsOfCrossingPosts() throws InterruptedException {
        // Two roads, not adapting: north through X1 costs about 1 h + 2 posts x 1 h, south through X2 about 1.6 h + 2 h.
        // An inland post on the north road adds an hour of known risk, so the north road costs more than the south.
        String fixed = "\"overrides\": {\"/groups/0/adaptation\": false}, \"replications\": 3";
        String inland = ", \"blos\": [{\"name\": \"north-inland\", \"inlandPost\": {\"cell\": [2, 0]}, \"country\": \"A\"},"
                + " {\"name\": \"X1-A\", \"crossing\": \"X1\", \"country\": \"A\"}, {\"name\": \"X1-B\", \"crossing\": \"X1\", \"country\": \"B\"},"
                + " {\"name\": \"X2-A\", \"crossing\": \"X2\", \"country\": \"A\"}, {\"name\": \"X2-B\", \"crossing\": \"X2\", \"country\": \"B\"}]";
        PreparedScenario without = with("two-roads.json", fixed);
        PreparedScenario withInland = with("two-roads.json", fixed + inland);
        List<RunResult> before = Replications.run(without.scenario(), without.world(), 2, () -> { });
        List<RunResult> after = Replications.run(withInland.scenario(), withInland.world(), 2, () -> { });
        long x1Before = before.stream().mapToLong(r -> r.crossingsByLocation()[0]).sum();
        long x2Before = before.stream().mapToLong(r -> r.crossingsByLocation()[1]).sum();
        long x1After = after.stream().mapToLong(r -> r.crossingsByLocation()[0]).sum();
        long x2After = after.stream().mapToLong(r -> r.crossingsByLocation()[1]).sum();
        assertTrue(x1Before > 0 && x2Before == 0, "without it every courier takes the north road: " + x1Before + ", " + x2Before);
        assertTrue(x1After == 0 && x2After > 0, "with it every courier takes the south road: " + x1After + ", " + x2After);
        assertEquals(0, seizuresBy(after, 0), "and the inland post sees no one");
    }
}
