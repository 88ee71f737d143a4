package org.bordersim.invest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.bordersim.experiment.Seeds;
import org.bordersim.files.InputException;
import org.bordersim.files.Json;
import org.bordersim.files.Problem;
import org.bordersim.metrics.Metric;
import org.bordersim.output.ResultsFolder;
import org.bordersim.output.OutputFile;
import org.bordersim.output.RunInfo;
import org.bordersim.sweep.Shard;
import org.bordersim.sweep.Sweep;
import org.bordersim.sweep.SweepFolder;
import org.bordersim.sweep.SweepRunner;
import org.bordersim.stats.PairedDifference;

/**
 * Answers a portfolio file in three stages, each an ordinary sweep run on the sweep engine inside
 * the portfolio's results folder: (1) every portfolio at {@code replications}; (2) ranking and
 * selection rounds that add replications to the feasible portfolios still in contention; (3) the
 * leading portfolios under each uncertain condition. The folder is {@code <name>-<hash>} under the
 * output root, and every stage's sweep is a pure function of the file and the stages before it,
 * so a second call (after a crash, a kill, or to redraw the report) finds every recorded run and
 * continues where the first stopped.
 */
public final class Investment {
    /** The portfolio file's effective copy in the results folder. */
    public static final String PORTFOLIO_COPY = "portfolio.json";
    /** The default indifference zone: this share of the base scenario's mean outcome. */
    public static final double DEFAULT_INDIFFERENCE_SHARE = 0.05;

    /** Tells about progress, stage by stage. */
    public interface Progress {
        /** A listener for the stage about to run, e.g. "selection round 2". */
        SweepRunner.Listener stage(String name);
    }

    /**
     * @param analysis null when only a shard of the first stage was run (the rest needs every portfolio)
     */
    public record Evaluated(Path folder, Sweep sweep, Path sweepFolder, SweepRunner.Outcome outcome, PortfolioAnalysis analysis) {
    }

    private Investment() {
    }

    public static Path folder(Path root, Portfolio p) {
        return root.resolve(p.name() + "-" + p.shortHash());
    }

    public static Evaluated run(Portfolio p, Path root, Shard shard, SweepRunner.Engine engine, int threads, RunInfo who,
                                Progress progress) throws IOException, InputException, InterruptedException {
        if (p.searched() && !shard.whole()) {
            throw new InputException(new Problem(p.file().toString(), "/options", "--shard splits the run of every portfolio, but "
                    + "this file's " + p.size() + " portfolios are searched (more than search.exhaustiveUpTo), generation by "
                    + "generation on one machine; run it without --shard"));
        }
        Path folder = folder(root, p);
        Files.createDirectories(folder);
        writeAtomically(folder.resolve(PORTFOLIO_COPY), Json.STRICT.writerWithDefaultPrettyPrinter().writeValueAsString(p.effective()) + "\n");
        Stages stages = new Stages(folder, engine, threads, who, progress);
        int n0 = p.replications();
        List<Metric> outputs = new ArrayList<>(PortfolioSweep.outputs(p));
        Sweep sweep;
        Path stage;
        int from;
        PortfolioRuns runs;
        if (!p.searched()) {
            sweep = PortfolioSweep.write(p, folder);
            stage = stages.run(sweep, shard, "every portfolio");
            if (!shard.whole()) return new Evaluated(folder, sweep, stage, stages.last, null);
            from = 0;
            runs = PortfolioRuns.empty(outputs, p.selection().maxReplications()).add(stage.resolve(OutputFile.RUNS.fileName()), null, 0);
        } else {
            // Every option alone (and the base), then the search, all on the first replications' seeds.
            from = n0;
            runs = PortfolioRuns.empty(outputs, n0 + p.selection().maxReplications());
            int[] alone = aloneAndBase(p);
            sweep = PortfolioSweep.writeList(folder, PortfolioSweep.listDocument(p, "options-alone", "The base and every option of "
                    + p.name() + " alone.", p.seed(), n0, Map.of(), alone));
            stage = stages.run(sweep, shard, "every option alone");
            runs.add(stage.resolve(OutputFile.RUNS.fileName()), alone, 0);
            PortfolioRuns into = runs;
            new PortfolioSearch(p, runs).run(p.search().population(), p.search().evaluations(), (portfolios, generation) -> {
                ObjectNode doc = PortfolioSweep.listDocument(p, "search-" + generation, "Generation " + generation + " of the search of "
                        + p.name() + ": " + portfolios.length + " portfolios not run before.", p.seed(), n0, Map.of(), portfolios);
                Path ran = stages.run(PortfolioSweep.writeList(folder, doc), Shard.WHOLE, "search, generation " + generation);
                into.add(ran.resolve(OutputFile.RUNS.fileName()), portfolios, 0);
            });
        }
        SweepRunner.Outcome outcome = stages.last;
        PortfolioAnalysis first = PortfolioAnalysis.of(p, runs);
        int[] contenders = first.contenders(runs, n0);
        if (p.searched()) {
            contenders = Arrays.copyOf(contenders, Math.min(contenders.length, p.search().contenders()));
            if (contenders.length >= 2) {
                // The search chose these on the first replications; selection starts on fresh ones.
                int[] points = withBase(contenders);
                ObjectNode doc = PortfolioSweep.listDocument(p, "selection-0", "Fresh replications of the " + contenders.length
                        + " best portfolios the search of " + p.name() + " found, and the base.", roundSeed(p.seed(), 0), n0, Map.of(), points);
                Path ran = stages.run(PortfolioSweep.writeList(folder, doc), Shard.WHOLE, "selection, fresh start");
                runs.add(ran.resolve(OutputFile.RUNS.fileName()), points, n0);
            }
        }
        PortfolioAnalysis.SelectionSummary selection = select(p, contenders, from, runs, stages);
        PortfolioAnalysis analysis = PortfolioAnalysis.of(p, runs, selection);
        if (!p.conditions().isEmpty() && analysis.recommendation().best() >= 0) {
            analysis = analysis.with(robustness(p, analysis, runs, stages));
        }
        return new Evaluated(folder, sweep, stage, outcome, analysis);
    }

