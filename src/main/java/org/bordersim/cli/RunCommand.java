package org.bordersim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.bordersim.experiment.PreparedScenario;
import org.bordersim.experiment.Replications;
import org.bordersim.metrics.RunResult;
import org.bordersim.report.OutcomeTable;
import org.bordersim.report.ResultsFolder;
import org.bordersim.report.RunInfo;
import org.bordersim.report.RunReport;
import org.bordersim.scenario.Problem;
import org.bordersim.scenario.ScenarioException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Runs a scenario and writes a results folder.", "",
                "Runs the scenario's replications in parallel (progress on stderr), prints the headline outcomes "
                        + "with their 95%% confidence intervals, and writes <scenario>-<yyyyMMdd-HHmmss>/ under the output "
                        + "root: manifest.json, runs.csv, series.csv, summary.json, charts/*.png and report.html. "
                        + "The same scenario and seed give identical runs.csv, series.csv and summary.json whatever "
                        + "the thread count."},
        footer = {"", "Exit status: 0 success, 1 internal error, 2 invalid scenario or option, 3 output cannot be written."})
final class RunCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (JSON), e.g. scenarios/baseline.json.")
    Path scenarioFile;

    @Option(names = "--reps", paramLabel = "N", description = "Replications (default: the scenario's 'replications').")
    Integer replications;

    @Option(names = "--seed", paramLabel = "S", description = "Base seed (default: the scenario's 'seed'). Replication i uses a seed derived from (S, i).")
    Long seed;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: ${DEFAULT-VALUE}, the number of processors). Does not change results.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--out", paramLabel = "DIR", description = "Output root (default: ${DEFAULT-VALUE}). A new folder is created inside; nothing existing is overwritten.")
    Path out = Path.of("results");

    @Option(names = "--quiet", description = "No progress bar.")
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        if (replications != null && replications < 1) return usage(stderr, "--reps must be at least 1, found " + replications);
        if (seed != null && seed < 0) return usage(stderr, "--seed must be at least 0, found " + seed);
        if (threads < 1) return usage(stderr, "--threads must be at least 1, found " + threads);

        PreparedScenario prepared;
        try {
            prepared = PreparedScenario.load(scenarioFile);
        } catch (ScenarioException e) {
            for (Problem p : e.problems()) stderr.println(p.describe());
            stderr.flush();
            return BorderSimCommand.EXIT_INVALID_INPUT;
        }
        prepared = prepared.withRun(seed != null ? seed : prepared.scenario().seed(),
                replications != null ? replications : prepared.scenario().replications());

        List<RunResult> runs;
        try (ProgressBar bar = progressBar(prepared.scenario().replications())) {
            runs = Replications.run(prepared.scenario(), prepared.world(), threads, bar::step);
        }

        Path written;
        try (ResultsFolder folder = ResultsFolder.create(out, prepared.scenario().name(), LocalDateTime.now())) {
            RunReport.write(folder.dir(), prepared.loaded(), prepared.world(), runs,
                    new RunInfo(Version.current(), commandLine(), threads));
            written = folder.commit();
        } catch (IOException e) {
            stderr.println("cannot write results under " + out.toAbsolutePath() + ": " + e.getMessage()
                    + " (earlier results are untouched)");
            stderr.flush();
            return BorderSimCommand.EXIT_OUTPUT_ERROR;
        }
        stdout.printf("%s: %d replications of %d days%n%n", prepared.scenario().name(), runs.size(),
                prepared.scenario().durationDays());
        stdout.print(OutcomeTable.text(runs));
        stdout.printf("%nresults: %s%nreport:  %s%n", written, written.resolve("report.html"));
        stdout.flush();
        return 0;
    }

    private ProgressBar progressBar(int total) {
        ProgressBarBuilder b = new ProgressBarBuilder().setTaskName("replications").setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).continuousUpdate();
        if (quiet) b.setConsumer(new me.tongfei.progressbar.DelegatingProgressBarConsumer(s -> { }));
        else b.setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err));
        return b.build();
    }

    private List<String> commandLine() {
        List<String> args = new ArrayList<>(List.of("bordersim"));
        args.addAll(spec.commandLine().getParseResult().originalArgs());
        return args;
    }

    private static int usage(PrintWriter err, String message) {
        err.println(message);
        err.flush();
        return BorderSimCommand.EXIT_INVALID_INPUT;
    }
}
