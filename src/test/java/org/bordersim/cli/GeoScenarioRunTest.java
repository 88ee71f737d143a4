package org.bordersim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.bordersim.TestScenarios;
import org.bordersim.files.InputException;
import org.bordersim.scenario.LoadedScenario;
import org.bordersim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A map from geography through the real command line: named crossings in the outputs, its sources in the report. */
class GeoScenarioRunTest {
    @TempDir
    Path dir;

    private Path run(String out) throws IOException {
        CliRunner.Outcome o = CliRunner.run("run", TestScenarios.resource("valid/geo-toy.json").toString(), "--reps", "3",
                "--out", dir.resolve(out).toString(), "--quiet");
        assertEquals(0, o.exit(), o.err());
        try (Stream<Path> folders = Files.list(dir.resolve(out))) {
            return folders.findFirst().orElseThrow();
        }
    }

    @Test
    void crossingsAreNamedAndTheReportSaysWhatTheMapRestsOn() throws IOException {
        Path results = run("a");
        String header = Files.readAllLines(results.resolve("runs.csv")).get(0);
        assertTrue(header.contains("crossings_Bridge"), header);
        assertTrue(Files.readString(results.resolve("blos.csv")).contains("Bridge A"));
        String report = Files.readString(results.resolve("report.html"));
        for (String text : new String[] {"What the map rests on", "two east-west roads", "where the bridge road meets the border",
            "Toy data drawn by hand for the tests.", "equirectangular grid true at 40.15 N"}) {
            assertTrue(report.contains(text), text);
        }
    }

    @Test
    void theManifestHoldsTheMapDataAndChangedDataIsAnotherScenario() throws IOException, InputException {
        Path results = run("a");
        String manifest = Files.readString(results.resolve("manifest.json"));
        assertTrue(manifest.contains("\"mapDataSha256\"") && manifest.contains("../../geo/toy/roads.geojson"), manifest);
        // A copy of the scenario and its data elsewhere is the same scenario; a changed byte of one layer is not.
        Path copy = dir.resolve("copy");
        Path scenario = copy.resolve("scenarios/valid/geo-toy.json");
        Files.createDirectories(scenario.getParent());
        Files.copy(TestScenarios.resource("valid/geo-toy.json"), scenario);
        Path data = TestScenarios.resource("valid/geo-toy.json").getParent().resolve("../../geo/toy").normalize();
        Files.createDirectories(copy.resolve("geo/toy"));
        try (Stream<Path> files = Files.list(data)) {
            for (Path f : files.toList()) Files.copy(f, copy.resolve("geo/toy").resolve(f.getFileName()));
        }
        LoadedScenario original = new ScenarioLoader().load(TestScenarios.resource("valid/geo-toy.json"));
        assertEquals(5, original.mapData().size(), original.mapData().toString());
        assertEquals(original.sha256(), new ScenarioLoader().load(scenario).sha256());
        Path roads = copy.resolve("geo/toy/roads.geojson");
        Files.writeString(roads, Files.readString(roads).replace("70.47", "70.46"));
        assertNotEquals(original.sha256(), new ScenarioLoader().load(scenario).sha256());
    }

    @Test
    void aSweepOverAMapFromGeographyCountsCrossingsAtItsNamedPlaces() throws IOException {
        // The sweep file lives elsewhere than the scenario: the map's data are found from the scenario, not the sweep.
        Path sweep = dir.resolve("sweep.json");
        Files.writeString(sweep, """
                {"name": "geo-sweep", "scenario": "%s", "replications": 1, "design": {"type": "factorial"},
                 "parameters": [{"name": "staffing", "pointer": "/blos/*/staffing", "values": [2, 4]}],
                 "outputs": ["value_seized"]}
                """.formatted(TestScenarios.resource("valid/geo-toy.json").toString().replace("\\", "/")));
        CliRunner.Outcome o = CliRunner.run("sweep", sweep.toString(), "--out", dir.resolve("s").toString(), "--quiet");
        assertEquals(0, o.exit(), o.err());
        try (Stream<Path> folders = Files.list(dir.resolve("s"))) {
            Path folder = folders.findFirst().orElseThrow();
            String header = Files.readAllLines(folder.resolve("runs.csv")).get(0);
            assertTrue(header.contains("crossings_Bridge"), header);
        }
    }

    @Test
    void theSameSeedGivesTheSameRunsFromAnotherFolder() throws IOException {
        Path first = run("a");
        Path second = run("b");
        for (String file : new String[] {"runs.csv", "series.csv", "posts.csv", "blos.csv"}) {
            assertEquals(Files.readString(first.resolve(file)), Files.readString(second.resolve(file)), file);
        }
    }
}
