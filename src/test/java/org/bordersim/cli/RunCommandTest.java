package org.bordersim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.bordersim.TestScenarios;
import org.bordersim.files.Json;
import org.bordersim.metrics.Numbers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bordersim run} end to end: the results folder, its files, and determinism. */
class RunCommandTest {
    @TempDir
    Path tmp;

    private Path runInto(Path out, String... extra) throws IOException {
        Files.createDirectories(out);
        String[] args = Stream.concat(Stream.of("run", TestScenarios.shipped("baseline.json").toString(),
                "--out", out.toString(), "--quiet"), Stream.of(extra)).toArray(String[]::new);
        CliRunner.Outcome o = CliRunner.run(args);
        assertEquals(0, o.exit(), o.err());
        try (Stream<Path> dirs = Files.list(out)) {
            List<Path> folders = dirs.toList();
            assertEquals(1, folders.size(), "exactly one results folder: " + folders);
            return folders.get(0);
        }
    }

    @Test
    void sameSeedGivesByteIdenticalResultsWithOneOrTwoThreads() throws IOException {
        Path one = runInto(tmp.resolve("t1"), "--reps", "4", "--threads", "1");
        Path two = runInto(tmp.resolve("t2"), "--reps", "4", "--threads", "2");
        for (String file : List.of("runs.csv", "series.csv", "quarters.csv", "posts.csv", "groups.csv", "blos.csv", "trust.csv", "summary.json")) {
            assertArrayEquals(Files.readAllBytes(one.resolve(file)), Files.readAllBytes(two.resolve(file)), file);
        }
        Path otherSeed = runInto(tmp.resolve("t3"), "--reps", "4", "--threads", "2", "--seed", "99");
        assertFalse(List.of(Files.readAllLines(one.resolve("runs.csv"))).equals(
                List.of(Files.readAllLines(otherSeed.resolve("runs.csv")))), "another seed gives other results");
    }

    @Test
    void writesEveryPromisedFile() throws IOException {
        Path folder = runInto(tmp.resolve("out"), "--reps", "3", "--seed", "5");
        assertTrue(folder.getFileName().toString().matches("baseline-\\d{8}-\\d{6}"), folder.toString());
        for (String f : List.of("manifest.json", "runs.csv", "series.csv", "quarters.csv", "posts.csv", "groups.csv", "blos.csv", "trust.csv", "summary.json",
                "report.html", "charts/kg-seized-per-week.png", "charts/crossings-by-location.png", "charts/crossings-by-quarter.png", "charts/map.png")) {
            assertTrue(Files.size(folder.resolve(f)) > 0, f);
        }
        List<String> runs = Files.readAllLines(folder.resolve("runs.csv"));
        assertEquals(4, runs.size(), "header + 3 replications");
        assertTrue(runs.get(0).startsWith("replication,seed,shipments_sent,"));
        assertEquals(1 + 3 * 53, Files.readAllLines(folder.resolve("series.csv")).size(), "365 days = 53 weeks (the last one short)");

        JsonNode manifest = Json.STRICT.readTree(folder.resolve("manifest.json").toFile());
        assertEquals(5, manifest.get("baseSeed").asLong());
        assertEquals(3, manifest.get("replicationSeeds").size());
        assertEquals(64, manifest.get("scenarioSha256").asText().length());
        assertEquals(3, manifest.get("effectiveScenario").get("replications").asInt());
        assertEquals("baseline", manifest.get("effectiveScenario").get("name").asText());

        String html = Files.readString(folder.resolve("report.html"));
        assertTrue(html.contains("data:image/png;base64,"), "images are embedded");
        assertFalse(html.contains("src=\"charts/"), "no external images");
    }

    /**
     * The report opens with the answer in words (the same means as summary.json), then the map and charts, and only
     * then the full table; blos.csv splits every replication's seizures among the BLOs that made them.
     */
    @Test
    void theReportOpensWithTheAnswerInWordsAndSplitsSeizuresByBlo() throws IOException {
        Path folder = runInto(tmp.resolve("words"), "--reps", "5", "--seed", "11");
        String html = Files.readString(folder.resolve("report.html"));
        JsonNode summary = Json.STRICT.readTree(folder.resolve("summary.json").toFile()).get("metrics");
        int inShort = html.indexOf("<h2>In short</h2>");
        int map = html.indexOf("alt=\"map of crossings and seizures\"");
        int table = html.indexOf("<h2>Every outcome</h2>");
        assertTrue(inShort > 0 && inShort < map && map < table, "words, then the map, then the full table");
        String words = html.substring(inShort, map);
        assertTrue(words.contains("sent about " + Numbers.readable(summary.get("shipments_sent").get("mean").asDouble())
                + " [" + Numbers.readable(summary.get("shipments_sent").get("ciLow").asDouble())), words);
        assertTrue(words.contains(Numbers.readable(summary.get("seized_opiates").get("mean").asDouble()) + " kg of opiates"), words);
        assertTrue(words.contains(" USD"), "the currency is named");
        assertTrue(html.contains("Opiates seized<br><small>seized_opiates</small>"), "readable names, with the CSV column");

        List<String> runs = Files.readAllLines(folder.resolve("runs.csv"));
        int seizedColumn = List.of(runs.get(0).split(",")).indexOf("shipments_seized");
        List<String> blos = Files.readAllLines(folder.resolve("blos.csv"));
        assertEquals("replication,blo,crossing,country,seizures,kg_seized,persons_rescued,value_seized,sightings,teams_sent", blos.get(0));
        assertEquals(1 + 5 * 4, blos.size(), "one row per replication and BLO");
        double total = 0;
        for (int rep = 0; rep < 5; rep++) {
            double byBlo = 0;
            for (String row : blos.subList(1 + 4 * rep, 1 + 4 * rep + 4)) byBlo += Double.parseDouble(row.split(",")[4]);
            double seized = Double.parseDouble(runs.get(1 + rep).split(",")[seizedColumn]);
            assertEquals(seized, byBlo, 0.0, "replication " + rep + ": the BLOs' seizures add up to the run's");
            total += seized;
        }
        assertTrue(total > 20, "enough seizures for the check to mean something: " + total);
    }

