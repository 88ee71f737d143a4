package org.bordersim.calibrate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import ec.util.MersenneTwisterFast;
import org.bordersim.experiment.Seeds;

/**
 * Approximate Bayesian computation by sequential Monte Carlo with an adaptive tolerance: the adaptive population
 * Monte Carlo scheme of Lenormand, Jabot and Deffuant (2013, "Adaptive approximate Bayesian computation for complex
 * models", Computational Statistics 28:2777-2796), which builds on Beaumont, Cornuet, Marin and Robert (2009,
 * Biometrika 96:983-990).
 *
 * <p>Generation 0 draws N particles from the uniform prior and simulates each. Every generation keeps the
 * {@code keep} x N particles nearest the observations; the tolerance is the distance of the last one kept. The next
 * generation draws N - kept new particles from the kept ones by weight, moves each by a Gaussian kernel with twice
 * their weighted covariance (redrawn until inside the prior's box), simulates them, and weights each by the prior over
 * the kernel density of the kept population; kept and new together give the next tolerance. It stops when the share
 * of new particles within the previous tolerance falls to {@code minAcceptance} (the posterior no longer narrows),
 * when the tolerance reaches {@code tolerance}, or when the budget is spent. The last kept particles, with their
 * weights, are the posterior sample.
 *
 * <p>Every proposal comes from a random stream seeded by (seed, generation) and every simulation's seed from (seed,
 * generation, index); simulations run in parallel and are read back by index, so the result does not depend on the
 * thread count, and a simulation recorded in the journal before a kill is read back instead of run again.
 */
public final class AbcSmc {
    /** Simulated targets of one particle, from its parameter values and its own seed; called from several threads. */
    public interface Simulator {
        double[] simulate(double[] theta, long seed);
    }

    /** Where finished simulations are kept, so that a killed calibration resumes without running them again. */
    public interface Journal {
        /** The simulated targets recorded for this simulation, or null. */
        double[] recorded(int generation, int index);

        /** Called once per finished simulation, from the thread that ran it. */
        void record(int generation, int index, long seed, double[] theta, double[] simulated);

        /** Reads again what other processes (shards) have recorded meanwhile. */
        default void refresh() {
        }
    }

    /**
     * Which simulations this process runs: those whose index is {@code index} modulo {@code count} (0-based); the
     * others it waits for in the journal, where the other shards record them.
     */
    public record Shard(int index, int count, long pollMillis) {
        public static final Shard WHOLE = new Shard(0, 1, 0);

        boolean mine(int simulation) {
            return simulation % count == index;
        }
    }

    /** A journal that keeps nothing. */
    public static final Journal NO_JOURNAL = new Journal() {
        @Override
        public double[] recorded(int generation, int index) {
            return null;
        }

        @Override
        public void record(int generation, int index, long seed, double[] theta, double[] simulated) {
        }
    };

    public record Settings(int particles, double keep, double minAcceptance, double tolerance, long maxSimulations) {
        int kept() {
            return Math.max(2, (int) Math.floor(keep * particles));
        }
    }

    /**
     * The particles kept at the end of a generation, nearest first.
     *
     * @param acceptance the share of this generation's new particles within the previous tolerance (NaN for generation 0)
     * @param simulations simulations run in all, up to this generation
     * @param importance each particle's importance weight, prior density over proposal density (1 for a draw from the
     *                   prior), on one scale across generations; {@link #weights()} normalises them
     */
    public record Generation(int number, double tolerance, double acceptance, long simulations, double[][] theta,
                             double[] importance, double[] distances, double[][] simulated) {
        /** The posterior weights: the importance weights, summing to 1. */
        public double[] weights() {
            double sum = 0;
            for (double w : importance) sum += w;
            double[] w = new double[importance.length];
            for (int i = 0; i < w.length; i++) w[i] = importance[i] / sum;
            return w;
        }

        /** Kish's effective sample size of the weighted particles. */
        public double effectiveSize() {
            double sumSquares = 0;
            for (double w : weights()) sumSquares += w * w;
            return 1 / sumSquares;
        }
    }

