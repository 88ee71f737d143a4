package org.bordersim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.bordersim.TestScenarios;
import org.bordersim.experiment.PreparedScenario;
import org.bordersim.experiment.Replications;
import org.bordersim.metrics.Metric;
import org.bordersim.metrics.RunResult;
import org.bordersim.stats.Summary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * docs/ODD.md §8: the model against answers known in closed form. Every assertion checks
 * that the 95% CI over replications (fixed seeds) contains the known value AND is narrow enough
 * that a wrong model could not slip through a wide interval.
 */
class KnownAnswerTest {

    private static List<RunResult> run(PreparedScenario p) throws InterruptedException {
        return Replications.run(p.scenario(), p.world(), 2, () -> { });
    }

    private static Summary summary(List<RunResult> runs, Metric m) {
        return Summary.of95(runs.stream().mapToDouble(r -> r.get(m)).toArray());
    }

    /**
     * One route through k posts in series, each catching with p = 0.3, no adaptation:
     * interdiction rate = 1 - (1 - p)^k. About 800 shipments per replication, 10 replications.
     */
    @ParameterizedTest(name = "k = {1} posts in series")
    @CsvSource({"corridor-one-post.json, 1", "corridor.json, 2", "corridor-three-countries.json, 4"})
    void checkpointsInSeriesInterdict1MinusOneMinusPToTheK(String file, int k) throws InterruptedException {
        List<RunResult> runs = run(TestScenarios.prepare(TestScenarios.resource("valid/" + file)));
        double expected = 1 - Math.pow(1 - 0.3, k);
        Summary rate = summary(runs, Metric.INTERDICTION_RATE);
        assertTrue(rate.contains(expected), "interdiction " + rate + " vs expected " + expected);
        assertTrue(rate.halfWidth() < 0.03, "CI too wide to be a test: " + rate);
        // All crossings are official, and every seizure happens at a crossing.
        assertEquals(1.0, summary(runs, Metric.OFFICIAL_CROSSING_SHARE).mean(), 1e-12);
        assertEquals(0.0, summary(runs, Metric.SEIZURES_ON_PATROL).mean(), 1e-12);
    }

    /**
     * Daily leaving probability h = 1 - exp(-r/365), no vacancy: tenure (days, counted at the end
     * of each day) is geometric, mean (1-h)/h = 1/(e^{r/365} - 1) ~ 365/r - 1/2, and mean skill
     * is the learning curve averaged over it: sMax - (sMax - s0) * h / (1 - (1-h) e^{-1/tau}).
     */
    @Test
    void tenureAndSkillMatchTheirSteadyStateUnderTurnover() throws InterruptedException {
        // 30 replications: the spread of 10-year mean tenure is about 10% of the mean, so 10 would
        // give a CI too wide to tell a 5% error in the turnover process.
        List<RunResult> runs = run(TestScenarios.prepare(TestScenarios.resource("valid/staff-only.json")).withRun(11, 30));
        double r = 2.0;
        double h = 1 - Math.exp(-r / 365);
        double expectedTenure = (1 - h) / h;
        Summary tenure = summary(runs, Metric.OFFICER_MEAN_TENURE_DAYS);
        assertTrue(tenure.contains(expectedTenure), "tenure " + tenure + " vs " + expectedTenure + " (1/r = 182.5 days)");
        assertTrue(tenure.halfWidth() < 0.05 * expectedTenure, "CI too wide: " + tenure);

        double s0 = 0.2;
        double sMax = 0.9;
        double tau = 90;
        double expectedSkill = sMax - (sMax - s0) * h / (1 - (1 - h) * Math.exp(-1 / tau));
        Summary skill = summary(runs, Metric.OFFICER_MEAN_SKILL);
        assertTrue(skill.contains(expectedSkill), "skill " + skill + " vs " + expectedSkill);
        assertTrue(skill.halfWidth() < 0.02, "CI too wide: " + skill);

        // No vacancy delay: no post ever stands empty; leavers ~ 20 officers x 2/yr x 10 yr.
        assertEquals(0.0, summary(runs, Metric.VACANT_POST_DAYS).mean(), 1e-12);
        Summary left = summary(runs, Metric.OFFICERS_LEFT);
        assertTrue(left.contains(20 * 3650 * h), "leavers " + left + " vs " + 20 * 3650 * h);

        // Completed tenure of leavers: geometric from 1, mean 1/h. The run starts in steady state, so the leavers
        // of a window are not length-biased (the initial officers' head start is what the censored ones miss).
        Summary completed = summary(runs, Metric.COMPLETED_TENURE_DAYS);
        assertTrue(completed.contains(1 / h) && completed.halfWidth() < 0.03 / h, "completed tenure " + completed + " vs 1/h = " + 1 / h);
    }

