package org.bordersim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import org.bordersim.files.InputException;
import org.bordersim.invest.Investment;
import org.bordersim.invest.Portfolio;
import org.bordersim.invest.PortfolioAnalysis;
import org.bordersim.invest.PortfolioLoader;
import org.bordersim.metrics.Numbers;
import org.bordersim.output.RunInfo;
import org.bordersim.report.InvestReport;
import org.bordersim.sweep.Shard;
import org.bordersim.sweep.SweepRunner;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "invest", mixinStandardHelpOptions = true,
        description = {"Answers a donor's question: which mix of investment options buys the most for a budget.", "",
                "Runs every portfolio (every combination of the options' levels) with common random numbers against the base "
                        + "scenario, on the sweep engine, and writes <portfolio>-<hash>/ under the output root: portfolios.csv, "
                        + "options.csv, budget-curve.csv, charts and brief.html (the one-page donor brief).",
                "",
                "Killed or interrupted? Run the same command again: it continues in the same folder and never reruns a "
                        + "recorded replication. On a cluster, give each job --shard i/N, join the shard folders inside the "
                        + "portfolio's folder with 'bordersim merge ... --out <portfolio folder>', then run invest once more."},
        footer = {"", "Exit status: 0 done, 1 internal error, 2 invalid portfolio, scenario or option, 3 output cannot be written."})
