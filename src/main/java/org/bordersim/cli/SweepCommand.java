package org.bordersim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import org.bordersim.experiment.MemoryBudget;
import org.bordersim.files.InputException;
import org.bordersim.output.OutputFile;
import org.bordersim.output.ResultsFolder;
import org.bordersim.output.RunInfo;
import org.bordersim.report.SweepReport;
import org.bordersim.sweep.Shard;
import org.bordersim.sweep.Sweep;
import org.bordersim.sweep.SweepAnalysis;
import org.bordersim.sweep.SweepFolder;
import org.bordersim.sweep.SweepLoader;
import org.bordersim.sweep.SweepRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Runs a parameter sweep: a design of points x replications, streamed to disk, resumable.", "",
                "Writes <sweep>-<hash>/ under the output root and appends one row per run to its runs.csv as runs "
                        + "finish (in run order, so the file is the same whatever the thread count). A run that fails "
                        + "is recorded as failed (details in failures.log) and the sweep carries on. When every run is "
                        + "recorded it writes points.csv (mean and 95%% CI per point), sensitivity.csv (Sobol or Morris "
                        + "designs), runs.parquet, charts and report.html.",
                "",
                "Killed or interrupted? Run the same command with --resume: it continues in the same folder, skipping "
                        + "the runs already recorded and repairing a row cut short.",
                "",
                "On a cluster, give each job --shard i/N (i = 1..N) and join the shard folders with 'bordersim merge'."},
        footer = {"", "Exit status: 0 all runs recorded (some may have failed; see the summary), 1 internal error, "
                + "2 invalid sweep, scenario or option, 3 output cannot be written."})