    public enum Stop {
        ACCEPTANCE("the share of new particles within the tolerance fell to the minimum: the posterior no longer narrows"),
        TOLERANCE("the tolerance reached the one asked for"),
        BUDGET("the simulation budget is spent");

        private final String why;

        Stop(String why) {
            this.why = why;
        }

        public String why() {
            return why;
        }
    }

    public record Result(List<Generation> generations, Stop stop) {
        public Generation last() {
            return generations.get(generations.size() - 1);
        }
    }

    private final double[] low;
    private final double[] high;
    private final Settings settings;
    private final long seed;
    private final Simulator simulator;
    private final ToDoubleFunction<double[]> distance;
    private final Journal journal;
    private final int threads;
    private final Shard shard;

    /**
     * @param distance how far simulated targets lie from the observations (0 at a perfect fit)
     */
    public AbcSmc(double[] low, double[] high, Settings settings, long seed, Simulator simulator,
                  ToDoubleFunction<double[]> distance, Journal journal, int threads) {
        this(low, high, settings, seed, simulator, distance, journal, threads, Shard.WHOLE);
    }

    /** @param shard the part of every generation this process simulates (the whole of it unless sharded) */
    public AbcSmc(double[] low, double[] high, Settings settings, long seed, Simulator simulator,
                  ToDoubleFunction<double[]> distance, Journal journal, int threads, Shard shard) {
        this.shard = shard;
        this.low = low.clone();
        this.high = high.clone();
        this.settings = settings;
        this.seed = seed;
        this.simulator = simulator;
        this.distance = distance;
        this.journal = journal;
        this.threads = threads;
    }

    /** Runs the calibration; {@code progress} hears each generation as it ends. */
    public Result run(Consumer<Generation> progress) throws InterruptedException {
        int n = settings.particles();
        int kept = settings.kept();
        List<Generation> generations = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            MersenneTwisterFast random = new MersenneTwisterFast(Seeds.calibrationProposals(seed, 0));
            double[][] theta = new double[n][];
            for (int i = 0; i < n; i++) theta[i] = fromPrior(random);
            double[][] simulated = simulate(pool, 0, theta);
            double[] weights = new double[n];
            Arrays.fill(weights, 1.0);
            long simulations = n;
            Generation g = keepNearest(0, Double.NaN, simulations, theta, weights, simulated, kept);
            generations.add(g);
            progress.accept(g);
            Stop stop = null;
            for (int t = 1; stop == null; t++) {
                if (g.tolerance() <= settings.tolerance()) {
                    stop = Stop.TOLERANCE;
                    break;
                }
                if (simulations >= settings.maxSimulations()) {
                    stop = Stop.BUDGET;
                    break;
                }
                random = new MersenneTwisterFast(Seeds.calibrationProposals(seed, t));
                Kernel kernel = new Kernel(g.theta(), g.weights());
                int fresh = n - kept;
                double[][] proposed = new double[fresh][];
                for (int i = 0; i < fresh; i++) proposed[i] = kernel.propose(random);
                double[][] sims = simulate(pool, t, proposed);
                simulations += fresh;
                double[] freshWeights = new double[fresh];
                int within = 0;
                for (int i = 0; i < fresh; i++) {
                    freshWeights[i] = priorDensity() / kernel.mixtureDensity(proposed[i]);
                    if (distance.applyAsDouble(sims[i]) <= g.tolerance()) within++;
                }
                double acceptance = within / (double) fresh;
                double[][] allTheta = concat(g.theta(), proposed);
                double[][] allSims = concat(g.simulated(), sims);
                double[] allWeights = new double[n];
                System.arraycopy(g.importance(), 0, allWeights, 0, kept);
                System.arraycopy(freshWeights, 0, allWeights, kept, fresh);
                g = keepNearest(t, acceptance, simulations, allTheta, allWeights, allSims, kept);
                generations.add(g);
                progress.accept(g);
                if (acceptance <= settings.minAcceptance()) stop = Stop.ACCEPTANCE;
            }
            return new Result(List.copyOf(generations), stop);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The generation number under which posterior-predictive simulations are seeded and journalled. */
    public static final int PREDICTIVE = 1_000_000;

    /**
     * Posterior-predictive simulations: {@code draws} particles drawn by weight from the last generation, each
     * simulated afresh with its own seed. Unlike the kept particles' own simulations, which were kept because they came
     * near the observations, these show what the calibrated model produces.
     */
    public double[][] predictive(Generation g, int draws) throws InterruptedException {
        MersenneTwisterFast random = new MersenneTwisterFast(Seeds.calibrationProposals(seed, PREDICTIVE));
        double[] w = g.weights();
        double[][] theta = new double[draws][];
        for (int i = 0; i < draws; i++) theta[i] = g.theta()[Kernel.pick(w, random)];
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            return simulate(pool, PREDICTIVE, theta);
        } finally {
            pool.shutdownNow();
        }
    }

