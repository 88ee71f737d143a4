package org.bordersim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import org.bordersim.experiment.Comparison;
import org.bordersim.experiment.MemoryBudget;
import org.bordersim.experiment.PreparedScenario;
import org.bordersim.files.InputException;
import org.bordersim.files.Problem;
import org.bordersim.output.OutputFile;
import org.bordersim.output.ResultsFolder;
import org.bordersim.output.RunInfo;
import org.bordersim.report.CompareReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compares what-if scenarios with a baseline, replication by replication.", "",
                "Runs every scenario with the same replication seeds (common random numbers), then reports for each "
                        + "outcome the alternatives' means, the paired difference from the baseline with its 95%% CI, the "
                        + "relative change and a paired t-test p-value. A difference whose CI includes 0 is flagged as "
                        + "'no detectable difference at N replications', with the replications that would detect a "
                        + "difference of the observed size. Writes compare-<baseline>-<yyyyMMdd-HHmmss>/ with "
                        + "comparison.csv, runs.csv, series.csv, manifest.json, charts and report.html."},
        footer = {"", "Exit status: 0 success, 1 internal error, 2 invalid scenario or option, 3 output cannot be written."})
final class CompareCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "BASELINE", description = "The baseline scenario.")
    Path baseline;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "ALT", description = "One or more alternative scenarios.")
    List<Path> alternatives;

    @CommandLine.Mixin
    ReplicationOptions run;

    @CommandLine.Mixin
    OutputOptions output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        if (run.problem(2) != null) return Console.usage(stderr, run.problem(2) + " (a comparison needs at least 2)");
        Integer refused = output.refusal(stderr);
        if (refused != null) return refused;

        List<Path> files = new ArrayList<>(List.of(baseline));
        files.addAll(alternatives);
        List<PreparedScenario> scenarios = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path f : files) {
            try {
                scenarios.add(PreparedScenario.load(f));
            } catch (InputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) return Console.invalid(stderr, new InputException(problems));
        PreparedScenario baseline = scenarios.get(0);
        scenarios.replaceAll(p -> run.apply(p, baseline, 2));
        int n = scenarios.get(0).scenario().replications();
        long bytes = 0;
        for (PreparedScenario p : scenarios) bytes += n * MemoryBudget.resultBytes(p.scenario(), p.world());
        String tooBig = MemoryBudget.refusal(String.format(Locale.ROOT, "%d scenarios x %,d replications",
                scenarios.size(), n), bytes);
        if (tooBig != null) return Console.usage(stderr, baseline.loaded().file() + ": " + tooBig + " (fewer --reps or shorter scenarios)");

        Comparison comparison;
        Path written;
        try (ResultsFolder folder = ResultsFolder.timestamped(output.out, "compare-" + baseline.scenario().name(), LocalDateTime.now())) {
            Console.noteStale(stderr, folder);
            try (ProgressBar bar = Console.progressBar("replications", (long) n * scenarios.size(), 0, output.quiet)) {
                comparison = Comparison.run(scenarios, output.threads, bar::step);
            }
            CompareReport.write(folder.dir(), comparison, new RunInfo(Version.current(), Console.commandLine(spec), output.threads));
            written = folder.commit();
        } catch (IOException e) {
            return Console.outputError(stderr, "results under " + output.out.toAbsolutePath(), e,
                    Console.NOTHING_WRITTEN);
        }
        stdout.print(CompareReport.text(comparison));
        stdout.printf("%nresults: %s%nreport:  %s%n", written, written.resolve(OutputFile.REPORT.fileName()));
        stdout.flush();
        return 0;
    }
}
