package org.bordersim.calibrate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bordersim.TestScenarios;
import org.bordersim.experiment.PreparedScenario;
import org.bordersim.experiment.Replications;
import org.bordersim.files.InputException;
import org.bordersim.metrics.Metric;
import org.bordersim.metrics.RunResult;
import org.bordersim.output.RunInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Calibration on the corridor (two posts in series, everyone inspected, 800 shipments in 8 weeks): the share of
 * hashish seized depends on the posts' sensitivity s (1 - (1 - s)^2 in expectation) and on nothing else the
 * calibration varies. Risk aversion does nothing here (the group does not adapt).
 */
class CalibrationTest {
    private static final RunInfo WHO = new RunInfo("test", List.of("calibrate"), 2);

    @TempDir
    Path dir;

    /** The share of hashish seized that the model itself gives at sensitivity 0.3: the mean of 40 replications. */
    private double shareAtTrueSensitivity() throws InterruptedException {
        PreparedScenario p = TestScenarios.prepare(TestScenarios.extending(dir, "truth.json", TestScenarios.resource("valid/corridor.json"),
                "\"replications\": 40, \"seed\": 99, \"overrides\": {\"/blos/*/checkpoint/sensitivity\": 0.3}"));
        List<RunResult> runs = Replications.run(p.scenario(), p.world(), 2, () -> { });
        int hashish = org.bordersim.scenario.Commodity.HASHISH.ordinal();
        return runs.stream().mapToDouble(r -> r.get(Metric.seized(hashish)) / r.get(Metric.sent(hashish))).average().orElseThrow();
    }

    private Path calibrationFile(String name, double observed, double uncertainty, String budget) throws IOException {
        Path scenario = TestScenarios.resource("valid/corridor.json");
        Path file = dir.resolve(name + ".json");
        Files.writeString(file, """
                {"name": "%s", "scenario": "%s", "seed": 3,
                 "parameters": [{"name": "sensitivity", "pointer": "/blos/*/checkpoint/sensitivity", "min": 0.05, "max": 0.6},
                                {"name": "risk_aversion", "pointer": "/groups/0/riskAversion", "min": 1, "max": 20}],
                 "targets": [{"name": "hashish seized share", "kind": "seizure-share", "commodity": "hashish",
                              "observed": %s, "uncertainty": %s}],
                 "budget": %s}
                """.formatted(name, scenario.toString().replace("\\", "/"), observed, uncertainty, budget), StandardCharsets.UTF_8);
        return file;
    }

    private static CalibrationRun.Outcome run(Path file, Path out, boolean resume, int threads) throws Exception {
        return CalibrationRun.run(CalibrationLoader.load(file), out, resume, threads, WHO, line -> { });
    }

    @Test
    void knownParametersAreRecoveredAndTheOneTheDataIgnoreIsSaidToBeOpen() throws Exception {
        double observed = shareAtTrueSensitivity();
        assertEquals(0.51, observed, 0.01, "the corridor gives 1 - 0.7^2 at 0.3");
        CalibrationRun.Outcome o = run(calibrationFile("recovery", observed, 0.02, "{\"particles\": 200, \"maxSimulations\": 3000}"),
                dir.resolve("out"), false, 2);
        Posterior.Parameter s = o.parameters().get(0);
        assertTrue(s.q05() < 0.3 && 0.3 < s.q95(), "the true 0.3 lies in the 90% interval [" + s.q05() + ", " + s.q95() + "]");
        assertEquals(Posterior.Identified.PINNED_DOWN, s.identified(), "share of prior " + s.share());
        // With the observation's uncertainty (0.02) and the model's own noise (about 0.018) the share is known to about
        // 0.027, so s to about 0.027 / (2 x 0.7): the interval is neither a point nor the prior.
        assertTrue(s.q95() - s.q05() > 0.05 && s.q95() - s.q05() < 0.15, "90% interval width " + (s.q95() - s.q05()));
        Posterior.Parameter ignored = o.parameters().get(1);
        assertEquals(Posterior.Identified.NOT_IDENTIFIED, ignored.identified(), "share of prior " + ignored.share());
        assertEquals(Posterior.Fit.FITS, o.checks().get(0).fit());
        String calibrated = Files.readString(o.folder().resolve(CalibrationRun.CALIBRATED));
        assertTrue(calibrated.contains("\"/blos/*/checkpoint/sensitivity\"") && calibrated.contains("\"extends\" : \"scenario.json\""), calibrated);
        // The calibrated scenario runs from its folder.
        assertTrue(TestScenarios.prepare(o.folder().resolve(CalibrationRun.CALIBRATED)).scenario().blos().get(0).checkpoint()
                .sensitivity() > 0.25);
    }

    @Test
    void aTargetTheModelCannotReachIsReportedAsSuch() throws Exception {
        // Two posts of at most 0.5 seize at most 75%: 99% is out of reach.
        CalibrationRun.Outcome o = run(calibrationFile("unreachable", 0.99, 0.01, "{\"particles\": 50, \"maxSimulations\": 400}"),
                dir.resolve("out"), false, 2);
        assertEquals(Posterior.Fit.UNREACHABLE, o.checks().get(0).fit());
        assertTrue(o.checks().get(0).nearest() < 0.9, "nearest " + o.checks().get(0).nearest());
        assertTrue(org.bordersim.report.CalibrationReport.inWords(o).contains("cannot reach 'hashish seized share'"));
    }

