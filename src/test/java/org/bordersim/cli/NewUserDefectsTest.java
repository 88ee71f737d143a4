package org.bordersim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.bordersim.TestScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a new user ran into on the command line (each failed before its fix). */
class NewUserDefectsTest {
    @TempDir
    Path tmp;

    private Path shortBaseline() {
        return TestScenarios.extending(tmp, "short.json", TestScenarios.shipped("baseline.json").toAbsolutePath(),
                "\"name\": \"short\", \"durationDays\": 14");
    }

    @Test
    void aSweepGivenToRunGetsOneLineOfAdvice() {
        CliRunner.Outcome o = CliRunner.run("run", "scenarios/sweeps/staffing-turnover.json", "--out", tmp.toString());
        assertEquals(2, o.exit());
        List<String> lines = o.err().strip().lines().toList();
        assertEquals(1, lines.size(), o.err());
        assertTrue(lines.get(0).contains("this is a sweep file") && lines.get(0).contains("bordersim sweep"), o.err());
    }

    @Test
    void repsAboveTheDocumentedLimitAreRefused() {
        CliRunner.Outcome o = CliRunner.run("run", shortBaseline().toString(), "--reps", "100001", "--out", tmp.toString());
        assertEquals(2, o.exit());
        assertTrue(o.err().contains("--reps must be at most 100000"), o.err());
    }

    @Test
    void anOutThatIsAFileIsSaidPlainly() throws IOException {
        Path file = Files.writeString(tmp.resolve("README.md"), "notes");
        Path sweep = TestScenarios.write(tmp, "s.json", """
                {"name": "s", "scenario": "%s", "replications": 1, "set": {"/durationDays": 7}, "design": {"type": "factorial"},
                 "parameters": [{"name": "staffing", "pointer": "/blos/*/staffing", "values": [2]}], "outputs": ["kg_seized"]}
                """.formatted(TestScenarios.shippedJsonPath("baseline.json")));
        for (List<String> args : List.of(List.of("run", shortBaseline().toString()),
                List.of("compare", shortBaseline().toString(), shortBaseline().toString()),
                List.of("sweep", sweep.toString()), List.of("sweep", sweep.toString(), "--force"),
                List.of("merge", tmp.toString()))) {
            CliRunner.Outcome o = CliRunner.run(Stream.concat(args.stream(), Stream.of("--out", file.toString())).toArray(String[]::new));
            assertEquals(3, o.exit(), args + ": " + o.err());
            assertTrue(o.err().contains(file + " is a file, not a folder") && !o.err().contains("free space")
                    && !o.err().contains("--resume"), args + ": " + o.err());
        }
        assertEquals("notes", Files.readString(file));
    }

    @Test
    void absurdThreadCountsAreRefusedWithTheLimit() {
        CliRunner.Outcome o = CliRunner.run("run", shortBaseline().toString(), "--threads", "2000000000", "--out", tmp.toString());
        assertEquals(2, o.exit());
        assertTrue(o.err().contains("--threads must be from 1 to 1024"), o.err());
    }

    @Test
    void oneReplicationCanBeRunAgainAlone() throws IOException {
        Path scenario = shortBaseline();
        assertEquals(0, CliRunner.run("run", scenario.toString(), "--reps", "3", "--quiet", "--out", tmp.resolve("all").toString()).exit());
        CliRunner.Outcome o = CliRunner.run("run", scenario.toString(), "--reps", "3", "--replication", "2", "--out", tmp.resolve("one").toString());
        assertEquals(0, o.exit(), o.err());
        List<String> all = Files.readAllLines(onlyFolder(tmp.resolve("all")).resolve("runs.csv"));
        List<String> one = Files.readAllLines(onlyFolder(tmp.resolve("one")).resolve("runs.csv"));
        assertEquals(2, one.size());
        assertEquals(all.get(3), one.get(1), "replication 2 alone is row 2 of the full run");
        assertEquals(2, CliRunner.run("run", scenario.toString(), "--reps", "3", "--replication", "3", "--out", tmp.toString()).exit());
    }

    @Test
    void progressToAFileIsPlainLinesNotCarriageReturnFrames() throws Exception {
        Path log = tmp.resolve("stderr.log");
        Process p = new ProcessBuilder(OutputFaults.childJava("run", shortBaseline().toString(), "--reps", "4", "--threads", "1",
                "--out", tmp.resolve("out").toString())).redirectError(log.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0, Files.readString(log));
        String err = Files.readString(log);
        assertFalse(err.contains("\r"), "no carriage-return frames in a log: " + err);
        assertTrue(err.contains("replications") && err.contains("4/4"), "one plain line at the end: " + err);
        assertTrue(err.lines().count() <= 3, err);
    }

    @Test
    void aKilledSweepSaysHowManyRunsItRecordedAndThatNothingRunsIt() throws IOException {
        Path sweep = TestScenarios.write(tmp, "s.json", """
                {"name": "s", "scenario": "%s", "replications": 2, "set": {"/durationDays": 7},
                 "design": {"type": "factorial"},
                 "parameters": [{"name": "staffing", "pointer": "/blos/*/staffing", "values": [2, 4, 6]}],
                 "outputs": ["kg_seized"]}
                """.formatted(TestScenarios.shippedJsonPath("baseline.json")));
        assertEquals(0, CliRunner.run("sweep", sweep.toString(), "--quiet", "--out", tmp.resolve("out").toString()).exit());
        Path folder = onlyFolder(tmp.resolve("out"));
        // As a kill -9 leaves it: the manifest still says running, 2 of 6 rows and half a row written.
        List<String> rows = Files.readAllLines(folder.resolve("runs.csv"));
        Files.writeString(folder.resolve("runs.csv"), rows.get(0) + "\n" + rows.get(1) + "\n" + rows.get(2) + "\n" + rows.get(3).substring(0, 5));
        Path manifest = folder.resolve("manifest.json");
        Files.writeString(manifest, Files.readString(manifest).replace("\"complete\"", "\"running\""));
        CliRunner.Outcome o = CliRunner.run("sweep", sweep.toString(), "--quiet", "--out", tmp.resolve("out").toString());
        assertEquals(2, o.exit());
        assertTrue(o.err().contains("stopped before the end") && o.err().contains("2 of 6 runs recorded"), o.err());
    }

    private static Path onlyFolder(Path root) throws IOException {
        try (Stream<Path> s = Files.list(root)) {
            List<Path> dirs = s.filter(Files::isDirectory).toList();
            assertEquals(1, dirs.size(), dirs.toString());
            return dirs.get(0);
        }
    }
}
