package org.bordersim.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bordersim.TestScenarios;
import org.bordersim.design.SweepParameter;
import org.bordersim.experiment.Seeds;
import org.bordersim.files.InputException;
import org.bordersim.output.OutputFile;
import org.bordersim.output.RunInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sweep runner's promises: order, determinism, shards, failures, and repair on resume. */
class SweepTest {
    private static final RunInfo WHO = new RunInfo("test", List.of("test"), 1);
    private static final SweepRunner.Listener SILENT = new SweepRunner.Listener() {
        @Override
        public void started(int runsInShard, int alreadyRecorded, boolean repairedLastRow) {
        }

        @Override
        public void recorded(int run, String error) {
        }
    };

    @TempDir
    Path dir;

    /** 2 x 2 factorial x 3 replications = 12 runs of the baseline shortened to 4 weeks. */
    static Path smallSweep(Path dir, String design) {
        String baseline = TestScenarios.shippedJsonPath("baseline.json");
        return TestScenarios.write(dir, "small.json", """
                {"name": "small", "scenario": "%s", "seed": 5, "replications": 3,
                 "set": {"/durationDays": 28},
                 "design": %s,
                 "parameters": [
                   {"name": "staffing", "pointer": "/blos/*/staffing", "values": [2, 6]},
                   {"name": "turnover", "pointer": "/officers/turnoverPerYear", "min": 0.3, "max": 1.0, "levels": 2}
                 ],
                 "outputs": ["kg_seized", "interdiction_rate"]}
                """.formatted(baseline, design));
    }

