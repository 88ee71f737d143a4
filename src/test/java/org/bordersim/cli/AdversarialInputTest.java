package org.bordersim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.bordersim.TestScenarios;
import org.bordersim.metrics.Numbers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Defects an adversarial tester found (hardening, round two); each test failed on the code before its fix. */
class AdversarialInputTest {
    @TempDir
    Path tmp;

    @Test
    void aDeviceOrAPipeIsNotReadAsAScenario() throws Exception {
        Path device = Files.createSymbolicLink(tmp.resolve("zero.json"), Path.of("/dev/zero"));
        Path fifo = tmp.resolve("fifo.json");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo");
        for (Path p : List.of(device, fifo)) {
            // In a child JVM, so that a hang fails the test instead of the build.
            Process run = new ProcessBuilder(OutputFaults.childJava("run", p.toString(), "--out", tmp.resolve("out").toString()))
                    .redirectErrorStream(true).start();
            boolean finished = run.waitFor(60, TimeUnit.SECONDS);
            if (!finished) run.destroyForcibly();
            String out = new String(run.getInputStream().readAllBytes());
            assertTrue(finished, p + " made BorderSim hang");
            assertEquals(2, run.exitValue(), out);
            assertTrue(out.contains("not a regular file") && !out.contains("Exception"), out);
        }
    }

    @Test
    void controlCharactersInAFileNeverReachTheTerminalRaw() {
        Path forged = TestScenarios.write(tmp, "forged.json", "{\"extends\": \"" + TestScenarios.shipped("baseline.json").toAbsolutePath()
                + "\", \"\\r\\u001b[2Kok: n69.json (60 x 40 map)\\u001b[8m\": 1}");
        CliRunner.Outcome o = CliRunner.run("validate", forged.toString());
        assertEquals(2, o.exit());
        assertFalse(o.err().contains("\u001b") || o.err().contains("\r"), "raw control characters: " + o.err());
        assertTrue(o.err().contains("\\u001b[2Kok: n69.json"), "shown escaped: " + o.err());
    }

    @Test
    void anExtendsChainOfTheDocumentedDepthIsAcceptedAndADeeperOneIsReportedWhereItWasGiven() throws IOException {
        Path base = Files.copy(TestScenarios.shipped("baseline.json"), tmp.resolve("level0.json"));
        for (int i = 1; i <= 17; i++) {
            TestScenarios.write(tmp, "level" + i + ".json", "{\"extends\": \"level" + (i - 1) + ".json\", \"name\": \"level" + i + "\"}");
        }
        assertTrue(Files.exists(base));
        CliRunner.Outcome ok = CliRunner.run("validate", tmp.resolve("level16.json").toString());
        assertEquals(0, ok.exit(), "16 levels of extends are allowed: " + ok.err());
        CliRunner.Outcome deep = CliRunner.run("validate", tmp.resolve("level17.json").toString());
        assertEquals(2, deep.exit());
        assertTrue(deep.err().startsWith(tmp.resolve("level17.json") + ": /extends: more than 16 levels"), deep.err());
    }

    @Test
    void anUndefinedRatioIsAnEmptyCellNeverInfinity() {
        assertEquals("", Numbers.exact(Double.POSITIVE_INFINITY));
        assertEquals("", Numbers.exact(Double.NEGATIVE_INFINITY));
        assertEquals("", Numbers.exact(Double.NaN));
        assertEquals("2.5", Numbers.exact(2.5));
    }

