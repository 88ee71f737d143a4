package org.bordersim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.bordersim.files.InputException;
import org.bordersim.files.OutputConflictException;
import org.bordersim.files.Problem;
import org.bordersim.output.OutputFile;
import org.bordersim.output.ResultsFolder;
import org.bordersim.output.RunInfo;
import org.bordersim.report.SweepReport;
import org.bordersim.sweep.Shard;
import org.bordersim.sweep.Sweep;
import org.bordersim.sweep.SweepAnalysis;
import org.bordersim.sweep.SweepFolder;
import org.bordersim.sweep.SweepMerge;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

@Command(name = "merge", mixinStandardHelpOptions = true,
        description = {"Joins the shard folders of a sweep into one results folder.", "",
                "Checks that the folders are shards 1..N of one sweep, each complete, none missing or given twice, "
                        + "then writes <sweep>-<hash>/ under the output root with the runs in run order (the runs.csv "
                        + "an unsharded sweep writes), points.csv, sensitivity.csv, runs.parquet, charts and report.html."},
        footer = {"", "Exit status: 0 merged, 2 the folders do not make one complete sweep, 3 output cannot be written."})
final class MergeCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Shard folders written by 'bordersim sweep --shard i/N'.")
    List<Path> dirs;

    @Option(names = "--out", paramLabel = "DIR", description = "Output root (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("results");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        if (OutputOptions.outProblem(out) != null) return Console.usage(stderr, OutputOptions.outProblem(out));
        if (OutputOptions.outIsAFile(out) != null) return Console.outputRefused(stderr, OutputOptions.outIsAFile(out));
        Sweep sweep;
        try {
            sweep = SweepMerge.check(dirs);
        } catch (InputException e) {
            return Console.invalid(stderr, e);
        }
        Path target = SweepFolder.path(out, sweep, Shard.WHOLE);
        if (Files.exists(target)) {
            return Console.invalid(stderr, new OutputConflictException(new Problem(target.toString(), "",
                    "already exists; give another --out to merge again")));
        }
        try (ResultsFolder folder = ResultsFolder.named(out, target.getFileName().toString())) {
            Console.noteStale(stderr, folder);
            Path work = folder.dir();
            SweepMerge.write(dirs, sweep, work);
            SweepFolder.writeManifest(work, sweep, Shard.WHOLE,
                    new RunInfo(Version.current(), Console.commandLine(spec), 1), true);
            SweepAnalysis analysis = SweepAnalysis.of(sweep, work.resolve(OutputFile.RUNS.fileName()));
            SweepReport.write(work, analysis, Version.current());
            folder.commit();
            stdout.printf("merged %d shards: %d runs (%d failed)%n", dirs.size(), sweep.runs(), analysis.runsFailed());
            stdout.print(SweepSummaryTable.text(analysis));
            stdout.printf("%nresults: %s%nreport:  %s%n", target, target.resolve(OutputFile.REPORT.fileName()));
            stdout.flush();
            return 0;
        } catch (IOException e) {
            return Console.outputError(stderr, "the merged folder under " + out.toAbsolutePath(), e,
                    "The shard folders are untouched and no merged folder was left behind.");
        }
    }
}
