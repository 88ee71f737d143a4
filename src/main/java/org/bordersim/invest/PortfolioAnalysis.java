package org.bordersim.invest;

import java.util.ArrayList;
import java.util.List;
import org.bordersim.metrics.Metric;
import org.bordersim.stats.PairedDifference;

/**
 * What the evaluated portfolios say, all against the base scenario (portfolio 0) replication by
 * replication (common random numbers): each portfolio's cost and gain with their CIs, whether it
 * fits the budget and meets the constraints, where it stands on the cost-effectiveness plane, the
 * best portfolio at every budget level, and the recommendation within the budget.
 *
 * <p>A portfolio's cost is what it adds to the base scenario's spending over the horizon: the
 * capital costs the portfolio file gives for its levels, plus the extra running cost the model
 * books (total_cost, paired). The running cost is measured, not priced from a list, so whatever an
 * option drags along is in it: the courses of extra officers under a training policy, the
 * officer time of joint operations.
 */
public record PortfolioAnalysis(Portfolio portfolio, List<Result> results, CostEffectiveness.Plane plane,
                                List<BudgetStep> budgetCurve, Recommendation recommendation, int failedRuns) {

    /**
     * One portfolio.
     *
     * @param running           extra running cost over the horizon against the base (paired)
     * @param gain              extra outcome against the base (paired)
     * @param constraintMeans   the mean of each constraint's output, in the order of the constraints
     * @param budgetAtRisk      within budget at the mean cost, but not at the upper end of its CI
     */
    public record Result(int index, int[] levels, double capital, PairedDifference running, PairedDifference gain,
                         double[] constraintMeans, boolean withinBudget, boolean budgetAtRisk, boolean meetsConstraints) {
        /** Capital plus the mean extra running cost over the horizon. */
        public double cost() {
            return capital + running.meanDifference();
        }

        public double costLow() {
            return capital + (Double.isNaN(running.ciLow()) ? running.meanDifference() : running.ciLow());
        }

        public double costHigh() {
            return capital + (Double.isNaN(running.ciHigh()) ? running.meanDifference() : running.ciHigh());
        }

        public boolean feasible() {
            return withinBudget && meetsConstraints;
        }

        /** Extra cost per extra unit of outcome against the base; NaN unless the gain is positive. */
        public double costPerUnit() {
            return gain.meanDifference() > 0 ? cost() / gain.meanDifference() : Double.NaN;
        }
    }

    /** At budgets from {@code budget} up to the next step's, the best portfolio meeting the constraints is {@code portfolio}. */
    public record BudgetStep(double budget, int portfolio) {
    }

    /**
     * The best feasible portfolio and how far ahead of the runner-up it is.
     *
     * @param best     -1 if no portfolio fits the budget and meets the constraints
     * @param runnerUp the best other feasible portfolio whose outcomes differ from the best's; -1 if none
     * @param lead     best minus runner-up on the outcome, paired (null without a runner-up)
     */
    public record Recommendation(int best, int runnerUp, PairedDifference lead) {
        /** True when the replications tell the best from the runner-up (the lead's CI excludes 0). */
        public boolean separated() {
            return lead != null && lead.detectable() && lead.meanDifference() > 0;
        }
    }

    /** The result of the portfolio that changes only option {@code option}, to {@code level}. */
    public Result alone(int option, int level) {
        return results.get(portfolio.alone(option, level));
    }

    public static PortfolioAnalysis of(Portfolio p, PortfolioRuns runs) {
        int n = p.size();
        double years = p.horizonYears();
        double[] baseOutcome = runs.of(0, p.outcome());
        double[] baseCost = runs.of(0, Metric.TOTAL_COST);
        List<Result> results = new ArrayList<>(n);
        double[] cost = new double[n];
        double[] gain = new double[n];
        for (int i = 0; i < n; i++) {
            int[] levels = new int[p.options().size()];
            for (int o = 0; o < levels.length; o++) levels[o] = p.level(i, o);
            double capital = p.capitalCost(i);
            PairedDifference running = PairedDifference.of(baseCost, runs.of(i, Metric.TOTAL_COST));
            PairedDifference g = PairedDifference.of(baseOutcome, runs.of(i, p.outcome()));
            double[] means = new double[p.constraints().size()];
            boolean meets = true;
            for (int c = 0; c < means.length; c++) {
                Constraint constraint = p.constraints().get(c);
                means[c] = mean(runs.of(i, constraint.output()));
                meets &= constraint.metBy(means[c]);
            }
            boolean within = p.budget().allows(capital, running.meanDifference() / years, years);
            double high = Double.isNaN(running.ciHigh()) ? running.meanDifference() : running.ciHigh();
            boolean atRisk = within && !p.budget().allows(capital, high / years, years);
            Result r = new Result(i, levels, capital, running, g, means, within, atRisk, meets);
            results.add(r);
            cost[i] = r.cost();
            gain[i] = g.meanDifference();
        }
        CostEffectiveness.Plane plane = CostEffectiveness.of(cost, gain);
        return new PortfolioAnalysis(p, results, plane, budgetCurve(results), recommend(results, runs, p), runs.failed());
    }

    private static double mean(double[] values) {
        double sum = 0;
        int k = 0;
        for (double v : values) {
            if (Double.isFinite(v)) {
                sum += v;
                k++;
            }
        }
        return k == 0 ? Double.NaN : sum / k;
    }

    /** Better: higher mean gain; then lower cost; then the lower index (fewer, lower levels). */
    private static boolean better(Result a, Result b) {
        double ga = a.gain().meanDifference();
        double gb = b.gain().meanDifference();
        if (ga != gb) return ga > gb;
        if (a.cost() != b.cost()) return a.cost() < b.cost();
        return a.index() < b.index();
    }

    private static boolean estimable(Result r) {
        return Double.isFinite(r.cost()) && Double.isFinite(r.gain().meanDifference());
    }

    /** The best constraint-meeting portfolio at every budget, as steps: each step starts at its portfolio's cost. */
    static List<BudgetStep> budgetCurve(List<Result> results) {
        List<Result> sorted = new ArrayList<>();
        for (Result r : results) if (r.meetsConstraints() && estimable(r)) sorted.add(r);
        sorted.sort((a, b) -> a.cost() != b.cost() ? Double.compare(a.cost(), b.cost()) : Integer.compare(a.index(), b.index()));
        List<BudgetStep> steps = new ArrayList<>();
        Result best = null;
        for (Result r : sorted) {
            if (best == null || better(r, best) && r.gain().meanDifference() > best.gain().meanDifference()) {
                best = r;
                steps.add(new BudgetStep(r.cost(), r.index()));
            }
        }
        return steps;
    }

    /**
     * The best feasible portfolio, and the best of those whose outcomes differ from it in some
     * replication: a portfolio that gives exactly the best's outcomes (an option that changes
     * nothing here, at the same or a higher cost) is the same choice, not a runner-up.
     */
    private static Recommendation recommend(List<Result> results, PortfolioRuns runs, Portfolio p) {
        Result best = null;
        for (Result r : results) {
            if (r.feasible() && estimable(r) && (best == null || better(r, best))) best = r;
        }
        if (best == null) return new Recommendation(-1, -1, null);
        double[] bestOutcome = runs.of(best.index(), p.outcome());
        Result second = null;
        for (Result r : results) {
            if (r == best || !r.feasible() || !estimable(r)) continue;
            if (java.util.Arrays.equals(bestOutcome, runs.of(r.index(), p.outcome()))) continue;
            if (second == null || better(r, second)) second = r;
        }
        if (second == null) return new Recommendation(best.index(), -1, null);
        PairedDifference lead = PairedDifference.of(runs.of(second.index(), p.outcome()), bestOutcome);
        return new Recommendation(best.index(), second.index(), lead);
    }
}