    @Test
    void runsParquetHoldsOnlyItsOwnRowsWhateverGlobCharactersTheFolderHas() throws Exception {
        Path sweep = TestScenarios.write(tmp, "g.json", """
                {"name": "g", "scenario": "%s", "replications": 2, "set": {"/durationDays": 7}, "design": {"type": "factorial"},
                 "parameters": [{"name": "staffing", "pointer": "/blos/*/staffing", "values": [2]}], "outputs": ["kg_seized"]}
                """.formatted(TestScenarios.shippedJsonPath("baseline.json")));
        for (String neighbour : List.of("starX", "starY", "stXr", "sta")) {
            assertEquals(0, CliRunner.run("sweep", sweep.toString(), "--quiet", "--out", tmp.resolve(neighbour).toString()).exit());
        }
        for (String globby : List.of("star*", "st?r", "st[a]r")) {
            CliRunner.Outcome o = CliRunner.run("sweep", sweep.toString(), "--quiet", "--out", tmp.resolve(globby).toString());
            assertEquals(0, o.exit(), o.err());
            Path folder;
            try (Stream<Path> s = Files.list(tmp.resolve(globby))) {
                folder = s.filter(Files::isDirectory).findFirst().orElseThrow();
            }
            Path copy = Files.copy(folder.resolve("runs.parquet"), tmp.resolve("plain-" + globby.hashCode() + ".parquet"));
            try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement();
                 ResultSet r = st.executeQuery("SELECT count(*) FROM read_parquet('" + copy + "')")) {
                r.next();
                assertEquals(2, r.getLong(1), "runs.parquet under '" + globby + "' holds only its own 2 runs");
            }
        }
    }

    @Test
    void aFolderLeftAsideByAnInterruptedForceIsRemovedWhenTheSweepCompletes() throws IOException {
        Path sweep = TestScenarios.write(tmp, "f.json", """
                {"name": "f", "scenario": "%s", "replications": 2, "set": {"/durationDays": 7}, "design": {"type": "factorial"},
                 "parameters": [{"name": "staffing", "pointer": "/blos/*/staffing", "values": [2, 4]}], "outputs": ["kg_seized"]}
                """.formatted(TestScenarios.shippedJsonPath("baseline.json")));
        Path out = tmp.resolve("out");
        assertEquals(0, CliRunner.run("sweep", sweep.toString(), "--quiet", "--out", out.toString()).exit());
        Path folder;
        try (Stream<Path> s = Files.list(out)) {
            folder = s.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        // As a kill -9 during 'sweep --force' leaves it: the old folder moved aside, the new one unfinished.
        Path aside = Files.createDirectory(out.resolve("." + folder.getFileName() + "-replaced-1700000000000"));
        Files.writeString(aside.resolve("runs.csv"), "old rows");
        List<String> rows = Files.readAllLines(folder.resolve("runs.csv"));
        Files.writeString(folder.resolve("runs.csv"), rows.get(0) + "\n" + rows.get(1) + "\n");
        Path manifest = folder.resolve("manifest.json");
        Files.writeString(manifest, Files.readString(manifest).replace("\"complete\"", "\"running\""));
        CliRunner.Outcome o = CliRunner.run("sweep", sweep.toString(), "--quiet", "--resume", "--out", out.toString());
        assertEquals(0, o.exit(), o.err());
        assertFalse(Files.exists(aside), "the folder kept aside is gone once the sweep is complete");
        assertTrue(o.err().contains("removed " + aside), o.err());
    }

    @Test
    void aTextOverTheParsersLimitIsNamedInPlainWordsWithItsPlace() throws IOException {
        Path big = tmp.resolve("big.json");
        Files.writeString(big, "{\"name\": \"big\",\n \"description\": \"" + "a".repeat(20_000_001) + "\"}");
        CliRunner.Outcome o = CliRunner.run("validate", big.toString());
        assertEquals(2, o.exit());
        assertTrue(o.err().contains("line 2, column 17: invalid JSON: a text longer than 20,000,000 characters"), o.err());
        assertFalse(o.err().contains("StreamReadConstraints"), o.err());
    }

    /** A child JVM with a small heap: what would not fit is refused before it runs, with what it needs. */
    private static String[] smallHeap(String... args) {
        String[] child = OutputFaults.childJava(args);
        String[] out = new String[child.length + 1];
        out[0] = child[0];
        out[1] = "-Xmx96m";
        System.arraycopy(child, 1, out, 2, child.length - 1);
        return out;
    }

    @Test
    void resultsThatWouldNotFitInMemoryAreRefusedUpFront() throws Exception {
        Path century = TestScenarios.extending(tmp, "century.json", TestScenarios.shipped("baseline.json").toAbsolutePath(),
                "\"name\": \"century\", \"durationDays\": 36500");
        Path sweep = TestScenarios.write(tmp, "huge.json", """
                {"name": "huge", "scenario": "%s", "replications": 1, "set": {"/durationDays": 7},
                 "design": {"type": "latin-hypercube", "samples": 400000},
                 "parameters": [{"name": "turnover", "pointer": "/officers/turnoverPerYear", "min": 0.1, "max": 1}],
                 "outputs": ["kg_seized", "value_seized", "interdiction_rate", "total_cost"]}
                """.formatted(TestScenarios.shippedJsonPath("baseline.json")));
        for (String[] args : List.of(smallHeap("run", century.toString(), "--reps", "3000", "--out", tmp.resolve("o").toString()),
                smallHeap("compare", century.toString(), century.toString(), "--reps", "1000", "--out", tmp.resolve("o").toString()),
                smallHeap("sweep", sweep.toString(), "--out", tmp.resolve("o").toString()))) {
            Process p = new ProcessBuilder(args).redirectErrorStream(true).start();
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "refused quickly: " + String.join(" ", args));
            String out = new String(p.getInputStream().readAllBytes());
            assertEquals(2, p.exitValue(), out);
            assertTrue(out.contains("MB of results in memory") && out.contains("-Xmx") && !out.contains("OutOfMemoryError"), out);
        }
        assertFalse(Files.exists(tmp.resolve("o")), "nothing written");
    }

    /** A sweep of 2 points x 2 replications = 4 runs, as 2 shards; returns the two shard folders. */
    private List<Path> twoShards(Path sweep, Path out) throws IOException {
        for (String shard : List.of("1/2", "2/2")) {
            CliRunner.Outcome o = CliRunner.run("sweep", sweep.toString(), "--quiet", "--shard", shard, "--out", out.toString());
            assertEquals(0, o.exit(), o.err());
        }
        try (Stream<Path> s = Files.list(out)) {
            return s.filter(p -> p.getFileName().toString().contains("-shard-")).sorted().toList();
        }
    }

    private Path smallSweep() {
        return TestScenarios.write(tmp, "m.json", """
                {"name": "m", "scenario": "%s", "replications": 2, "set": {"/durationDays": 7}, "design": {"type": "factorial"},
                 "parameters": [{"name": "staffing", "pointer": "/blos/*/staffing", "values": [2, 4]}], "outputs": ["kg_seized"]}
                """.formatted(TestScenarios.shippedJsonPath("baseline.json")));
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), from + " in " + file);
        Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
    }

    @Test
    void damagedShardManifestsAreRefusedByName() throws IOException {
        Path sweep = smallSweep();
        String[][] damage = {{"\"index\" : 2", "\"index\" : 5"}, {"\"count\" : 2", "\"count\" : 0"},
            {"\"count\" : 2", "\"counted\" : 2"}, {"\"count\" : 2", "\"count\" : 2000000000"},
            {"\"sweepSha256\" : \"", "\"sweepSha256\" : \"ab\", \"was\" : \""}};
        for (int d = 0; d < damage.length; d++) {
            List<Path> shards = twoShards(sweep, tmp.resolve("d" + d));
            edit(shards.get(1).resolve("manifest.json"), damage[d][0], damage[d][1]);
            CliRunner.Outcome o = CliRunner.run("merge", shards.get(0).toString(), shards.get(1).toString(), "--out", tmp.resolve("merged" + d).toString());
            assertEquals(2, o.exit(), damage[d][1] + ": " + o.err());
            assertTrue(o.err().contains("manifest.json") && !o.err().contains("Exception"), o.err());
        }
    }

    @Test
    void editedOrDamagedRowsAreFoundByMergeAndResume() throws IOException {
        Path sweep = smallSweep();
        // A changed outcome in a finished shard: its checksum no longer matches.
        List<Path> shards = twoShards(sweep, tmp.resolve("a"));
        Path runs = shards.get(0).resolve("runs.csv");
        List<String> rows = Files.readAllLines(runs);
        String[] f = rows.get(1).split(",", -1);
        int kg = List.of(rows.get(0).split(",")).indexOf("kg_seized");
        f[kg] = f[kg].isEmpty() || f[kg].equals("0") ? "1" : "0";
        rows.set(1, String.join(",", f));
        Files.write(runs, rows);
        CliRunner.Outcome merged = CliRunner.run("merge", shards.get(0).toString(), shards.get(1).toString(), "--out", tmp.resolve("ma").toString());
        assertEquals(2, merged.exit());
        assertTrue(merged.err().contains("does not match the checksum"), merged.err());

        // A changed seed and point: the run number says otherwise.
        shards = twoShards(sweep, tmp.resolve("b"));
        runs = shards.get(1).resolve("runs.csv");
        rows = Files.readAllLines(runs);
        f = rows.get(1).split(",", -1);
        f[1] = "0";
        f[3] = "12345";
        rows.set(1, String.join(",", f));
        Files.write(runs, rows);
        merged = CliRunner.run("merge", shards.get(0).toString(), shards.get(1).toString(), "--out", tmp.resolve("mb").toString());
        assertEquals(2, merged.exit());
        assertTrue(merged.err().contains("line 2") && merged.err().contains("its run number gives"), merged.err());
        CliRunner.Outcome resumed = CliRunner.run("sweep", sweep.toString(), "--quiet", "--shard", "2/2", "--resume", "--out", tmp.resolve("b").toString());
        assertEquals(2, resumed.exit());
        assertTrue(resumed.err().contains("its run number gives"), resumed.err());

        // A middle row cut short.
        rows.set(1, "1,x");
        Files.write(runs, rows);
        resumed = CliRunner.run("sweep", sweep.toString(), "--quiet", "--shard", "2/2", "--resume", "--out", tmp.resolve("b").toString());
        assertEquals(2, resumed.exit(), resumed.err());
        assertFalse(resumed.err().contains("already recorded") || resumed.err().contains("Exception"), resumed.err());
    }
}
