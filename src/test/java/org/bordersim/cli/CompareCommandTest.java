package org.bordersim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.bordersim.TestScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesAComparisonFolderAndEscapesScenarioText() throws Exception {
        Path base = TestScenarios.extending(dir, "base.json", TestScenarios.shipped("baseline.json"),
                "\"durationDays\": 56, \"description\": \"<script>alert(1)</script>\"");
        Path alt = TestScenarios.extending(dir, "alt.json", base, "\"name\": \"alt\", \"overrides\": {\"/blos/*/staffing\": 12}");
        CliRunner.Outcome o = CliRunner.run("compare", base.toString(), alt.toString(), base.toString(), "--reps", "4",
                "--quiet", "--out", dir.resolve("out").toString());
        assertEquals(0, o.exit(), o.err());
        assertTrue(o.out().contains("alt, baseline #2 vs baseline: 4 replications each"), o.out());
        assertTrue(o.out().contains("warning: only 4 replications"), o.out());
        assertTrue(o.out().contains("baseline #2") && o.out().contains("no difference"), o.out());
        Path folder;
        try (Stream<Path> s = Files.list(dir.resolve("out"))) {
            folder = s.filter(p -> p.getFileName().toString().startsWith("compare-baseline-")).findFirst().orElseThrow();
        }
        for (String f : List.of("comparison.csv", "runs.csv", "series.csv", "manifest.json", "report.html",
                "charts/compare-value_seized.png", "charts/compare-seized_opiates.png", "charts/kg-seized-per-week.png",
                "charts/compare-forest.png", "charts/compare-places-1.png", "charts/compare-places-2.png")) {
            assertTrue(Files.exists(folder.resolve(f)), f);
        }
        String html = Files.readString(folder.resolve("report.html"));
        // The report opens with the answer: a sentence per alternative, then the forest plot, before the explanations.
        assertTrue(html.contains("baseline #2 against baseline: no headline outcome differs detectably at 4 replications"), "a copy of the baseline differs in nothing");
        assertTrue(html.indexOf("baseline #2 against baseline") < html.indexOf("How to read this"), "the answer comes first");
        assertFalse(html.contains("<script>"), "scenario text is escaped");
        assertTrue(html.contains("&lt;script&gt;"));
        List<String> rows = Files.readAllLines(folder.resolve("comparison.csv"));
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("kg_seized,kg,baseline #2,alternative,4,") && r.contains(",0,0,0,")), rows.get(0));
        List<String> runs = Files.readAllLines(folder.resolve("runs.csv"));
        assertEquals(1 + 3 * 4, runs.size());
        // Per place and per BLO, every replication's counts add up to its totals.
        List<String> header = List.of(runs.get(0).split(","));
        assertTrue(header.contains("crossings_X1") && header.contains("crossings_green-1") && header.contains("blo_seizures_X2-B"), runs.get(0));
        for (String line : runs.subList(1, runs.size())) {
            String[] row = line.split(",");
            double crossings = 0;
            double seizures = 0;
            for (int i = 0; i < header.size(); i++) {
                if (header.get(i).startsWith("crossings_")) crossings += Double.parseDouble(row[i]);
                if (header.get(i).startsWith("blo_seizures_")) seizures += Double.parseDouble(row[i]);
            }
            assertEquals(Double.parseDouble(row[header.indexOf("crossings")]), crossings, 0.0, line);
            assertEquals(Double.parseDouble(row[header.indexOf("shipments_seized")]), seizures, 0.0, line);
        }
        assertTrue(html.contains("<h2>Where: by place and by BLO</h2>"));
        assertTrue(html.indexOf("<td class=l>green-1</td>") > html.indexOf("<h2>Where: by place and by BLO</h2>"), "a row per place");
    }

    @Test
    void scenariosOfDifferentLengthOrMapAreFlagged() {
        Path base = TestScenarios.extending(dir, "b.json", TestScenarios.shipped("baseline.json"), "\"durationDays\": 28");
        Path shorter = TestScenarios.extending(dir, "s.json", base, "\"name\": \"shorter\", \"durationDays\": 14");
        Path moved = TestScenarios.extending(dir, "m.json", base, "\"name\": \"moved\", \"overrides\": {\"/map/generator/seed\": 8}");
        Path lattice = TestScenarios.extending(dir, "l.json", base, "\"name\": \"lattice\", \"overrides\": {\"/map/routeLatticeKm\": 3}");
        CliRunner.Outcome o = CliRunner.run("compare", base.toString(), shorter.toString(), moved.toString(), lattice.toString(),
                "--reps", "5", "--quiet", "--out", dir.resolve("out").toString());
        assertEquals(0, o.exit(), o.err());
        assertTrue(o.out().contains("warning: shorter runs 14 days and baseline 28"), o.out());
        assertTrue(o.out().contains("warning: moved is on another map than baseline"), o.out());
        // The same map routed on a lattice is not another map, but the approximation is named.
        assertFalse(o.out().contains("lattice is on another map"), o.out());
        assertTrue(o.out().contains("warning: lattice and baseline route on different lattices far from the border "
                + "(map.routeLatticeKm 3 km and 0, every cell)"), o.out());
        assertFalse(o.out().contains("only 5 replications"), o.out());
    }

    @Test
    void anInvalidAlternativeIsReportedBeforeAnythingRuns() {
        Path bad = TestScenarios.write(dir, "bad.json", "{\"extends\": \"missing.json\"}");
        CliRunner.Outcome o = CliRunner.run("compare", TestScenarios.shipped("baseline.json").toString(), bad.toString(),
                "--out", dir.resolve("out").toString());
        assertEquals(2, o.exit());
        assertTrue(o.err().contains(bad + ": /extends: parent scenario 'missing.json' not found"), o.err());
        assertFalse(Files.exists(dir.resolve("out")));
        String baseline = TestScenarios.shipped("baseline.json").toString();
        CliRunner.Outcome noAlternative = CliRunner.run("compare", baseline, "--reps", "3");
        assertEquals(2, noAlternative.exit());
        CliRunner.Outcome one = CliRunner.run("compare", baseline, baseline, "--reps", "1");
        assertEquals(2, one.exit());
        assertTrue(one.err().contains("--reps must be at least 2, found 1"), one.err());
        CliRunner.Outcome zero = CliRunner.run("run", baseline, "--reps", "0");
        assertEquals(2, zero.exit());
        assertTrue(zero.err().contains("--reps must be at least 1, found 0"), zero.err());
        CliRunner.Outcome negativeSeed = CliRunner.run("compare", baseline, baseline, "--seed", "-1");
        assertTrue(negativeSeed.exit() == 2 && negativeSeed.err().contains("--seed must be at least 0"), negativeSeed.err());
    }
}
