package org.bordersim.invest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bordersim.TestScenarios;
import org.bordersim.output.RunInfo;
import org.bordersim.sweep.Shard;
import org.bordersim.sweep.SweepRunner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small option space whose optimum is known: checkpoint officer-hours grow with staffing, and the
 * budget (100,000 USD a year) pays for 8 officers per BLO (+8 x 9,000 a year) but not 9 (+12 x 9,000).
 * Dash cams cost capital and buy no checkpoint hours; a change of hub trust does nothing while
 * nothing is shared. 4 x 3 x 2 = 24 portfolios, 4 replications of 37 days each; then selection, and the
 * leaders under a condition that changes nothing and under doubled turnover.
 */
public class InvestmentTest {
    @TempDir
    static Path dir;
    static PortfolioAnalysis analysis;
    static Portfolio portfolio;

    public static Path knownSpace(Path dir) {
        return knownSpace(dir, 0.1);
    }

    /** The same space over another horizon. */
    public static Path knownSpace(Path dir, double years) {
        return knownSpace(dir, years, "");
    }

    /** The same space with more fields (e.g. {@code "search": {...},}). */
    static Path knownSpace(Path dir, double years, String more) {
        return TestScenarios.write(dir, "known.json", """
                {"name": "known", "scenario": "%s", "horizonYears": %s, %s
                 "budget": {"currency": "USD", "perYear": 100000}, "maximise": "officer_hours_checkpoint",
                 "options": [
                  {"name": "staffing", "pointer": "/blos/*/staffing", "levels": [{"value": 6}, {"value": 7}, {"value": 8}, {"value": 9}]},
                  {"name": "cams", "pointer": "/blos/*/equipment/dashCams",
                   "levels": [{"value": 0}, {"value": 2, "label": "cheap", "capitalCost": 30000}, {"value": 2, "label": "dear", "capitalCost": 60000}]},
                  {"name": "hub_trust", "pointer": "/intelligence/hubTrust", "levels": [{"value": 0.8}, {"value": 0.5}]}
                 ],
                 "conditions": [{"name": "inert", "label": "slower hub (nothing is shared)", "set": {"/intelligence/hubLatencyHours": 48}},
                                {"name": "turnover", "label": "turnover doubles", "set": {"/officers/turnoverPerYear": 0.6}}],
                 "seed": 5, "replications": 4}
                """.formatted(TestScenarios.shippedJsonPath("baseline.json"), years, more));
    }

    @BeforeAll
    static void evaluate() throws Exception {
        portfolio = PortfolioLoader.load(knownSpace(dir));
        Investment.Evaluated done = Investment.run(portfolio, dir.resolve("out"), Shard.WHOLE, SweepRunner.LOCAL, 2,
                new RunInfo("test", List.of("invest"), 2), name -> SILENT);
        analysis = done.analysis();
        assertEquals(0, analysis.failedRuns());
    }

    @Test
    void theExhaustiveSearchFindsTheKnownOptimum() {
        int best = analysis.recommendation().best();
        assertArrayEquals(new int[] {2, 0, 0}, analysis.result(best).levels(), "8 officers per BLO, no cams, hub trust unchanged");
        PortfolioAnalysis.Result nine = analysis.alone(0, 3);
        assertFalse(nine.withinBudget(), "9 officers per BLO cost more than 100,000 a year");
        assertTrue(nine.gain().meanDifference() > analysis.result(best).gain().meanDifference());
        // The runner-up gives other outcomes: 7 officers, separated from 8 at 4 replications.
        assertTrue(analysis.recommendation().separated());
        assertEquals(1, analysis.result(analysis.recommendation().runnerUp()).levels()[0]);
    }

    @Test
    void rankingAndSelectionPicksTheKnownOptimumAmongTheFeasibleContenders() {
        PortfolioAnalysis.SelectionSummary s = analysis.selection();
        // Feasible with outcomes of their own: 8, 7 and 6 officers per BLO (cams and hub trust add nothing to checkpoint hours
        // at 6 and 7; at 8 the cams are over budget).
        assertEquals(3, s.contenders());
        assertTrue(s.separated());
        assertArrayEquals(new int[] {analysis.alone(0, 2).index()}, s.survivors());
        assertEquals(s.survivors()[0], analysis.recommendation().best());
        assertTrue(s.probabilityBest() > 0.99, "best in " + s.probabilityBest() + " of resamples");
    }

    @Test
    void underAConditionThatChangesNothingEveryLeaderGainsExactlyItsNominalGain() {
        Robustness r = analysis.robustness();
        assertEquals(analysis.recommendation().best(), r.leaders()[0]);
        assertEquals(3, r.leaders().length, "the three contenders (the base among them)");
        for (int l = 0; l < r.leaders().length; l++) {
            assertEquals(r.nominal()[l].meanDifference(), r.gain()[0][l].meanDifference(), 0.0);
            assertEquals(r.nominal()[l].sdDifference(), r.gain()[0][l].sdDifference(), 0.0);
        }
        assertEquals(0.0, r.regret(0, 0), 0.0, "the recommended portfolio stays the best there");
        assertTrue(r.gain()[1][0].meanDifference() != r.nominal()[0].meanDifference(), "doubled turnover changes the gain");
    }