    /**
     * An M/M/c post: Poisson arrivals lambda = 6/h, c = 4 officers, exponential service mu = 2/h
     * each, everyone inspected. Erlang C: a = lambda/mu = 3, P(wait) = C(4, 3) = 0.5094, mean wait
     * Wq = C / (c mu - lambda) = 0.2547 h = 15.28 min; P(Wq > t) = C exp(-(c mu - lambda) t), so
     * the 95th percentile is ln(C / 0.05) / 2 h = 69.7 min.
     */
    @Test
    void inspectionQueueMatchesErlangC() throws InterruptedException {
        double lambda = 6;
        double mu = 2;
        int c = 4;
        double a = lambda / mu;
        double sum = 0;
        double term = 1;
        for (int k = 0; k < c; k++) {
            if (k > 0) term *= a / k;
            sum += term;
        }
        double top = term * a / c * c / (c - a);
        double erlangC = top / (sum + top);
        assertEquals(0.5094, erlangC, 1e-4);
        double meanWaitMinutes = 60 * erlangC / (c * mu - lambda);
        double p95Minutes = 60 * Math.log(erlangC / 0.05) / (c * mu - lambda);

        List<RunResult> runs = run(TestScenarios.prepare(TestScenarios.resource("valid/queue.json")));
        Summary wait = summary(runs, Metric.INSPECTION_WAIT_MEAN_MINUTES);
        assertTrue(wait.contains(meanWaitMinutes), "mean wait " + wait + " vs Erlang C " + meanWaitMinutes + " min");
        assertTrue(wait.halfWidth() < 0.1 * meanWaitMinutes, "CI too wide: " + wait);
        Summary p95 = summary(runs, Metric.TRADE_DELAY_P95_MINUTES);
        // Waits are binned by the whole minute, so the percentile is the minute it falls in.
        assertTrue(p95.ciLow() - 1 <= p95Minutes && p95Minutes <= p95.ciHigh() + 1, "p95 " + p95 + " vs " + p95Minutes);
        assertEquals(1.0, summary(runs, Metric.INSPECTION_SHARE).mean(), 1e-12, "everyone inspected");
        assertEquals(0.0, summary(runs, Metric.WAVED_THROUGH).mean(), 0.0);
        // The post's own figures: offered load lambda / (c mu) and the probability of waiting, Erlang C.
        Summary load = summary(runs, Metric.POST_LOAD);
        assertTrue(load.contains(lambda / (c * mu)) && load.halfWidth() < 0.01, "load " + load + " vs " + lambda / (c * mu));
        Summary waiting = summary(runs, Metric.POST_WAIT_PROBABILITY);
        assertTrue(waiting.contains(erlangC) && waiting.halfWidth() < 0.02, "P(wait) " + waiting + " vs Erlang C " + erlangC);
        for (RunResult r : runs) {
            double[] post = r.posts()[0];
            assertEquals(r.get(Metric.POST_LOAD), org.bordersim.metrics.PostLoad.load(post), 1e-12, "one post: its own load is the total");
        }
    }

    /**
     * The skill distribution under turnover, not just its mean: with daily leaving probability h
     * and no vacancy, end-of-day tenure T is geometric, P(T &lt;= t) = 1 - (1 - h)^(t + 1), and skill
     * is the learning curve s(T), increasing in T, so P(skill &lt;= s(t)) = P(T &lt;= t). Checked at
     * t = 30, 120 and 365 days over every officer-day of 20 ten-year replications.
     */
    @Test
    void skillDistributionUnderTurnoverIsTheLearningCurveOverGeometricTenure() {
        PreparedScenario p = TestScenarios.prepare(TestScenarios.resource("valid/staff-only.json"));
        double h = 1 - Math.exp(-2.0 / 365);
        int[] days = {30, 120, 365};
        double[][] below = new double[days.length][20];
        for (int rep = 0; rep < 20; rep++) {
            BorderModel model = new BorderModel(org.bordersim.experiment.Seeds.replication(77, rep), p.scenario(), p.world(), e -> { });
            model.start();
            long[] counts = new long[days.length + 1];
            model.schedule.scheduleRepeating(23, Phase.BOOKKEEPING + 1, state -> model.forEachOfficerSkill(skill -> {
                counts[days.length]++;
                for (int k = 0; k < days.length; k++) {
                    if (skill <= p.scenario().officers().skillAt(days[k], 0) + 1e-12) counts[k]++;
                }
            }), 24);
            model.runToEnd();
            for (int k = 0; k < days.length; k++) below[k][rep] = counts[k] / (double) counts[days.length];
        }
        for (int k = 0; k < days.length; k++) {
            double expected = 1 - Math.pow(1 - h, days[k] + 1);
            Summary s = Summary.of95(below[k]);
            assertTrue(s.contains(expected), "P(skill <= s(" + days[k] + ")) " + s + " vs " + expected);
            assertTrue(s.halfWidth() < 0.02, "CI too wide: " + s);
        }
    }
}
