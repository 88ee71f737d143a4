package org.bordersim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.bordersim.TestScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sweep and merge through the real command line, including a sweep killed with SIGKILL. */
class SweepCommandTest {
    @TempDir
    Path dir;

    private Path sweepFile(String name, String design, int reps, int days) {
        String baseline = TestScenarios.shippedJsonPath("baseline.json");
        return TestScenarios.write(dir, name + ".json", """
                {"name": "%s", "scenario": "%s", "seed": 11, "replications": %d,
                 "set": {"/durationDays": %d},
                 "design": %s,
                 "parameters": [
                   {"name": "staffing", "pointer": "/blos/*/staffing", "min": 2, "max": 10, "integer": true},
                   {"name": "turnover", "pointer": "/officers/turnoverPerYear", "min": 0.1, "max": 1.0}
                 ],
                 "outputs": ["kg_seized", "interdiction_rate"]}
                """.formatted(name, baseline, reps, days, design));
    }


    /**
     * Kill-and-resume cycles: a sweep in a child JVM is killed with SIGKILL, resumed in a new child,
     * killed again, and so on; a last resume finishes it. Its runs.csv must then equal an
     * uninterrupted sweep's, row for row and in order. Three cycles in the build; set
     * -Dbordersim.killCycles=N for more (docs/RELIABILITY.md).
     */
    @Test
    void aSweepKilledWithSigkillAgainAndAgainAndResumedEndsWithTheRowsOfAnUninterruptedOne() throws Exception {
        int cycles = Integer.getInteger("bordersim.killCycles", 3);
        int samples = Math.max(60, 12 * cycles);
        int total = 4 * samples;
        Path sweep = sweepFile("killed", "{\"type\": \"latin-hypercube\", \"samples\": " + samples + "}", 4, 120);
        Path killedRoot = dir.resolve("killed-out");
        int repaired = 0;
        int rows = 0;
        for (int cycle = 0; cycle < cycles; cycle++) {
            List<String> args = new ArrayList<>(List.of("sweep", sweep.toString(), "--threads", "2", "--quiet",
                    "--out", killedRoot.toString()));
            if (cycle > 0) args.add("--resume");
            Path log = dir.resolve("child-" + cycle + ".log");
            Process child = new ProcessBuilder(OutputFaults.childJava(args.toArray(String[]::new)))
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            int target = rows + 8 + 7 * (cycle % 3);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (System.nanoTime() < deadline && child.isAlive() && rowsIn(killedRoot) < target) Thread.sleep(10);
            assertTrue(child.isAlive(), "cycle " + cycle + ": the child finished before it could be killed: " + Files.readString(log));
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            assertTrue(child.exitValue() != 0);
            if (Files.readString(log).contains("cut off a partly written last row")) repaired++;
            int after = rowsIn(killedRoot);
            assertTrue(after >= rows && after < total, "cycle " + cycle + ": killed mid-way at " + after + " of " + total + " rows");
            rows = after;
        }
        assertFalse(Files.readString(TestScenarios.onlyFolderIn(killedRoot).resolve("manifest.json")).contains("\"complete\""));

        CliRunner.Outcome again = CliRunner.run("sweep", sweep.toString(), "--out", killedRoot.toString());
        assertEquals(2, again.exit(), "without --resume an existing sweep folder is refused: " + again.err());
        assertTrue(again.err().contains("--resume"), again.err());

        CliRunner.Outcome resumed = CliRunner.run("sweep", sweep.toString(), "--resume", "--quiet", "--threads", "2", "--out", killedRoot.toString());
        assertEquals(0, resumed.exit(), resumed.err());
        assertTrue(resumed.err().contains("resuming: "), resumed.err());
        if (resumed.err().contains("cut off a partly written last row")) repaired++;

        CliRunner.Outcome straight = CliRunner.run("sweep", sweep.toString(), "--quiet", "--threads", "1", "--out", dir.resolve("straight").toString());
        assertEquals(0, straight.exit(), straight.err());

        List<String> a = Files.readAllLines(TestScenarios.onlyFolderIn(killedRoot).resolve("runs.csv"));
        List<String> b = Files.readAllLines(TestScenarios.onlyFolderIn(dir.resolve("straight")).resolve("runs.csv"));
        assertEquals(total + 1, b.size());
        Set<String> rowsA = new HashSet<>(a);
        assertEquals(a.size(), rowsA.size(), "no row doubled");
        assertEquals(new HashSet<>(b), rowsA, "no row lost or changed");
        assertEquals(b, a, "and in the same order");
        assertTrue(Files.readString(TestScenarios.onlyFolderIn(killedRoot).resolve("manifest.json")).contains("\"status\" : \"complete\""));
        assertTrue(Files.exists(TestScenarios.onlyFolderIn(killedRoot).resolve("report.html")));
        System.out.printf("kill-and-resume: %d SIGKILL cycles survived, %d half-written rows repaired, %d runs identical%n",
                cycles, repaired, total);
    }

    private static int rowsIn(Path root) throws Exception {
        if (!Files.isDirectory(root)) return 0;
        try (Stream<Path> s = Files.list(root)) {
            Path journal = s.map(p -> p.resolve("runs.csv")).filter(Files::exists).findFirst().orElse(null);
            if (journal == null) return 0;
            try (Stream<String> lines = Files.lines(journal)) {
                return (int) lines.count() - 1;
            }
        }
    }

