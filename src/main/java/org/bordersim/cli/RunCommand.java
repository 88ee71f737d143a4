package org.bordersim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import org.bordersim.experiment.MemoryBudget;
import org.bordersim.experiment.PreparedScenario;
import org.bordersim.experiment.Replication;
import org.bordersim.experiment.Replications;
import org.bordersim.experiment.Seeds;
import org.bordersim.files.InputException;
import org.bordersim.metrics.RunResult;
import org.bordersim.output.OutputFile;
import org.bordersim.output.ResultsFolder;
import org.bordersim.output.RunInfo;
import org.bordersim.report.OutcomeTable;
import org.bordersim.report.RunReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

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

    @CommandLine.Mixin
    ReplicationOptions run;

    @CommandLine.Mixin
    OutputOptions output;

    @CommandLine.Option(names = "--replication", paramLabel = "I", description = "Run only replication I (counted from 0) "
            + "of the base seed, with the seed it has in the full run (manifest.json lists every replication's seed): its "
            + "outputs are the same as that replication's row of the full run's runs.csv.")
    Integer only;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        if (run.problem(1) != null) return Console.usage(stderr, run.problem(1));
        Integer refused = output.refusal(stderr);
        if (refused != null) return refused;

        PreparedScenario prepared;
        try {
            prepared = PreparedScenario.load(scenarioFile);
        } catch (InputException e) {
            return Console.invalid(stderr, e);
        }
        prepared = run.apply(prepared, prepared, 1);
        int replications = prepared.scenario().replications();
        String tooBig = MemoryBudget.refusal(String.format(Locale.ROOT, "%,d replications of %,d days",
                replications, prepared.scenario().durationDays()),
                (only != null ? 1 : replications) * MemoryBudget.resultBytes(prepared.scenario(), prepared.world()));
        if (tooBig != null) return Console.usage(stderr, scenarioFile + ": " + tooBig + " (fewer --reps or a shorter durationDays)");
        if (only != null && (only < 0 || only >= replications)) {
            return Console.usage(stderr, "--replication must be from 0 to " + (replications - 1) + " (the run has "
                    + replications + " replications), found " + only);
        }

        List<RunResult> runs;
        Path written;
        // The folder is made before the runs, so an unwritable output fails fast, not after hours.
        try (ResultsFolder folder = ResultsFolder.timestamped(output.out, prepared.scenario().name(), LocalDateTime.now())) {
            Console.noteStale(stderr, folder);
            if (only != null) {
                runs = List.of(Replication.run(prepared.scenario(), prepared.world(), only,
                        Seeds.replication(prepared.scenario().seed(), only)));
            } else {
                try (ProgressBar bar = Console.progressBar("replications", replications, 0, output.quiet)) {
                    runs = Replications.run(prepared.scenario(), prepared.world(), output.threads, bar::step);
                }
            }
            RunReport.write(folder.dir(), prepared.loaded(), prepared.world(), runs,
                    new RunInfo(Version.current(), Console.commandLine(spec), output.threads));
            written = folder.commit();
        } catch (IOException e) {
            return Console.outputError(stderr, "results under " + output.out.toAbsolutePath(), e,
                    Console.NOTHING_WRITTEN);
        }
        stdout.printf("%s: %d replications of %d days%n%n", prepared.scenario().name(), runs.size(),
                prepared.scenario().durationDays());
        stdout.print(OutcomeTable.text(prepared.scenario(), runs));
        stdout.printf("%nresults: %s%nreport:  %s%n", written, written.resolve(OutputFile.REPORT.fileName()));
        stdout.flush();
        return 0;
    }
}