    /**
     * The same space searched instead of run in full (as if it were too large): NSGA-II must find the
     * known optimum running fewer portfolios than the space has, and selection, on fresh replications,
     * must pick it.
     */
    @Test
    void theSearchFindsTheKnownOptimumWithoutRunningEveryPortfolioAndSelectionPicksIt(@TempDir Path other) throws Exception {
        Portfolio searched = PortfolioLoader.load(knownSpace(other, 0.1,
                "\"search\": {\"exhaustiveUpTo\": 10, \"evaluations\": 12, \"population\": 8, \"contenders\": 4},"));
        assertTrue(searched.searched());
        PortfolioAnalysis found = Investment.run(searched, other.resolve("out"), Shard.WHOLE, SweepRunner.LOCAL, 2,
                new RunInfo("test", List.of("invest"), 2), name -> SILENT).analysis();
        int evaluated = found.results().size();
        System.out.printf("search: ran %d of %d portfolios%n", evaluated, searched.size());
        assertTrue(evaluated < searched.size(), evaluated + " of " + searched.size() + " portfolios run");
        assertTrue(evaluated >= 7 + 8, "the base, every option alone, and at least a population's worth found by the search");
        assertArrayEquals(new int[] {2, 0, 0}, found.result(found.recommendation().best()).levels());
        PortfolioAnalysis.SelectionSummary s = found.selection();
        assertTrue(s.separated());
        // Selection ran the contenders on fresh replications: 4 of the search, 4 fresh.
        assertEquals(8, found.result(found.recommendation().best()).gain().n());
        assertTrue(Files.exists(other.resolve("out").resolve(Investment.folder(Path.of(""), searched).toString())
                .resolve("selection-0.sweep.json")));
    }

    @Test
    void anOfficerCeilingRulesOutTheLargerStaffs(@TempDir Path other) throws Exception {
        Portfolio capped = PortfolioLoader.load(knownSpace(other, 0.1, "\"officersAtMost\": 28,"));
        assertEquals(24, capped.officers(0));
        assertEquals(32, capped.officers(capped.alone(0, 2)));
        PortfolioAnalysis a = Investment.run(capped, other.resolve("out"), Shard.WHOLE, SweepRunner.LOCAL, 2,
                new RunInfo("test", List.of("invest"), 2), name -> SILENT).analysis();
        assertFalse(a.alone(0, 2).meetsConstraints(), "8 officers at each of 4 BLOs is 32, over the ceiling of 28");
        assertArrayEquals(new int[] {1, 0, 0}, a.result(a.recommendation().best()).levels(), "7 per BLO, the most the ceiling allows");
    }

    private static final SweepRunner.Listener SILENT = new SweepRunner.Listener() {
        @Override
        public void started(int runsInShard, int alreadyRecorded, boolean repairedLastRow) {
        }

        @Override
        public void recorded(int run, String error) {
        }
    };

    @Test
    void anOptionWithinBudgetOnlyAloneIsNeverCombinedOverBudget() {
        PortfolioAnalysis.Result camsAlone = analysis.alone(1, 1);
        PortfolioAnalysis.Result eightAlone = analysis.alone(0, 2);
        assertTrue(camsAlone.withinBudget());
        assertTrue(eightAlone.withinBudget());
        PortfolioAnalysis.Result both = analysis.result(eightAlone.index() + camsAlone.index());
        assertArrayEquals(new int[] {2, 1, 0}, both.levels());
        assertFalse(both.withinBudget(), "30,000 of cams and 8 officers per BLO exceed 100,000 in the first year");
        double years = portfolio.horizonYears();
        for (PortfolioAnalysis.Result r : analysis.results()) {
            double firstYear = r.capital() + r.running().meanDifference() / years;
            assertEquals(firstYear <= 100_000, r.withinBudget(), "portfolio " + r.index());
        }
        for (PortfolioAnalysis.BudgetStep s : analysis.budgetCurve()) {
            assertTrue(analysis.result(s.portfolio()).cost() <= s.budget());
        }
    }

    @Test
    void theSameChangeAtDoublePriceIsDominated() {
        PortfolioAnalysis.Result cheap = analysis.alone(1, 1);
        PortfolioAnalysis.Result dear = analysis.alone(1, 2);
        assertEquals(cheap.gain().meanDifference(), dear.gain().meanDifference(), 0.0);
        assertEquals(CostEffectiveness.Status.DOMINATED, analysis.status(dear.index()));
    }

    @Test
    void withCommonRandomNumbersAnOptionThatChangesNothingGainsExactlyZero() {
        PortfolioAnalysis.Result nothing = analysis.alone(2, 1);
        assertEquals(0.0, nothing.gain().meanDifference(), 0.0);
        assertEquals(0.0, nothing.gain().sdDifference(), 0.0, "zero in every replication, not only on average");
        assertEquals(0.0, nothing.running().meanDifference(), 0.0);
        assertEquals(0.0, nothing.running().sdDifference(), 0.0);
        assertEquals(4, nothing.gain().n());
    }

    @Test
    void aSecondCallFindsEveryRunRecordedAndGivesTheSameAnalysis() throws Exception {
        Investment.Evaluated again = Investment.run(portfolio, dir.resolve("out"), Shard.WHOLE, SweepRunner.LOCAL, 1,
                new RunInfo("test", List.of("invest"), 1), name -> new SweepRunner.Listener() {
                    @Override
                    public void started(int runsInShard, int alreadyRecorded, boolean repairedLastRow) {
                        assertEquals(runsInShard, alreadyRecorded);
                    }

                    @Override
                    public void recorded(int run, String error) {
                        throw new AssertionError("run " + run + " ran again");
                    }
                });
        assertEquals(0, again.outcome().ran());
        assertEquals(analysis.recommendation().best(), again.analysis().recommendation().best());
        assertTrue(Files.exists(again.folder().resolve(Investment.PORTFOLIO_COPY)));
    }
}