final class SweepCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SWEEP", description = "Sweep file (JSON), e.g. scenarios/sweeps/staffing-turnover.json.")
    Path sweepFile;

    @Option(names = "--resume", description = "Continue the sweep's folder under --out if it exists (start it otherwise).")
    boolean resume;

    @Option(names = "--force", description = "Start the sweep again although its folder exists. The old folder is "
            + "moved aside (hidden) and deleted only when the new sweep has recorded every run.")
    boolean force;

    @Option(names = "--shard", paramLabel = "i/N", description = "Run only part i of N (runs k with k mod N = i - 1).")
    String shardText;

    @CommandLine.Mixin
    OutputOptions output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Where the runs are computed: this process's threads, or a cluster (see {@link BorderSimCommand#sweepOn}). */
    private final SweepRunner.Engine engine;

    SweepCommand() {
        this(SweepRunner.LOCAL);
    }

    SweepCommand(SweepRunner.Engine engine) {
        this.engine = engine;
    }

    /** The sweep folder's lock, held from the first look at the folder until the report is written. */
    private SweepFolder.Lock lock;

    @Override
    public Integer call() throws Exception {
        try {
            return sweep();
        } finally {
            if (lock != null) lock.close();
        }
    }

    private int sweep() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Integer refused = output.refusal(stderr);
        if (refused != null) return refused;
        if (force && resume) return Console.usage(stderr, "give --resume (continue the sweep) or --force (start it again), not both");
        Shard shard = Console.shard(stderr, shardText);
        if (shard == null) return BorderSimCommand.EXIT_INVALID_INPUT;

        Sweep sweep;
        try {
            sweep = SweepLoader.load(sweepFile);
        } catch (InputException e) {
            return Console.invalid(stderr, e);
        }
        String tooBig = MemoryBudget.refusal(String.format(Locale.ROOT, "the analysis of %,d points x %d outputs",
                sweep.design().points(), sweep.outputs().size()), SweepAnalysis.bytesNeeded(sweep));
        if (tooBig != null) return Console.usage(stderr, sweepFile + ": " + tooBig + " (fewer points, or split the sweep)");
        RunInfo who = new RunInfo(Version.current(), Console.commandLine(spec), output.threads);
        Path folder = SweepFolder.path(output.out, sweep, shard);
        SweepRunner.Outcome outcome;
        Path replaced = null;
        try {
            if (Files.isDirectory(folder)) lock = SweepFolder.lock(folder);
            if (force && lock != null) {
                replaced = SweepFolder.replacedName(folder, System.currentTimeMillis());
                Files.move(folder, replaced);
                lock.close(); // it locked the folder now moved aside
                lock = null;
                stderr.println("--force: the earlier folder is kept as " + replaced + " until this sweep has recorded every run");
            }
            if (lock == null || !resume) {
                if (resume) stderr.println("nothing to resume in " + folder + "; starting the sweep");
                SweepFolder.create(output.out, sweep, shard, who);
            }
            if (lock == null) lock = SweepFolder.lock(folder);
            outcome = runWithProgress(sweep, shard, folder, stderr);
            SweepFolder.writeManifest(folder, sweep, shard, who, true);
            // Earlier folders moved aside by a --force that was interrupted are superseded now too.
            for (Path old : SweepFolder.replacedCopies(folder)) {
                ResultsFolder.deleteTree(old);
                if (!old.equals(replaced)) stderr.println("removed " + old + ", the earlier folder kept by an interrupted --force");
            }
        } catch (InputException e) {
            return Console.invalid(stderr, e);
        } catch (IOException e) {
            return Console.outputError(stderr, "the sweep folder " + folder.toAbsolutePath(), e,
                    "The runs recorded so far are kept; free space or fix permissions, then add --resume to continue."
                            + (replaced == null ? "" : " The earlier folder is kept as " + replaced + "."));
        }

        for (String w : SweepReport.warnings(sweep)) stderr.println(w);
        stdout.printf("%s: %s design, %d points x %d replications = %d runs%n", sweep.name(), sweep.design().type(),
                sweep.design().points(), sweep.replications(), sweep.runs());
        if (!shard.whole()) {
            stdout.printf("shard %d/%d: %d runs recorded (%d this time, %d failed this time)%n", shard.index(), shard.count(),
                    outcome.runsInShard(), outcome.ran(), outcome.failed());
            stdout.printf("folder: %s%nwhen every shard is done: bordersim merge <the %d shard folders> --out %s%n", folder,
                    shard.count(), output.out);
            stdout.flush();
            return 0;
        }
        try {
            SweepAnalysis analysis = SweepAnalysis.of(sweep, folder.resolve(OutputFile.RUNS.fileName()));
            SweepReport.write(folder, analysis, Version.current());
            stdout.printf("%d runs recorded (%d this time), %d failed%s%n", outcome.runsInShard(), outcome.ran(),
                    analysis.runsFailed(), analysis.runsFailed() > 0 ? " (see " + folder.resolve(OutputFile.FAILURES.fileName()) + ")" : "");
            stdout.print(SweepSummaryTable.text(analysis));
            if (analysis.runsFailed() > 0) {
                stderr.printf("WARNING: %d of %d runs failed and are left out of every statistic; see %s%n",
                        analysis.runsFailed(), sweep.runs(), folder.resolve(OutputFile.FAILURES.fileName()));
                stderr.flush();
            }
        } catch (IOException e) {
            return Console.outputError(stderr, "the sweep's report in " + folder.toAbsolutePath(), e,
                    "runs.csv is complete; free space or fix permissions, then --resume writes the report again.");
        }
        stdout.printf("%nresults: %s%nreport:  %s%n", folder, folder.resolve(OutputFile.REPORT.fileName()));
        stdout.flush();
        return 0;
    }

    private SweepRunner.Outcome runWithProgress(Sweep sweep, Shard shard, Path folder, PrintWriter stderr)
            throws IOException, InputException, InterruptedException {
        ProgressBar[] bar = new ProgressBar[1];
        try {
            return engine.run(sweep, shard, folder, output.threads, new SweepRunner.Listener() {
                @Override
                public void started(int runsInShard, int alreadyRecorded, boolean repairedLastRow) {
                    if (repairedLastRow) stderr.println("cut off a partly written last row of runs.csv; that run is done again");
                    if (alreadyRecorded > 0) stderr.println("resuming: " + alreadyRecorded + " of " + runsInShard + " runs already recorded");
                    stderr.flush();
                    bar[0] = Console.progressBar("runs", runsInShard, alreadyRecorded, output.quiet);
                }

                @Override
                public void recorded(int run, String error) {
                    bar[0].step();
                    if (error != null && !output.quiet) {
                        synchronized (stderr) {
                            stderr.println("run " + run + " failed: " + error + " (see failures.log)");
                            stderr.flush();
                        }
                    }
                }
            });
        } finally {
            if (bar[0] != null) bar[0].close();
        }
    }
}
