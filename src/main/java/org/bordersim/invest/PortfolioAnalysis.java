package org.bordersim.invest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
public record PortfolioAnalysis(Portfolio portfolio, List<Result> results, Map<Integer, Integer> position,
                                CostEffectiveness.Plane plane,
                                List<BudgetStep> budgetCurve, Recommendation recommendation, int failedRuns,
                                SelectionSummary selection, Robustness robustness) {

    /**
     * What ranking and selection did (null if fewer than two portfolios were in contention).
     *
     * @param contenders          feasible portfolios with distinct outcomes that entered it
     * @param survivors           the portfolios left when it stopped: one if the best was separated
     * @param replications        replications screened (of the portfolios still in at the end)
     * @param indifferenceDefault the indifference was not given, so 5% of the base's mean outcome was used
     * @param probabilityBest     bootstrap estimate that the recommended portfolio is the best of the last round's contenders
     * @param incomplete          a contender lacked a replication (a failed run), so it stopped early
     */
    public record SelectionSummary(int contenders, int rounds, int replications, int[] survivors, double indifference,
                                   boolean indifferenceDefault, double confidence, int maxReplications, int finalists,
                                   double probabilityBest, boolean incomplete) {
        public boolean separated() {
            return survivors.length == 1;
        }
    }

    /** The same analysis with the robustness of its leading portfolios. */
    public PortfolioAnalysis with(Robustness r) {
        return new PortfolioAnalysis(portfolio, results, position, plane, budgetCurve, recommendation, failedRuns, selection, r);
    }

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
     * @param survivorsOverBudget selection's survivors all turned out over budget with more replications, so the
     *                 recommendation is the best other portfolio within budget
     */
    public record Recommendation(int best, int runnerUp, PairedDifference lead, boolean survivorsOverBudget) {
        /** True when the replications tell the best from the runner-up (the lead's CI excludes 0). */
        public boolean separated() {
            return lead != null && lead.detectable() && lead.meanDifference() > 0;
        }
    }

    /** The result of the portfolio that changes only option {@code option}, to {@code level} (always evaluated). */
    public Result alone(int option, int level) {
        return result(portfolio.alone(option, level));
    }

    /** The result of an evaluated portfolio (null if it was not evaluated). */
    public Result result(int portfolio) {
        Integer k = position.get(portfolio);
        return k == null ? null : results.get(k);
    }

    /** Where an evaluated portfolio stands on the cost-effectiveness plane. */
    public CostEffectiveness.Status status(int portfolio) {
        return plane.status()[position.get(portfolio)];
    }

    /** On the frontier, its extra cost per extra unit over the previous frontier portfolio (NaN otherwise). */
    public double incremental(int portfolio) {
        return plane.incremental()[position.get(portfolio)];
    }

    public static PortfolioAnalysis of(Portfolio p, PortfolioRuns runs) {
        return of(p, runs, null);
    }

    /**
     * @param selection null before selection; after it, the recommendation is the best of its survivors
     */
    public static PortfolioAnalysis of(Portfolio p, PortfolioRuns runs, SelectionSummary selection) {
        int[] evaluated = runs.evaluated();
        int n = evaluated.length;
        double years = p.horizonYears();
        double[] baseOutcome = runs.of(0, p.outcome());
        double[] baseCost = runs.of(0, Metric.TOTAL_COST);
        List<Result> results = new ArrayList<>(n);
        double[] cost = new double[n];
        double[] gain = new double[n];
        for (int k = 0; k < n; k++) {
            int i = evaluated[k];
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
            meets &= p.officers(i) <= p.officersAtMost();
            boolean within = p.budget().allows(capital, running.meanDifference() / years, years);
            double high = Double.isNaN(running.ciHigh()) ? running.meanDifference() : running.ciHigh();
            boolean atRisk = within && !p.budget().allows(capital, high / years, years);
            Result r = new Result(i, levels, capital, running, g, means, within, atRisk, meets);
            results.add(r);
            cost[k] = r.cost();
            gain[k] = g.meanDifference();
        }
        CostEffectiveness.Plane plane = CostEffectiveness.of(cost, gain);
        Map<Integer, Integer> position = new HashMap<>();
        for (int k = 0; k < n; k++) position.put(evaluated[k], k);
        return new PortfolioAnalysis(p, results, position, plane, budgetCurve(results),
                recommend(results, position, runs, p, selection == null ? null : selection.survivors()), runs.failed(), selection, null);
    }

    /**
     * The portfolios in contention for selection, best first: feasible, estimable, recorded in each of
     * the first {@code n0} replications, and with outcomes that differ from every better one's (a
     * portfolio with exactly a better one's outcomes adds an option that changes nothing here).
     */
    public int[] contenders(PortfolioRuns runs, int n0) {
        List<Result> sorted = new ArrayList<>();
        for (Result r : results) {
            if (!r.feasible() || !estimable(r)) continue;
            double[] x = java.util.Arrays.copyOf(runs.of(r.index(), portfolio.outcome()), n0);
            boolean complete = true;
            for (double v : x) complete &= Double.isFinite(v);
            if (complete) sorted.add(r);
        }
        sorted.sort((a, b) -> better(a, b) ? -1 : better(b, a) ? 1 : 0);
        List<double[]> kept = new ArrayList<>();
        List<Integer> out = new ArrayList<>();
        for (Result r : sorted) {
            double[] x = java.util.Arrays.copyOf(runs.of(r.index(), portfolio.outcome()), n0);
            boolean twin = false;
            for (double[] k : kept) twin |= java.util.Arrays.equals(k, x);
            if (twin) continue;
            kept.add(x);
            out.add(r.index());
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Equal in every replication both have recorded (and both have at least one). */
    static boolean sameWhereBothRecorded(double[] a, double[] b) {
        int common = 0;
        for (int r = 0; r < a.length; r++) {
            if (!Double.isFinite(a[r]) || !Double.isFinite(b[r])) continue;
            if (a[r] != b[r]) return false;
            common++;
        }
        return common > 0;
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
    static boolean better(Result a, Result b) {
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
    private static Recommendation recommend(List<Result> results, Map<Integer, Integer> position, PortfolioRuns runs, Portfolio p,
                                            int[] survivors) {
        Result best = null;
        if (survivors != null) {
            // A survivor whose mean cost crossed the budget with more replications is out.
            for (int s : survivors) {
                Result r = results.get(position.get(s));
                if (r.feasible() && estimable(r) && (best == null || better(r, best))) best = r;
            }
        }
        boolean overBudget = survivors != null && best == null;
        // The same choice as a survivor found over budget (same outcomes and costs) is over budget too.
        java.util.Set<Integer> excluded = new java.util.HashSet<>();
        if (overBudget) {
            for (Result r : results) {
                for (int d : survivors) {
                    if (sameWhereBothRecorded(runs.of(d, p.outcome()), runs.of(r.index(), p.outcome()))
                            && sameWhereBothRecorded(runs.of(d, Metric.TOTAL_COST), runs.of(r.index(), Metric.TOTAL_COST))) {
                        excluded.add(r.index());
                    }
                }
            }
        }
        if (best == null) {
            for (Result r : results) {
                if (r.feasible() && estimable(r) && !excluded.contains(r.index()) && (best == null || better(r, best))) best = r;
            }
        }
        if (best == null) return new Recommendation(-1, -1, null, overBudget);
        double[] bestOutcome = runs.of(best.index(), p.outcome());
        Result second = null;
        for (Result r : results) {
            if (r == best || !r.feasible() || !estimable(r) || excluded.contains(r.index())) continue;
            if (sameWhereBothRecorded(bestOutcome, runs.of(r.index(), p.outcome()))) continue;
            if (second == null || better(r, second)) second = r;
        }
        if (second == null) return new Recommendation(best.index(), -1, null, overBudget);
        PairedDifference lead = PairedDifference.of(runs.of(second.index(), p.outcome()), bestOutcome);
        return new Recommendation(best.index(), second.index(), lead, overBudget);
    }
}