    @Test
    void aResumedCalibrationGivesTheSamePosteriorWhateverTheThreads() throws Exception {
        Path file = calibrationFile("resume", 0.51, 0.02, "{\"particles\": 60, \"maxSimulations\": 600}");
        CalibrationRun.Outcome whole = run(file, dir.resolve("whole"), false, 1);
        // A kill leaves part of the journal and a line cut short: keep the header and 150 simulations, then half a line.
        Path journal = whole.folder().resolve(SimulationJournal.FILE);
        List<String> lines = Files.readAllLines(journal);
        Path killed = CalibrationRun.folder(dir.resolve("killed"), whole.calibration());
        Files.createDirectories(killed);
        String kept = String.join("\n", lines.subList(0, 151)) + "\n" + lines.get(151).substring(0, lines.get(151).length() / 2);
        Files.writeString(killed.resolve(SimulationJournal.FILE), kept);
        assertThrows(InputException.class, () -> run(file, dir.resolve("killed"), false, 2), "an existing folder needs --resume");
        CalibrationRun.Outcome resumed = run(file, dir.resolve("killed"), true, 2);
        assertEquals(150, resumed.reused());
        assertArrayEquals(Files.readAllBytes(whole.folder().resolve(CalibrationRun.POSTERIOR)),
                Files.readAllBytes(resumed.folder().resolve(CalibrationRun.POSTERIOR)));
        assertArrayEquals(Files.readAllBytes(whole.folder().resolve(CalibrationRun.PREDICTIVE)),
                Files.readAllBytes(resumed.folder().resolve(CalibrationRun.PREDICTIVE)));
    }

    @Test
    void twoShardsSharingAFolderReachTheSamePosteriorAsOneProcess() throws Exception {
        Path file = calibrationFile("sharded", 0.51, 0.02, "{\"particles\": 40, \"maxSimulations\": 200}");
        CalibrationRun.Outcome whole = run(file, dir.resolve("whole"), false, 1);
        Calibration c = CalibrationLoader.load(file);
        java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var second = two.submit(() -> CalibrationRun.run(c, dir.resolve("shards"), false, new AbcSmc.Shard(1, 2, 20), 1, WHO, l -> { }));
            var first = two.submit(() -> CalibrationRun.run(c, dir.resolve("shards"), false, new AbcSmc.Shard(0, 2, 20), 1, WHO, l -> { }));
            CalibrationRun.Outcome one = first.get();
            second.get();
            assertArrayEquals(Files.readAllBytes(whole.folder().resolve(CalibrationRun.POSTERIOR)),
                    Files.readAllBytes(one.folder().resolve(CalibrationRun.POSTERIOR)));
            assertArrayEquals(Files.readAllBytes(whole.folder().resolve(CalibrationRun.PREDICTIVE)),
                    Files.readAllBytes(one.folder().resolve(CalibrationRun.PREDICTIVE)));
            // Each shard simulated its half: its journal holds the even or the odd simulations of every generation.
            for (int k = 1; k <= 2; k++) {
                List<String> lines = Files.readAllLines(one.folder().resolve("simulations-shard-" + k + "-of-2.csv"));
                int parity = k - 1;
                assertTrue(lines.size() > 50 && lines.stream().skip(1).allMatch(l -> Integer.parseInt(l.split(",")[1]) % 2 == parity),
                        "shard " + k + ": " + lines.size() + " lines");
            }
        } finally {
            two.shutdownNow();
        }
    }

    @Test
    void aCalibrationRunningElsewhereIsNotResumedUnderIt() throws Exception {
        Path file = calibrationFile("locked", 0.51, 0.02, "{\"particles\": 20, \"maxSimulations\": 20}");
        Path folder = CalibrationRun.folder(dir.resolve("out"), CalibrationLoader.load(file));
        Files.createDirectories(folder);
        try (org.bordersim.output.FolderLock held = org.bordersim.output.FolderLock.take(folder, "held by the test")) {
            InputException e = assertThrows(InputException.class, () -> run(file, dir.resolve("out"), true, 1));
            assertTrue(e.problems().get(0).message().contains("another BorderSim process is running this calibration"));
        }
        assertEquals(20, run(file, dir.resolve("out"), true, 1).result().last().simulations(), "free once released");
    }

    @Test
    void badFilesAreRefusedWithThePointerAtFault() throws IOException {
        Path scenario = TestScenarios.resource("valid/corridor.json");
        Path file = dir.resolve("bad.json");
        Files.writeString(file, """
                {"name": "bad", "scenario": "%s",
                 "parameters": [{"name": "s", "pointer": "/blos/*/checkpoint/sensitivit", "min": 0.1, "max": 0.5},
                                {"name": "t", "pointer": "/blos/*/staffing", "min": 3, "max": 2}],
                 "targets": [{"name": "x", "kind": "metric", "metric": "seized_opium", "observed": 1, "uncertainty": 1},
                             {"name": "y", "kind": "crossing-seizures", "crossing": "X9", "observed": 1, "uncertainty": 1}]}
                """.formatted(scenario.toString().replace("\\", "/")));
        InputException e = assertThrows(InputException.class, () -> CalibrationLoader.load(file));
        String all = e.problems().stream().map(p -> p.where() + ": " + p.message()).reduce("", (a, b) -> a + "\n" + b);
        assertTrue(all.contains("/parameters/0/min: value 0.1 for /blos/*/checkpoint/sensitivit gives an invalid scenario")
                && all.contains("did you mean 'sensitivity'"), all);
        assertTrue(all.contains("/parameters/1/max: must be greater than min"), all);
        assertTrue(all.contains("/targets/0/metric: unknown metric 'seized_opium'"), all);
        assertTrue(all.contains("/targets/1/crossing: no BLO sits at 'X9'"), all);
    }
}