    private double[] fromPrior(MersenneTwisterFast random) {
        double[] x = new double[low.length];
        for (int k = 0; k < x.length; k++) x[k] = low[k] + random.nextDouble() * (high[k] - low[k]);
        return x;
    }

    /** The uniform prior's density inside its box. */
    private double priorDensity() {
        double volume = 1;
        for (int k = 0; k < low.length; k++) volume *= high[k] - low[k];
        return 1 / volume;
    }

    private boolean inPrior(double[] x) {
        for (int k = 0; k < x.length; k++) if (!(x[k] >= low[k] && x[k] <= high[k])) return false;
        return true;
    }

    /** The particles nearest the observations (ties by order), their distance the new tolerance; weights sum to 1. */
    private Generation keepNearest(int t, double acceptance, long simulations, double[][] theta, double[] weights,
                                   double[][] simulated, int kept) {
        double[] d = new double[theta.length];
        for (int i = 0; i < d.length; i++) d[i] = distance.applyAsDouble(simulated[i]);
        Integer[] order = IntStream.range(0, d.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> d[i]).thenComparingInt(i -> i));
        double[][] th = new double[kept][];
        double[][] sims = new double[kept][];
        double[] w = new double[kept];
        double[] dist = new double[kept];
        for (int k = 0; k < kept; k++) {
            int i = order[k];
            th[k] = theta[i];
            sims[k] = simulated[i];
            w[k] = weights[i];
            dist[k] = d[i];
        }
        return new Generation(t, dist[kept - 1], acceptance, simulations, th, w, dist, sims);
    }

    private double[][] simulate(ExecutorService pool, int generation, double[][] theta) throws InterruptedException {
        double[][] out = new double[theta.length][];
        List<Future<double[]>> futures = new ArrayList<>(theta.length);
        List<Integer> elsewhere = new ArrayList<>();
        for (int i = 0; i < theta.length; i++) {
            double[] known = journal.recorded(generation, i);
            if (known != null || !shard.mine(i)) {
                out[i] = known;
                if (known == null) elsewhere.add(i);
                futures.add(null);
                continue;
            }
            int index = i;
            long s = simulationSeed(generation, i);
            futures.add(pool.submit(() -> {
                double[] sim = simulator.simulate(theta[index], s);
                journal.record(generation, index, s, theta[index], sim);
                return sim;
            }));
        }
        for (int i = 0; i < theta.length; i++) {
            if (futures.get(i) == null) continue;
            try {
                out[i] = futures.get(i).get();
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException r) throw r;
                if (cause instanceof Error err) throw err;
                throw new IllegalStateException(cause);
            }
        }
        // The other shards' simulations of this generation, as they record them.
        while (!elsewhere.isEmpty()) {
            journal.refresh();
            elsewhere.removeIf(i -> (out[i] = journal.recorded(generation, i)) != null);
            if (!elsewhere.isEmpty()) Thread.sleep(shard.pollMillis());
        }
        return out;
    }

    /** The seed of simulation {@code index} of {@code generation}. */
    public long simulationSeed(int generation, int index) {
        return Seeds.calibrationSimulation(seed, generation, index);
    }

    private static double[][] concat(double[][] a, double[][] b) {
        double[][] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** The Gaussian move: covariance twice the kept particles' weighted covariance (Beaumont et al. 2009). */
    private final class Kernel {
        private final double[][] lower;
        private final double[][] precision;
        /** The Gaussian's normalising constant, (2 pi)^(-d/2) |covariance|^(-1/2). */
        private final double constant;
        private final double[][] centres;
        private final double[] weights;

        Kernel(double[][] theta, double[] weights) {
            this.centres = theta;
            this.weights = weights;
            int dims = low.length;
            double[] mean = new double[dims];
            for (int i = 0; i < theta.length; i++) for (int k = 0; k < dims; k++) mean[k] += weights[i] * theta[i][k];
            double[][] cov = new double[dims][dims];
            for (int i = 0; i < theta.length; i++) {
                for (int a = 0; a < dims; a++) {
                    for (int b = 0; b < dims; b++) cov[a][b] += weights[i] * (theta[i][a] - mean[a]) * (theta[i][b] - mean[b]);
                }
            }
            for (int a = 0; a < dims; a++) {
                for (int b = 0; b < dims; b++) cov[a][b] *= 2;
                // A parameter all kept particles agree on still moves a little, so the kernel stays a density.
                double floor = 1e-10 * (high[a] - low[a]) * (high[a] - low[a]);
                cov[a][a] = Math.max(cov[a][a], floor) + floor;
            }
            CholeskyDecomposition cholesky = new CholeskyDecomposition(new Array2DRowRealMatrix(cov), 1e-12, 1e-15);
            this.lower = cholesky.getL().getData();
            this.precision = cholesky.getSolver().getInverse().getData();
            double logDeterminantRoot = 0;
            for (int a = 0; a < dims; a++) logDeterminantRoot += Math.log(lower[a][a]);
            this.constant = Math.exp(-0.5 * dims * Math.log(2 * Math.PI) - logDeterminantRoot);
        }

        double[] propose(MersenneTwisterFast random) {
            int dims = low.length;
            for (int attempt = 0; ; attempt++) {
                int j = pick(weights, random);
                double[] z = new double[dims];
                for (int k = 0; k < dims; k++) z[k] = random.nextGaussian();
                double[] x = new double[dims];
                for (int a = 0; a < dims; a++) {
                    double v = centres[j][a];
                    for (int b = 0; b <= a; b++) v += lower[a][b] * z[b];
                    x[a] = v;
                }
                if (inPrior(x)) return x;
                // A particle pressed against the prior's edge by a wide kernel: stay put rather than search forever.
                if (attempt > 10_000) return centres[j].clone();
            }
        }

        /** The proposal's density at x: the sum over the kept particles of weight x kernel density. */
        double mixtureDensity(double[] x) {
            int dims = low.length;
            double sum = 0;
            double[] diff = new double[dims];
            for (int j = 0; j < centres.length; j++) {
                for (int k = 0; k < dims; k++) diff[k] = x[k] - centres[j][k];
                double q = 0;
                for (int a = 0; a < dims; a++) {
                    double row = 0;
                    for (int b = 0; b < dims; b++) row += precision[a][b] * diff[b];
                    q += diff[a] * row;
                }
                sum += weights[j] * Math.exp(-0.5 * q);
            }
            return constant * sum;
        }

        private static int pick(double[] weights, MersenneTwisterFast random) {
            double u = random.nextDouble();
            double c = 0;
            for (int i = 0; i < weights.length; i++) {
                c += weights[i];
                if (u < c) return i;
            }
            return weights.length - 1;
        }
    }
}
