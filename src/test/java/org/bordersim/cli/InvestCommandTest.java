package org.bordersim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.bordersim.TestScenarios;
import org.bordersim.invest.InvestmentTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InvestCommandTest {
    @TempDir
    Path dir;

    private Path portfolio(String name, String options, String extra) {
        return TestScenarios.write(dir, name + ".json", """
                {"name": "%s", "scenario": "%s", "horizonYears": 0.1,
                 "budget": {"currency": "USD", "perYear": 100000}, "maximise": "value_seized",
                 "options": %s %s}
                """.formatted(name, TestScenarios.shippedJsonPath("baseline.json"), options, extra));
    }

    private static final String CAMS = "[{\"name\": \"cams\", \"pointer\": \"/blos/*/equipment/dashCams\", "
            + "\"levels\": [{\"value\": 0}, {\"value\": 2, \"capitalCost\": 1000}]}]";

    @Test
    void aFirstLevelThatIsNotTheBaseScenarioIsRefusedWithItsPointerAndExitStatus2() throws Exception {
        Path bad = portfolio("bad", "[{\"name\": \"staff\", \"pointer\": \"/blos/*/staffing\", \"levels\": [{\"value\": 8}, {\"value\": 10}]}]", "");
        CliRunner.Outcome o = CliRunner.run("invest", bad.toString(), "--out", dir.resolve("out").toString());
        assertEquals(2, o.exit(), o.err());
        assertTrue(o.err().contains(bad + ": /options/0/levels/0/value"), o.err());
        assertTrue(o.err().contains("first level must be what the base scenario already has"), o.err());
        assertFalse(o.err().contains("Exception"), o.err());
        assertFalse(Files.exists(dir.resolve("out")), "nothing written for a refused file");
    }

    @Test
    void unknownOutputsWrongCurrencyAndInvalidLevelsAreEachNamedByPointer() {
        Path bad = TestScenarios.write(dir, "many.json", """
                {"name": "many", "scenario": "%s", "horizonYears": 1,
                 "budget": {"currency": "EUR", "total": 1000}, "maximise": "value_seizd",
                 "options": [{"name": "staff", "pointer": "/blos/*/staffing", "levels": [{"value": 6}, {"value": -3}]}]}
                """.formatted(TestScenarios.shippedJsonPath("baseline.json")));
        CliRunner.Outcome o = CliRunner.run("invest", bad.toString(), "--out", dir.resolve("out").toString());
        assertEquals(2, o.exit());
        assertTrue(o.err().contains("/maximise") && o.err().contains("did you mean 'value_seized'"), o.err());
        Path fixed = TestScenarios.write(dir, "many2.json", """
                {"name": "many", "scenario": "%s", "horizonYears": 1,
                 "budget": {"currency": "EUR", "total": 1000}, "maximise": "value_seized",
                 "options": [{"name": "staff", "pointer": "/blos/*/staffing", "levels": [{"value": 6}, {"value": -3}]},
                             {"name": "cams", "pointer": "/blos/*/nothing/here", "levels": [{"value": 0}, {"value": 1}]}]}
                """.formatted(TestScenarios.shippedJsonPath("baseline.json")));
        o = CliRunner.run("invest", fixed.toString(), "--out", dir.resolve("out").toString());
        assertEquals(2, o.exit());
        assertTrue(o.err().contains("/budget/currency") && o.err().contains("USD"), o.err());
        assertTrue(o.err().contains("/options/0/levels/1/value"), o.err());
        assertTrue(o.err().contains("/options/1/pointer"), o.err());
    }

    @Test
    void aScenarioGivenToInvestIsToldApart() {
        CliRunner.Outcome o = CliRunner.run("invest", TestScenarios.shippedJsonPath("baseline.json"), "--out", dir.resolve("out").toString());
        assertEquals(2, o.exit());
        assertTrue(o.err().contains("this is a scenario file, not a portfolio"), o.err());
    }

    @Test
    void anInvestRunWritesTheBriefAndItsTables() throws Exception {
        CliRunner.Outcome o = CliRunner.run("invest", portfolio("ok", CAMS, ", \"replications\": 3").toString(), "--quiet",
                "--out", dir.resolve("out").toString());
        assertEquals(0, o.exit(), o.err());
        Path folder = TestScenarios.onlyFolderIn(dir.resolve("out"));
        for (String f : List.of("portfolios.csv", "options.csv", "budget-curve.csv", "brief.html", "charts/frontier.png",
                "charts/budget-curve.png", "charts/allocation.png", "portfolio.json", "portfolios.sweep.json")) {
            assertTrue(Files.exists(folder.resolve(f)), f);
        }
        assertEquals(3, Files.readAllLines(folder.resolve("portfolios.csv")).size(), "a header and 2 portfolios");
        String brief = Files.readString(folder.resolve("brief.html"));
        assertTrue(brief.contains("USD") && brief.contains("Recommendation") && brief.contains("Caveats"), brief);
    }

    /**
     * An invest run killed with SIGKILL mid-way and run again ends with the portfolios.csv of an
     * uninterrupted run, byte for byte.
     */
    @Test
    void anInvestRunKilledMidWayAndRunAgainGivesTheSamePortfolios() throws Exception {
        Path file = InvestmentTest.knownSpace(dir, 0.4);
        Path killed = dir.resolve("killed");
        Process child = new ProcessBuilder(OutputFaults.childJava("invest", file.toString(), "--threads", "1", "--quiet",
                "--out", killed.toString())).redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline && child.isAlive() && rows(killed) < 30) Thread.sleep(5);
        assertTrue(child.isAlive(), "the child finished before it could be killed: " + Files.readString(dir.resolve("child.log")));
        child.destroyForcibly();
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        int at = rows(killed);
        assertTrue(at >= 30 && at < 96, "killed at " + at + " of 96 runs");

        CliRunner.Outcome resumed = CliRunner.run("invest", file.toString(), "--quiet", "--threads", "2", "--out", killed.toString());
        assertEquals(0, resumed.exit(), resumed.err());
        assertTrue(resumed.err().contains("every portfolio: resuming"), resumed.err());
        CliRunner.Outcome straight = CliRunner.run("invest", file.toString(), "--quiet", "--out", dir.resolve("straight").toString());
        assertEquals(0, straight.exit(), straight.err());
        assertEquals(Files.readString(TestScenarios.onlyFolderIn(dir.resolve("straight")).resolve("portfolios.csv")),
                Files.readString(TestScenarios.onlyFolderIn(killed).resolve("portfolios.csv")));
    }

    /**
     * Rows recorded so far, or 0 while the folders are moving: the child renames a finished stage's folder into
     * place while this walks the tree, so a folder listed a moment ago may be gone (poll again).
     */
    private static int rows(Path root) throws Exception {
        if (!Files.isDirectory(root)) return 0;
        try (Stream<Path> s = Files.walk(root)) {
            Path journal = s.filter(p -> p.getFileName().toString().equals("runs.csv")).findFirst().orElse(null);
            if (journal == null) return 0;
            try (Stream<String> lines = Files.lines(journal)) {
                return (int) lines.count() - 1;
            }
        } catch (java.io.UncheckedIOException | java.nio.file.NoSuchFileException e) {
            return 0;
        }
    }
}
