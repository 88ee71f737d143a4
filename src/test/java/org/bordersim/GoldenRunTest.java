package org.bordersim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bordersim.experiment.PreparedScenario;
import org.bordersim.experiment.Replications;
import org.bordersim.metrics.RunResult;
import org.bordersim.report.RunReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pins the complete outputs (runs.csv, series.csv, quarters.csv, posts.csv, groups.csv, blos.csv, trust.csv) of a small scenario at one seed:
 * the shipped baseline shortened to 8 weeks and 2 replications, seed 424242, with every lever
 * switched on (cross-border sharing with a fast hotline, sightings, interdiction teams, joint operations,
 * controlled deliveries, equipment, a post upgrade, training of arrivals and of officers in post,
 * refreshers, agencies at one BLO), so that each mechanism's behaviour is pinned. Any change
 * of model behaviour, intended or not, fails this test with a line-by-line diff. After an
 * intended change, re-pin with
 * {@code mvn -B test -Dtest=GoldenRunTest -Dbordersim.golden.update=true} and say why in the commit.
 */
class GoldenRunTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @TempDir
    Path tmp;

    @Test
    void smallScenarioReproducesItsPinnedOutputs() throws IOException, InterruptedException {
        PreparedScenario p = TestScenarios.prepare(TestScenarios.extending(tmp, "golden.json",
                TestScenarios.shipped("baseline.json"), """
                "seed": 424242, "replications": 2, "durationDays": 56,
                "intelligence": {"sharing": "cross-border", "crossBorderLatencyHours": 2, "tipProbability": 0.4,
                                 "sightingProbability": 0.3},
                "jointOperations": {"perWeek": 2}, "controlledDeliveries": {"share": 0.3},
                "training": {"newArrivals": true, "refresherEveryDays": 30, "trainOfficersInPost": true},
                "overrides": {"/blos/*/equipment": {"scanners": 1, "dashCams": 2, "nightVision": 1, "radios": 1},
                              "/blos/2/upgrades": {"power": true},
                              "/blos/0/agencies": [{"agency": "customs", "staffing": 3, "checkpointShare": 0.9},
                                                   {"agency": "border-guards", "staffing": 3, "checkpointShare": 0.1}]}
                """));
        List<RunResult> runs = Replications.run(p.scenario(), p.world(), 2, () -> { });
        RunReport.writeRuns(tmp.resolve("runs.csv"), p.world(), runs);
        RunReport.writeSeries(tmp.resolve("series.csv"), runs);
        RunReport.writeQuarters(tmp.resolve("quarters.csv"), p.world(), runs);
        RunReport.writePosts(tmp.resolve("posts.csv"), p.scenario(), runs);
        RunReport.writeGroups(tmp.resolve("groups.csv"), p.scenario(), runs);
        RunReport.writeBlos(tmp.resolve("blos.csv"), p.scenario(), runs);
        RunReport.writeTrust(tmp.resolve("trust.csv"), p.scenario(), runs);
        for (String file : List.of("runs.csv", "series.csv", "quarters.csv", "posts.csv", "groups.csv", "blos.csv", "trust.csv")) {
            if (Boolean.getBoolean("bordersim.golden.update")) {
                Files.createDirectories(GOLDEN);
                Files.copy(tmp.resolve(file), GOLDEN.resolve(file), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            List<String> expected = Files.readAllLines(GOLDEN.resolve(file));
            List<String> actual = Files.readAllLines(tmp.resolve(file));
            assertEquals(expected.get(0), actual.get(0), file + ": columns changed");
            for (int i = 1; i < Math.max(expected.size(), actual.size()); i++) {
                String e = i < expected.size() ? expected.get(i) : "(missing)";
                String a = i < actual.size() ? actual.get(i) : "(missing)";
                assertEquals(e, a, file + " line " + (i + 1) + " differs from the pinned output");
            }
        }
    }
}