final class InvestCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PORTFOLIO", description = "Portfolio file (JSON), e.g. scenarios/portfolios/baseline-5yr.json.")
    Path portfolioFile;

    @Option(names = "--shard", paramLabel = "i/N", description = "Run only part i of N of the portfolios' runs.")
    String shardText;

    @CommandLine.Mixin
    OutputOptions output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Integer refused = output.refusal(stderr);
        if (refused != null) return refused;
        Shard shard = Console.shard(stderr, shardText);
        if (shard == null) return BorderSimCommand.EXIT_INVALID_INPUT;
        Portfolio portfolio;
        try {
            portfolio = PortfolioLoader.load(portfolioFile);
        } catch (InputException e) {
            return Console.invalid(stderr, e);
        }
        String length = portfolio.days() == 365 ? "1 year" : portfolio.days() + " days";
        if (portfolio.searched()) {
            stdout.printf("%s: %,d possible portfolios, searched (NSGA-II: at most %d run besides each option alone), "
                    + "%d replications of %s each%n", portfolio.name(), portfolio.size(), portfolio.search().evaluations(),
                    portfolio.replications(), length);
        } else {
            stdout.printf("%s: %d portfolios x %d replications = %d runs of %s%n", portfolio.name(), portfolio.size(),
                    portfolio.replications(), portfolio.size() * portfolio.replications(), length);
        }
        stdout.flush();
        RunInfo who = new RunInfo(Version.current(), Console.commandLine(spec), output.threads);
        Path folder = Investment.folder(output.out, portfolio);
        Investment.Evaluated done;
        ProgressBar[] bar = new ProgressBar[1];
        try {
            done = Investment.run(portfolio, output.out, shard, SweepRunner.LOCAL, output.threads, who, progress(stderr, bar));
        } catch (InputException e) {
            return Console.invalid(stderr, e);
        } catch (IOException e) {
            return Console.outputError(stderr, "the portfolio's folder " + folder.toAbsolutePath(), e,
                    "The runs recorded so far are kept; free space or fix permissions, then run the same command to continue.");
        } finally {
            if (bar[0] != null) bar[0].close();
        }
        if (done.analysis() == null) {
            stdout.printf("shard %d/%d recorded in %s%nwhen every shard is done: bordersim merge <the %d shard folders> --out %s, "
                    + "then run this command again without --shard%n", shard.index(), shard.count(), done.sweepFolder(), shard.count(), folder);
            stdout.flush();
            return 0;
        }
        try {
            InvestReport.write(folder, done.analysis(), Version.current());
        } catch (IOException e) {
            return Console.outputError(stderr, "the report in " + folder.toAbsolutePath(), e,
                    "Every run is recorded; free space or fix permissions, then run the same command to write the report.");
        }
        stdout.print(summary(done.analysis()));
        stdout.printf("%nresults: %s%nbrief:   %s%n", folder, folder.resolve(InvestReport.BRIEF));
        stdout.flush();
        return 0;
    }

    private static String summary(PortfolioAnalysis a) {
        Portfolio p = a.portfolio();
        StringBuilder s = new StringBuilder();
        PortfolioAnalysis.Recommendation rec = a.recommendation();
        if (rec.best() < 0) return "no portfolio fits the budget and meets the constraints (see the budget-outcome curve)\n";
        PortfolioAnalysis.Result best = a.result(rec.best());
        s.append("recommended: ").append(InvestReport.described(p, best)).append('\n');
        s.append(String.format("  extra cost %s %s [%s, %s]; gain in %s %s [%s, %s]%n", Numbers.readable(best.cost()), p.budget().currency(),
                Numbers.readable(best.costLow()), Numbers.readable(best.costHigh()), p.outcome().column(),
                Numbers.readable(best.gain().meanDifference()), Numbers.readable(best.gain().ciLow()), Numbers.readable(best.gain().ciHigh())));
        if (rec.runnerUp() >= 0) {
            s.append("  ahead of the runner-up (").append(InvestReport.described(p, a.result(rec.runnerUp()))).append(") by ")
                    .append(Numbers.readable(rec.lead().meanDifference())).append(" [").append(Numbers.readable(rec.lead().ciLow()))
                    .append(", ").append(Numbers.readable(rec.lead().ciHigh())).append("]")
                    .append(rec.separated() ? "" : ": not separated at these replications").append('\n');
        }
        PortfolioAnalysis.SelectionSummary sel = a.selection();
        if (sel != null) {
            s.append(sel.separated()
                    ? String.format("  selection: separated from %d contenders after %d replications (best or within %s of it with "
                            + "probability >= %s; best in %s of bootstrap resamples)%n", sel.contenders(), sel.replications(),
                            Numbers.readable(sel.indifference()), Numbers.readable(sel.confidence()), InvestReport.percent(sel.probabilityBest()))
                    : String.format("  selection: %d of %d contenders not separated after %d replications (the run budget)%n",
                            sel.survivors().length, sel.contenders(), sel.replications()));
        }
        if (a.robustness() != null) {
            var r = a.robustness();
            for (int c = 0; c < r.conditions().size(); c++) {
                s.append(String.format("  under '%s': gain %s (%s of nominal), regret %s%n", r.conditions().get(c).label(),
                        Numbers.readable(r.gain()[c][0].meanDifference()), InvestReport.percent(1 - r.lossOfAdvantage(c, 0)),
                        Numbers.readable(r.regret(c, 0))));
            }
        }
        return s.toString();
    }

    /** One progress bar per stage, named after it; the previous stage's bar is closed when the next starts. */
    private Investment.Progress progress(PrintWriter stderr, ProgressBar[] bar) {
        return name -> new SweepRunner.Listener() {
            @Override
            public void started(int runsInShard, int alreadyRecorded, boolean repairedLastRow) {
                if (bar[0] != null) bar[0].close();
                if (repairedLastRow) stderr.println("cut off a partly written last row of " + name + "'s runs.csv; that run is done again");
                if (alreadyRecorded > 0) stderr.println(name + ": resuming, " + alreadyRecorded + " of " + runsInShard + " runs already recorded");
                stderr.flush();
                bar[0] = Console.progressBar(name, runsInShard, alreadyRecorded, output.quiet);
            }

            @Override
            public void recorded(int run, String error) {
                bar[0].step();
                if (error != null && !output.quiet) {
                    synchronized (stderr) {
                        stderr.println(name + ": run " + run + " failed: " + error + " (see failures.log)");
                        stderr.flush();
                    }
                }
            }
        };
    }
}