    @Test
    void scenarioTextIsEscapedInTheReport() throws IOException {
        Path evil = TestScenarios.extending(tmp, "evil.json", TestScenarios.shipped("baseline.json"),
                "\"name\": \"evil\", \"replications\": 2, \"durationDays\": 28,"
                + " \"description\": \"<script>alert('x')</script>\"");
        Files.createDirectories(tmp.resolve("o"));
        CliRunner.Outcome o = CliRunner.run("run", evil.toString(), "--out", tmp.resolve("o").toString(), "--quiet");
        assertEquals(0, o.exit(), o.err());
        try (Stream<Path> dirs = Files.list(tmp.resolve("o"))) {
            String html = Files.readString(dirs.findFirst().orElseThrow().resolve("report.html"));
            assertFalse(html.contains("<script>"), "scenario text must not become markup");
            assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
        }
    }

    @Test
    void unwritableOutputRootGivesExitThreeAndKeepsEarlierResults() throws IOException {
        Path earlier = runInto(tmp.resolve("keep"), "--reps", "2");
        byte[] before = Files.readAllBytes(earlier.resolve("runs.csv"));
        Path notADirectory = Files.writeString(tmp.resolve("file"), "x");
        CliRunner.Outcome o = CliRunner.run("run", TestScenarios.shipped("baseline.json").toString(), "--reps", "2",
                "--out", notADirectory.resolve("sub").toString(), "--quiet");
        assertEquals(3, o.exit(), o.err());
        assertTrue(o.err().contains("cannot write results under"), o.err());
        assertFalse(o.err().contains("\tat "), "no stack trace: " + o.err());
        assertArrayEquals(before, Files.readAllBytes(earlier.resolve("runs.csv")));
    }

    @Test
    void aSecondRunInTheSameSecondGetsANewFolder() throws IOException {
        Path out = tmp.resolve("twice");
        Files.createDirectories(out);
        for (int i = 0; i < 2; i++) {
            CliRunner.Outcome o = CliRunner.run("run", TestScenarios.shipped("baseline.json").toString(), "--reps", "1",
                    "--out", out.toString(), "--quiet");
            assertEquals(0, o.exit(), o.err());
        }
        try (Stream<Path> dirs = Files.list(out)) {
            List<String> names = dirs.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(2, names.size(), names.toString());
            assertTrue(names.stream().noneMatch(n -> n.contains("partial")), names.toString());
        }
    }

    @Test
    void printsTheOutcomeTable() throws IOException {
        Files.createDirectories(tmp.resolve("p"));
        CliRunner.Outcome o = CliRunner.run("run", TestScenarios.shipped("baseline.json").toString(),
                "--reps", "2", "--out", tmp.resolve("p").toString(), "--quiet");
        assertEquals(0, o.exit(), o.err());
        for (String metric : List.of("shipments_sent", "seized_opiates", "seized_precursors", "seized_persons", "value_seized",
                "interdiction_rate", "official_crossing_share", "cost_per_value_seized", "USD per USD", "95% CI", "report.html",
                "warning: only 2 replications")) {
            assertTrue(o.out().contains(metric), metric + " in:\n" + o.out());
        }
    }

    @Test
    void everyShippedScenarioIsValid() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("scenarios"))) {
            String[] args = Stream.concat(Stream.of("validate"),
                    files.filter(f -> f.toString().endsWith(".json")).map(Path::toString)).toArray(String[]::new);
            CliRunner.Outcome o = CliRunner.run(args);
            assertEquals(0, o.exit(), o.err());
            assertEquals(args.length - 1, o.out().lines().filter(l -> l.startsWith("ok: ")).count(), o.out());
        }
    }

    @Test
    void helpDescribesEveryCommandAndOption() {
        CliRunner.Outcome top = CliRunner.run("--help");
        assertEquals(0, top.exit());
        for (String c : List.of("run", "validate", "schema")) assertTrue(top.out().contains(c), top.out());
        CliRunner.Outcome run = CliRunner.run("run", "--help");
        assertTrue(run.out().contains("95% confidence"), "format characters are escaped: " + run.out());
        for (String option : List.of("--reps", "--seed", "--threads", "--out", "--quiet")) {
            assertTrue(run.out().contains(option), option + " in " + run.out());
        }
        CliRunner.Outcome schema = CliRunner.run("schema");
        assertEquals(0, schema.exit());
        assertTrue(schema.out().contains("\"$schema\""));
    }
}