    @Test
    void shardedSweepsMergeThroughTheCommandLine() throws Exception {
        Path sweep = sweepFile("sharded", "{\"type\": \"morris\", \"trajectories\": 3}", 2, 28);
        for (int i = 1; i <= 3; i++) {
            CliRunner.Outcome o = CliRunner.run("sweep", sweep.toString(), "--shard", i + "/3", "--quiet", "--out", dir.resolve("shards").toString());
            assertEquals(0, o.exit(), o.err());
            assertTrue(o.out().contains("bordersim merge"), o.out());
        }
        Path[] shards;
        try (Stream<Path> s = Files.list(dir.resolve("shards"))) {
            shards = s.sorted().toArray(Path[]::new);
        }
        assertEquals(3, shards.length);
        CliRunner.Outcome whole = CliRunner.run("sweep", sweep.toString(), "--quiet", "--out", dir.resolve("whole").toString());
        assertEquals(0, whole.exit(), whole.err());
        CliRunner.Outcome incomplete = CliRunner.run("merge", shards[0].toString(), shards[1].toString(), "--out", dir.resolve("m").toString());
        assertEquals(2, incomplete.exit());
        assertTrue(incomplete.err().contains("shard 3/3 is missing"), incomplete.err());
        assertFalse(Files.exists(dir.resolve("m")) && Files.list(dir.resolve("m")).findAny().isPresent(), "nothing written");
        CliRunner.Outcome merged = CliRunner.run("merge", shards[2].toString(), shards[0].toString(), shards[1].toString(),
                "--out", dir.resolve("merged").toString());
        assertEquals(0, merged.exit(), merged.err());
        Path m = TestScenarios.onlyFolderIn(dir.resolve("merged"));
        assertEquals(Files.readString(TestScenarios.onlyFolderIn(dir.resolve("whole")).resolve("runs.csv")), Files.readString(m.resolve("runs.csv")));
        for (String f : List.of("points.csv", "sensitivity.csv", "runs.parquet", "report.html", "charts/sensitivity-kg_seized.png")) {
            assertTrue(Files.exists(m.resolve(f)), f);
        }
        assertEquals(Files.readString(TestScenarios.onlyFolderIn(dir.resolve("whole")).resolve("sensitivity.csv")), Files.readString(m.resolve("sensitivity.csv")));
    }

    @Test
    void badOptionsAndAScenarioGivenAsASweepAreUsageErrors() {
        Path good = sweepFile("good", "{\"type\": \"factorial\"}", 1, 7);
        CliRunner.Outcome shard = CliRunner.run("sweep", good.toString(), "--shard", "4/3", "--out", dir.resolve("x").toString());
        assertEquals(2, shard.exit());
        assertTrue(shard.err().contains("--shard must be i/N"), shard.err());
        CliRunner.Outcome emptyOut = CliRunner.run("sweep", good.toString(), "--out=");
        assertEquals(2, emptyOut.exit());
        assertTrue(emptyOut.err().contains("--out must name a folder"), emptyOut.err());
        String scenario = TestScenarios.shipped("baseline.json").toString();
        CliRunner.Outcome misplaced = CliRunner.run("sweep", scenario, "--out", dir.resolve("x").toString());
        assertEquals(2, misplaced.exit());
        assertTrue(misplaced.err().startsWith(scenario + ": (whole file): this is a scenario, not a sweep file"), misplaced.err());
        assertFalse(Files.exists(dir.resolve("x")), "nothing created");
    }

    /** A two-parameter factorial sweep answers its question first: the mean at every combination, as a shaded grid. */
    @Test
    void aTwoParameterFactorialReportShowsEveryCombination() throws Exception {
        Path sweep = sweepFile("grid", "{\"type\": \"factorial\", \"bootstrap\": 0}", 2, 7);
        CliRunner.Outcome o = CliRunner.run("sweep", sweep.toString(), "--quiet", "--out", dir.resolve("grid").toString());
        assertEquals(0, o.exit(), o.err());
        Path folder = TestScenarios.onlyFolderIn(dir.resolve("grid"));
        assertTrue(Files.size(folder.resolve("charts/interaction-kg_seized.png")) > 1000);
        assertTrue(Files.exists(folder.resolve("charts/interaction-interdiction_rate.png")));
        String html = Files.readString(folder.resolve("report.html"));
        assertTrue(html.indexOf("Every combination") < html.indexOf("Main effects"), "the grid comes before the averages");
        Path lhs = sweepFile("lhs", "{\"type\": \"latin-hypercube\", \"samples\": 4}", 1, 7);
        assertEquals(0, CliRunner.run("sweep", lhs.toString(), "--quiet", "--out", dir.resolve("lhs").toString()).exit());
        assertFalse(Files.readString(TestScenarios.onlyFolderIn(dir.resolve("lhs")).resolve("report.html")).contains("Every combination"),
                "no grid without a two-parameter factorial");
    }

    @Test
    void theShippedSweepsAreValid() throws Exception {
        for (String name : List.of("staffing-turnover.json", "sensitivity.json")) {
            CliRunner.Outcome o = CliRunner.run("validate", Path.of("scenarios", "sweeps", name).toString());
            assertEquals(0, o.exit(), o.err());
            assertTrue(o.out().contains("ok: sweep"), o.out());
        }
        assertTrue(Files.readString(Path.of("scenarios/README.md")).contains("sweeps/sensitivity.json"), "documented");
    }
}