    static Sweep load(Path file) {
        try {
            return SweepLoader.load(file);
        } catch (InputException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    private Path runSweep(Sweep sweep, Shard shard, String out, int threads, SweepRunner.RunFunction f) throws Exception {
        Path folder = SweepFolder.create(dir.resolve(out), sweep, shard, WHO);
        SweepRunner.run(sweep, shard, folder, threads, f, SILENT);
        SweepFolder.writeManifest(folder, sweep, shard, WHO, true);
        return folder;
    }

    @Test
    void runsAreRecordedInRunOrderAndIdenticalWhateverTheThreadCount() throws Exception {
        Sweep sweep = load(smallSweep(dir, "{\"type\": \"factorial\"}"));
        assertEquals(12, sweep.runs());
        Path one = runSweep(sweep, Shard.WHOLE, "t1", 1, SweepRunner.MODEL);
        Path two = runSweep(sweep, Shard.WHOLE, "t2", 2, SweepRunner.MODEL);
        List<String> lines = Files.readAllLines(one.resolve(OutputFile.RUNS.fileName()));
        assertEquals(13, lines.size());
        for (int run = 0; run < 12; run++) assertTrue(lines.get(run + 1).startsWith(run + ","), lines.get(run + 1));
        assertEquals(Files.readString(one.resolve(OutputFile.RUNS.fileName())), Files.readString(two.resolve(OutputFile.RUNS.fileName())));
    }

    @Test
    void aListDesignRunsExactlyItsPointsAndTheirRowsEqualTheFactorialOnes() throws Exception {
        Sweep list = load(withCommonRandomNumbers(smallSweep(dir, "{\"type\": \"list\", \"points\": [[6, 1.0], [2, 0.3]]}")));
        assertEquals(2, list.design().points());
        assertEquals("[6, 1.0]", java.util.Arrays.toString(list.values(0)));
        assertEquals("[2, 0.3]", java.util.Arrays.toString(list.values(1)));
        Path folder = runSweep(list, Shard.WHOLE, "list", 2, SweepRunner.MODEL);
        Sweep factorial = load(withCommonRandomNumbers(smallSweep(dir, "{\"type\": \"factorial\"}")));
        Path full = runSweep(factorial, Shard.WHOLE, "full", 2, SweepRunner.MODEL);
        List<String> listed = Files.readAllLines(folder.resolve(OutputFile.RUNS.fileName()));
        List<String> all = Files.readAllLines(full.resolve(OutputFile.RUNS.fileName()));
        // Factorial point 3 is (6, 1.0) and point 0 is (2, 0.3); with the same seeds per replication their outputs match.
        for (int r = 0; r < 3; r++) {
            assertEquals(afterStatus(all.get(1 + 3 * 3 + r)), afterStatus(listed.get(1 + r)));
            assertEquals(afterStatus(all.get(1 + r)), afterStatus(listed.get(1 + 3 + r)));
        }
        assertTrue(SweepAnalysis.of(list, folder.resolve(OutputFile.RUNS.fileName())).points().size() == 2);
    }

    private static Path withCommonRandomNumbers(Path file) throws java.io.IOException {
        Files.writeString(file, Files.readString(file).replace("\"replications\": 3,", "\"replications\": 3, \"commonRandomNumbers\": true,"));
        return file;
    }

    /** A row without its run, point and seed: the parameter values, outputs and status. */
    private static String afterStatus(String row) {
        String[] cells = row.split(",", 5);
        return cells[2] + "," + cells[4];
    }

    @Test
    void aListDesignRefusesAValueItsParameterCannotTakeNamingThePoint() {
        InputException e = assertThrows(InputException.class,
                () -> SweepLoader.load(smallSweep(dir, "{\"type\": \"list\", \"points\": [[6, 0.5], [4, 0.5], [6]]}")));
        String text = e.getMessage();
        assertTrue(text.contains("/design/points/1/0") && text.contains("one of [2, 6]"), text);
        assertTrue(text.contains("/design/points/2") && text.contains("one value per parameter"), text);
        assertFalse(text.contains("/design/points/0"), text);
    }

    @Test
    void aRangeOverAWholeNumberFieldTakesWholeNumbers() throws Exception {
        String baseline = TestScenarios.shippedJsonPath("baseline.json");
        Path file = TestScenarios.write(dir, "days.json", """
                {"name": "days", "scenario": "%s", "replications": 1, "set": {"/durationDays": 7},
                 "design": {"type": "latin-hypercube", "samples": 5},
                 "parameters": [{"name": "vacancy", "pointer": "/officers/vacancyDays", "min": 0, "max": 120}],
                 "outputs": ["kg_seized"]}
                """.formatted(baseline));
        Sweep sweep = load(file);
        for (int p = 0; p < 5; p++) {
            assertTrue(sweep.values(p)[0].isIntegralNumber(), sweep.values(p)[0].toString());
            sweep.prepare(p);
        }
    }

    @Test
    void mainEffectsGiveWholeNumbersTheirOwnLevelsAndLabelBinsWithoutNoise() throws Exception {
        String baseline = TestScenarios.shippedJsonPath("baseline.json");
        Path file = TestScenarios.write(dir, "bins.json", """
                {"name": "bins", "scenario": "%s", "replications": 1, "set": {"/durationDays": 7},
                 "design": {"type": "latin-hypercube", "samples": 20},
                 "parameters": [{"name": "staffing", "pointer": "/blos/*/staffing", "min": 2, "max": 6},
                                {"name": "turnover", "pointer": "/officers/turnoverPerYear", "min": 0.05, "max": 0.9}],
                 "outputs": ["kg_seized"]}
                """.formatted(baseline));
        Sweep sweep = load(file);
        Path folder = runSweep(sweep, Shard.WHOLE, "bins", 2, SweepRunner.MODEL);
        SweepAnalysis a = SweepAnalysis.of(sweep, folder.resolve(OutputFile.RUNS.fileName()));
        assertEquals(List.of("2", "3", "4", "5", "6"), a.mainEffects().get(0).labels(), "one level per whole number, none at 2.5");
        List<String> bins = a.mainEffects().get(1).labels();
        assertEquals(SweepAnalysis.BINS, bins.size());
        assertEquals("0.05-0.135", bins.get(0), "no floating-point noise in a bin's label");
        for (String label : bins) assertTrue(label.length() <= 11, label);
    }

    @Test
    void sensitivityDesignsCarryAnInertInputThatShowsTheNoiseFloor() throws Exception {
        String baseline = TestScenarios.shippedJsonPath("baseline.json");
        String sweepJson = """
                {"name": "floor%s", "scenario": "%s", "replications": 1, "commonRandomNumbers": %s, "set": {"/durationDays": 28},
                 "design": {"type": "morris", "trajectories": 4},
                 "parameters": [{"name": "staffing", "pointer": "/blos/*/staffing", "min": 2, "max": 12}],
                 "outputs": ["kg_seized"]}
                """;
        for (boolean crn : new boolean[] {true, false}) {
            Sweep sweep = load(TestScenarios.write(dir, "floor" + crn + ".json", sweepJson.formatted(crn, baseline, crn)));
            assertEquals(List.of("staffing", SweepParameter.NOISE_FLOOR), sweep.parameters().stream().map(SweepParameter::name).toList());
            Path folder = runSweep(sweep, Shard.WHOLE, "floor" + crn, 2, SweepRunner.MODEL);
            var morris = SweepAnalysis.of(sweep, folder.resolve(OutputFile.RUNS.fileName())).morris()[0];
            if (crn) {
                assertEquals(0.0, morris[1].muStar(), 0.0, "with common random numbers an inert input has no effect at all");
                assertTrue(org.bordersim.report.SweepReport.warnings(sweep).isEmpty());
            } else {
                assertTrue(morris[1].muStar() > 0, "without them, noise alone gives the inert input an effect");
                assertEquals(1, org.bordersim.report.SweepReport.warnings(sweep).size(), "and the sweep warns");
            }
        }
    }

    @Test
    void everyRunHasItsOwnSeedUnlessCommonRandomNumbersAreAsked() {
        Sweep sweep = load(smallSweep(dir, "{\"type\": \"factorial\"}"));
        java.util.Set<Long> seeds = new java.util.HashSet<>();
        for (int run = 0; run < sweep.runs(); run++) seeds.add(sweep.seedOf(run));
        assertEquals(sweep.runs(), seeds.size());
        assertEquals(Seeds.sweepRun(5, 2, 1, false), sweep.seedOf(2 * 3 + 1));
        assertEquals(Seeds.replication(5, 1), Seeds.sweepRun(5, 2, 1, true), "CRN: the seed 'run' would use");
    }

    @Test
    void shardsMergeIntoExactlyTheUnshardedRuns() throws Exception {
        Sweep sweep = load(smallSweep(dir, "{\"type\": \"factorial\"}"));
        Path whole = runSweep(sweep, Shard.WHOLE, "whole", 2, SweepRunner.MODEL);
        List<Path> shards = new ArrayList<>();
        for (int i = 1; i <= 5; i++) shards.add(runSweep(sweep, new Shard(i, 5), "shards", 1, SweepRunner.MODEL));
        assertEquals(3, Files.readAllLines(shards.get(0).resolve(OutputFile.RUNS.fileName())).size() - 1, "runs 0, 5, 10");
        Sweep fromCopy = SweepMerge.check(List.of(shards.get(3), shards.get(0), shards.get(4), shards.get(2), shards.get(1)));
        assertEquals(sweep.hash(), fromCopy.hash(), "the folder's own sweep.json + scenario.json are the same sweep");
        Path merged = Files.createDirectory(dir.resolve("merged"));
        SweepMerge.write(shards, fromCopy, merged);
        assertEquals(Files.readString(whole.resolve(OutputFile.RUNS.fileName())), Files.readString(merged.resolve(OutputFile.RUNS.fileName())));
    }

    @Test
    void mergeRefusesMissingDoubledOrForeignShards() throws Exception {
        Sweep sweep = load(smallSweep(dir, "{\"type\": \"factorial\"}"));
        Path s1 = runSweep(sweep, new Shard(1, 2), "a", 1, SweepRunner.MODEL);
        Path s2 = SweepFolder.create(dir.resolve("b"), sweep, new Shard(2, 2), WHO);
        InputException missing = assertThrows(InputException.class, () -> SweepMerge.check(List.of(s1)));
        assertTrue(missing.getMessage().contains("shard 2/2 is missing"), missing.getMessage());
        InputException doubled = assertThrows(InputException.class, () -> SweepMerge.check(List.of(s1, s1)));
        assertTrue(doubled.getMessage().contains("given twice"), doubled.getMessage());
        InputException incomplete = assertThrows(InputException.class, () -> SweepMerge.check(List.of(s1, s2)));
        assertTrue(incomplete.getMessage().contains("has not run"), incomplete.getMessage());
        Sweep other = load(smallSweep(Files.createDirectory(dir.resolve("other")), "{\"type\": \"latin-hypercube\", \"samples\": 4}"));
        Path foreign = runSweep(other, new Shard(2, 2), "c", 1, SweepRunner.MODEL);
        InputException mixed = assertThrows(InputException.class, () -> SweepMerge.check(List.of(s1, foreign)));
        assertTrue(mixed.getMessage().contains("belongs to another sweep"), mixed.getMessage());
    }

    @Test
    void aRunThatThrowsIsRecordedAsFailedAndTheSweepCarriesOn() throws Exception {
        Sweep sweep = load(smallSweep(dir, "{\"type\": \"factorial\"}"));
        SweepRunner.RunFunction flaky = (p, rep, seed) -> {
            if (seed == sweep.seedOf(7)) throw new IllegalStateException("boom at run 7");
            return SweepRunner.MODEL.run(p, rep, seed);
        };
        Path folder = runSweep(sweep, Shard.WHOLE, "f", 2, flaky);
        List<String> lines = Files.readAllLines(folder.resolve(OutputFile.RUNS.fileName()));
        assertEquals(13, lines.size());
        assertTrue(lines.get(8).startsWith("7,2,1," + sweep.seedOf(7) + ",failed,"), lines.get(8));
        assertTrue(lines.get(8).endsWith("java.lang.IllegalStateException: boom at run 7"), lines.get(8));
        assertEquals(11, lines.stream().filter(l -> l.contains(",ok,")).count());
        String log = Files.readString(folder.resolve(OutputFile.FAILURES.fileName()));
        assertTrue(log.contains("run 7 (point 2, replication 1, seed " + sweep.seedOf(7) + ")"), log);
        SweepAnalysis a = SweepAnalysis.of(sweep, folder.resolve(OutputFile.RUNS.fileName()));
        assertEquals(11, a.runsOk());
        assertEquals(1, a.runsFailed());
        assertEquals(2, a.points().get(2).ok());
    }

    @Test
    void resumeCutsAPartlyWrittenRowAndEndsWithTheSameFile() throws Exception {
        Sweep sweep = load(smallSweep(dir, "{\"type\": \"factorial\"}"));
        Path full = runSweep(sweep, Shard.WHOLE, "full", 1, SweepRunner.MODEL);
        String expected = Files.readString(full.resolve(OutputFile.RUNS.fileName()));
        Path cut = runSweep(sweep, Shard.WHOLE, "cut", 1, SweepRunner.MODEL);
        Path journal = cut.resolve(OutputFile.RUNS.fileName());
        // As if killed while writing run 6: rows 0..5 intact, half of row 6.
        List<String> lines = Files.readAllLines(journal);
        String partial = String.join("\n", lines.subList(0, 7)) + "\n" + lines.get(7).substring(0, lines.get(7).length() / 2);
        Files.writeString(journal, partial);
        boolean[] repaired = new boolean[1];
        int[] already = new int[1];
        SweepRunner.Outcome o = SweepRunner.run(sweep, Shard.WHOLE, cut, 2, SweepRunner.MODEL, new SweepRunner.Listener() {
            @Override
            public void started(int runsInShard, int alreadyRecorded, boolean repairedLastRow) {
                repaired[0] = repairedLastRow;
                already[0] = alreadyRecorded;
            }

            @Override
            public void recorded(int run, String error) {
            }
        });
        assertTrue(repaired[0]);
        assertEquals(6, already[0]);
        assertEquals(6, o.ran());
        assertEquals(expected, Files.readString(journal));
        // Resuming a complete sweep runs nothing and changes nothing.
        assertEquals(0, SweepRunner.run(sweep, Shard.WHOLE, cut, 2, SweepRunner.MODEL, SILENT).ran());
        assertEquals(expected, Files.readString(journal));
    }

    @Test
    void aJournalFromAnotherShardIsRefusedNotExtended() throws Exception {
        Sweep sweep = load(smallSweep(dir, "{\"type\": \"factorial\"}"));
        Path folder = runSweep(sweep, new Shard(1, 2), "s", 1, SweepRunner.MODEL);
        InputException e = assertThrows(InputException.class,
                () -> SweepRunner.run(sweep, new Shard(2, 2), folder, 1, SweepRunner.MODEL, SILENT));
        assertTrue(e.getMessage().contains("line 2: expected run 1 of shard 2/2, found '0'"), e.getMessage());
    }

    @Test
    void theSummaryPerPointAgreesWithTheRowsAndTheParquetExportHasEveryRun() throws Exception {
        Sweep sweep = load(smallSweep(dir, "{\"type\": \"factorial\"}"));
        Path folder = runSweep(sweep, Shard.WHOLE, "p", 2, SweepRunner.MODEL);
        SweepAnalysis a = SweepAnalysis.of(sweep, folder.resolve(OutputFile.RUNS.fileName()));
        double sum = 0;
        for (String line : Files.readAllLines(folder.resolve(OutputFile.RUNS.fileName())).subList(1, 4)) {
            sum += Double.parseDouble(line.split(",")[5 + 2 + org.bordersim.metrics.Metric.KG_SEIZED.ordinal()]);
        }
        assertEquals(sum / 3, a.points().get(0).outputs()[0].mean(), 1e-9);
        assertEquals(3, a.points().get(0).outputs()[0].n());
        // Main effect of staffing at 2: the mean over points 0 and 1 (staffing 2 with both turnovers).
        assertEquals(6, a.mainEffects().get(0).byOutput()[0][0].n());
        org.bordersim.report.SweepReport.write(folder, a, "test");
        try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:");
             var rs = c.createStatement().executeQuery("SELECT count(*), sum(staffing), min(status) FROM '"
                     + folder.resolve("runs.parquet").toAbsolutePath() + "'")) {
            assertTrue(rs.next());
            assertEquals(12, rs.getInt(1));
            assertEquals(6 * (2 + 6), rs.getDouble(2), 1e-9);
            assertEquals("ok", rs.getString(3));
        }
        assertFalse(Files.exists(folder.resolve(OutputFile.FAILURES.fileName())));
    }
}