    /** The base and every portfolio that changes one option only. */
    private static int[] aloneAndBase(Portfolio p) {
        List<Integer> out = new ArrayList<>(List.of(0));
        for (int o = 0; o < p.options().size(); o++) {
            for (int l = 1; l < p.options().get(o).levels().size(); l++) out.add(p.alone(o, l));
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Kim and Nelson's procedure on the feasible portfolios with distinct outcomes: rounds of
     * {@code batch} more replications for the portfolios still in (and the base, so that every gain
     * stays paired), until one is left or the run budget is spent. Round k's seeds derive from
     * {@link #roundSeed}, so its replications are new ones, shared by every portfolio of the round.
     */
    private static PortfolioAnalysis.SelectionSummary select(Portfolio p, int[] contenders, int from, PortfolioRuns runs, Stages stages)
            throws IOException, InputException, InterruptedException {
        int n0 = p.replications();
        if (contenders.length < 2) return null;
        Selection.Settings asked = p.selection();
        boolean defaulted = Double.isNaN(asked.indifference());
        double delta = defaulted ? defaultIndifference(p, runs) : asked.indifference();
        Selection.Settings settings = new Selection.Settings(delta, asked.confidence(), asked.maxReplications(), asked.batch());
        Selection selection = Selection.start(contenders, runs, p.outcome(), from, n0, settings);
        int have = from + n0;
        int end = from + settings.maxReplications();
        while (selection.remaining() > 1 && !selection.incomplete() && have < end) {
            selection.startRound();
            int batch = Math.min(settings.batch(), end - have);
            int[] points = withBase(selection.survivors());
            int round = selection.rounds();
            ObjectNode doc = PortfolioSweep.listDocument(p, "selection-" + round, "Selection round " + round + " of " + p.name()
                    + ": " + batch + " more replications of the " + (points.length - 1) + " portfolios still in contention, and the base.",
                    roundSeed(p.seed(), round), batch, Map.of(), points);
            Path stage = stages.run(PortfolioSweep.writeList(stages.folder, doc), Shard.WHOLE, "selection round " + round);
            runs.add(stage.resolve(OutputFile.RUNS.fileName()), points, have);
            have += batch;
            selection.screen(runs, p.outcome(), have);
        }
        int[] survivors = selection.survivors();
        int[] finalists = selection.finalists();
        int common = selection.rounds() == 0 ? from + n0 : have;
        double probability = Selection.bootstrapProbabilityBest(survivorBest(p, runs, survivors), finalists, runs, p.outcome(), from, common,
                Seeds.replication(p.seed(), -99));
        return new PortfolioAnalysis.SelectionSummary(contenders.length, selection.rounds(), selection.screened(), survivors, delta,
                defaulted, settings.confidence(), settings.maxReplications(), finalists.length, probability, selection.incomplete());
    }

    /** Round k's base seed: mix(seed, -100 - k), cut to the 53 bits a sweep file's seed may have. */
    static long roundSeed(long seed, int round) {
        return Seeds.replication(seed, -100 - round) & ((1L << 53) - 1);
    }

    /** The survivor with the highest mean outcome over all its replications. */
    private static int survivorBest(Portfolio p, PortfolioRuns runs, int[] survivors) {
        int best = survivors[0];
        double bestMean = Double.NEGATIVE_INFINITY;
        for (int s : survivors) {
            double sum = 0;
            int n = 0;
            for (double v : runs.of(s, p.outcome())) {
                if (Double.isFinite(v)) {
                    sum += v;
                    n++;
                }
            }
            if (n > 0 && sum / n > bestMean) {
                bestMean = sum / n;
                best = s;
            }
        }
        return best;
    }

    private static double defaultIndifference(Portfolio p, PortfolioRuns runs) {
        double sum = 0;
        int n = 0;
        for (double v : runs.of(0, p.outcome())) {
            if (Double.isFinite(v)) {
                sum += v;
                n++;
            }
        }
        double d = n == 0 ? 0 : DEFAULT_INDIFFERENCE_SHARE * Math.abs(sum / n);
        return d > 0 ? d : 1e-9;
    }

    private static int[] withBase(int[] portfolios) {
        if (Arrays.stream(portfolios).anyMatch(q -> q == 0)) return portfolios.clone();
        int[] out = new int[portfolios.length + 1];
        System.arraycopy(portfolios, 0, out, 1, portfolios.length);
        return out;
    }

    /**
     * The leading portfolios (the recommended one, then the next best feasible ones with other
     * outcomes) and the base under each condition, with the first stage's seeds, so that each
     * leader's gain under a condition is paired with its nominal gain.
     */
    private static Robustness robustness(Portfolio p, PortfolioAnalysis analysis, PortfolioRuns runs, Stages stages)
            throws IOException, InputException, InterruptedException {
        int n0 = p.replications();
        List<Integer> order = new ArrayList<>();
        order.add(analysis.recommendation().best());
        for (int c : analysis.contenders(runs, n0)) if (order.size() < p.leaders() && c != order.get(0)) order.add(c);
        int[] leaders = order.stream().mapToInt(Integer::intValue).toArray();
        int[] points = withBase(leaders);
        PairedDifference[] nominal = new PairedDifference[leaders.length];
        double[] base = Arrays.copyOf(runs.of(0, p.outcome()), n0);
        for (int l = 0; l < leaders.length; l++) nominal[l] = PairedDifference.of(base, Arrays.copyOf(runs.of(leaders[l], p.outcome()), n0));
        PairedDifference[][] gain = new PairedDifference[p.conditions().size()][leaders.length];
        int failed = 0;
        for (int c = 0; c < p.conditions().size(); c++) {
            Condition condition = p.conditions().get(c);
            ObjectNode doc = PortfolioSweep.listDocument(p, "condition-" + condition.name(), "The leading portfolios of " + p.name()
                    + " and the base under the condition '" + condition.label() + "'.", p.seed(), n0, condition.set(), points);
            Path stage = stages.run(PortfolioSweep.writeList(stages.folder, doc), Shard.WHOLE, "condition " + condition.name());
            PortfolioRuns under = PortfolioRuns.empty(List.of(p.outcome()), n0).add(stage.resolve(OutputFile.RUNS.fileName()), points, 0);
            failed += under.failed();
            for (int l = 0; l < leaders.length; l++) gain[c][l] = PairedDifference.of(under.of(0, p.outcome()), under.of(leaders[l], p.outcome()));
        }
        return new Robustness(leaders, p.conditions(), nominal, gain, failed);
    }

    /** Runs sweeps in the portfolio's folder: each in its own sweep folder, locked while it runs, resumed if it exists. */
    private static final class Stages {
        final Path folder;
        final SweepRunner.Engine engine;
        final int threads;
        final RunInfo who;
        final Progress progress;
        SweepRunner.Outcome last;

        Stages(Path folder, SweepRunner.Engine engine, int threads, RunInfo who, Progress progress) {
            this.folder = folder;
            this.engine = engine;
            this.threads = threads;
            this.who = who;
            this.progress = progress;
        }

        Path run(Sweep sweep, Shard shard, String name) throws IOException, InputException, InterruptedException {
            Path stage = SweepFolder.path(folder, sweep, shard);
            if (!Files.isDirectory(stage)) SweepFolder.create(folder, sweep, shard, who);
            try (SweepFolder.Lock lock = SweepFolder.lock(stage)) {
                last = engine.run(sweep, shard, stage, threads, progress.stage(name));
                SweepFolder.writeManifest(stage, sweep, shard, who, true);
            }
            return stage;
        }
    }

    static void writeAtomically(Path file, String text) throws IOException {
        ResultsFolder.writeAtomically(file, text);
    }
}
