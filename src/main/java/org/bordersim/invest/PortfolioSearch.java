package org.bordersim.invest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.bordersim.files.InputException;
import org.bordersim.metrics.Metric;
import org.moeaframework.algorithm.NSGAII;
import org.moeaframework.core.PRNG;
import org.moeaframework.core.Solution;
import org.moeaframework.core.constraint.LessThanOrEqual;
import org.moeaframework.core.objective.Maximize;
import org.moeaframework.core.objective.Minimize;
import org.moeaframework.core.variable.BinaryIntegerVariable;
import org.moeaframework.problem.AbstractProblem;

/**
 * The search of an option space too large to run in full: NSGA-II (Deb et al. 2002, MOEA
 * Framework) on two objectives, the least extra cost and the most gain, with the budget and the
 * constraints as one constraint (their summed relative violation), so that its non-dominated set
 * is the efficient frontier within the budget, the thing a donor asks for.
 *
 * <p>Noise: every portfolio is evaluated on the same replications (common random numbers), so the
 * search optimises one fixed sample-average problem; an elitist algorithm is then never misled by
 * a portfolio's lucky re-evaluation, because there are no re-evaluations. What is left is the
 * winner's curse of that sample, which is why selection afterwards runs the best ones on fresh
 * replications. Each generation's new portfolios run as one batch on the sweep engine.
 */
final class PortfolioSearch {
    /** Runs a batch of portfolios (never seen before) and records them in the runs. */
    interface Batch {
        void run(int[] portfolios, int generation) throws IOException, InputException, InterruptedException;
    }

    /** A checked failure of a batch, carried out of MOEA Framework's unchecked evaluation. */
    private static final class BatchFailed extends RuntimeException {
        BatchFailed(Exception cause) {
            super(cause);
        }
    }

    private final Portfolio portfolio;
    private final PortfolioRuns runs;
    private final int replications;

    PortfolioSearch(Portfolio portfolio, PortfolioRuns runs) {
        this.portfolio = portfolio;
        this.runs = runs;
        this.replications = portfolio.replications();
    }

    /**
     * Searches until {@code evaluations} portfolios besides those already run are evaluated, or three
     * generations in a row bring no new portfolio.
     *
     * @return how many generations ran
     */
    int run(int population, int evaluations, Batch batch) throws IOException, InputException, InterruptedException {
        int before = runs.evaluated().length;
        Problem problem = new Problem();
        PRNG.setSeed(portfolio.seed());
        Search nsga = new Search(problem, population, batch);
        try {
            int stale = 0;
            while (runs.evaluated().length - before < evaluations && stale < 3) {
                int seen = runs.evaluated().length;
                nsga.step();
                stale = runs.evaluated().length == seen ? stale + 1 : 0;
            }
        } catch (BatchFailed e) {
            if (e.getCause() instanceof IOException io) throw io;
            if (e.getCause() instanceof InputException in) throw in;
            if (e.getCause() instanceof InterruptedException stop) throw stop;
            throw new IllegalStateException(e.getCause());
        }
        return nsga.generation;
    }

    /** The portfolio a solution stands for. */
    int portfolioOf(Solution s) {
        int[] levels = BinaryIntegerVariable.getInt(s);
        int index = 0;
        for (int o = 0; o < levels.length; o++) index = index * portfolio.options().get(o).levels().size() + levels[o];
        return index;
    }

    /** Cost, gain and the summed relative violation of budget and constraints, on the first replications. */
    private void objectives(Solution s) {
        int p = portfolioOf(s);
        double cost = portfolio.capitalCost(p) + meanDifference(runs.of(0, Metric.TOTAL_COST), runs.of(p, Metric.TOTAL_COST));
        double gain = meanDifference(runs.of(0, portfolio.outcome()), runs.of(p, portfolio.outcome()));
        double violation = 0;
        Budget b = portfolio.budget();
        double years = portfolio.horizonYears();
        double capital = portfolio.capitalCost(p);
        if (!Double.isNaN(b.perYear())) violation += Math.max(0, capital + (cost - capital) / years - b.perYear()) / b.perYear();
        if (!Double.isNaN(b.total())) violation += Math.max(0, cost - b.total()) / b.total();
        for (Constraint c : portfolio.constraints()) {
            double mean = meanDifference(new double[replications], runs.of(p, c.output()));
            double over = c.atMost() ? mean - c.bound() : c.bound() - mean;
            violation += Math.max(0, over) / Math.max(1e-9, Math.abs(c.bound()));
        }
        if (portfolio.officers(p) > portfolio.officersAtMost()) {
            violation += (portfolio.officers(p) - portfolio.officersAtMost()) / (double) Math.max(1, portfolio.officersAtMost());
        }
        boolean known = Double.isFinite(cost) && Double.isFinite(gain) && Double.isFinite(violation);
        s.setObjectiveValue(0, known ? cost : Double.MAX_VALUE);
        s.setObjectiveValue(1, known ? gain : -Double.MAX_VALUE);
        s.setConstraintValue(0, known ? violation : Double.MAX_VALUE);
    }

    /** Mean of b - a over the first replications where both are recorded (NaN if none). */
    private double meanDifference(double[] a, double[] b) {
        double sum = 0;
        int n = 0;
        for (int r = 0; r < replications; r++) {
            if (Double.isFinite(a[r]) && Double.isFinite(b[r])) {
                sum += b[r] - a[r];
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    private final class Problem extends AbstractProblem {
        Problem() {
            super(portfolio.options().size(), 2, 1);
        }

        @Override
        public void evaluate(Solution solution) {
            objectives(solution);
        }

        @Override
        public Solution newSolution() {
            Solution s = new Solution(getNumberOfVariables(), 2, 1);
            for (int o = 0; o < getNumberOfVariables(); o++) {
                s.setVariable(o, new BinaryIntegerVariable(0, portfolio.options().get(o).levels().size() - 1));
            }
            s.setObjective(0, new Minimize());
            s.setObjective(1, new Maximize());
            s.setConstraint(0, new LessThanOrEqual(0.0));
            return s;
        }
    }

    /** NSGA-II whose evaluations of a generation run as one batch of new portfolios. */
    private final class Search extends NSGAII {
        private final Batch batch;
        int generation;

        Search(Problem problem, int population, Batch batch) {
            super(problem);
            setInitialPopulationSize(population);
            this.batch = batch;
        }

        @Override
        public void evaluateAll(Iterable<Solution> solutions) {
            List<Solution> all = new ArrayList<>();
            solutions.forEach(all::add);
            Set<Integer> fresh = new LinkedHashSet<>();
            for (Solution s : all) {
                int p = portfolioOf(s);
                if (!runs.has(p)) fresh.add(p);
            }
            if (!fresh.isEmpty()) {
                generation++;
                try {
                    batch.run(fresh.stream().mapToInt(Integer::intValue).toArray(), generation);
                } catch (IOException | InputException | InterruptedException e) {
                    throw new BatchFailed(e);
                }
            }
            for (Solution s : all) {
                objectives(s);
                numberOfEvaluations++;
            }
        }
    }
}
