package org.bordersim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.bordersim.calibrate.AbcSmc;
import org.bordersim.calibrate.Calibration;
import org.bordersim.calibrate.CalibrationLoader;
import org.bordersim.calibrate.CalibrationRun;
import org.bordersim.calibrate.Posterior;
import org.bordersim.files.InputException;
import org.bordersim.metrics.Numbers;
import org.bordersim.output.OutputFile;
import org.bordersim.output.RunInfo;
import org.bordersim.report.CalibrationReport;
import org.bordersim.sweep.Shard;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = {"Fits a scenario's parameters to what is observed, with honest uncertainty.", "",
                "Approximate Bayesian computation by sequential Monte Carlo: writes <calibration>-<hash>/ under the output "
                        + "root with the posterior sample (posterior.csv), each parameter's summary and whether the data pin "
                        + "it down (parameters.csv), the check of every target (predictive.csv), the scenario at the posterior "
                        + "medians (calibrated.json) and report.html. The same file and seed give the same posterior whatever "
                        + "the thread count.",
                "",
                "Killed or interrupted? Run the same command with --resume: the simulations already recorded are read back."},
        footer = {"", "Exit status: 0 done, 1 internal error, 2 invalid calibration, scenario or option, 3 output cannot be written."})
final class CalibrateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "CALIBRATION", description = "Calibration file (JSON), e.g. scenarios/calibration/tajik-afghan.json.")
    Path file;

    @Option(names = "--resume", description = "Continue the calibration's folder under --out if it exists (start it otherwise).")
    boolean resume;

    @Option(names = "--shard", paramLabel = "i/N", description = "Be shard i of N sharing the folder on a shared file "
            + "system: simulate every generation's simulations k with k mod N = i - 1 and wait for the others' in their "
            + "journals. Every shard reaches the same posterior; shard 1 writes the results.")
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
        Calibration c;
        try {
            c = CalibrationLoader.load(file);
        } catch (InputException e) {
            return Console.invalid(stderr, e);
        }
        RunInfo who = new RunInfo(Version.current(), Console.commandLine(spec), output.threads);
        CalibrationRun.Outcome o;
        try {
            o = CalibrationRun.run(c, output.out, resume, new AbcSmc.Shard(shard.index() - 1, shard.count(), 1000), output.threads, who, line -> {
                if (!output.quiet) {
                    stderr.println(line);
                    stderr.flush();
                }
            });
            if (shard.index() == 1) CalibrationReport.write(o, Version.current());
        } catch (InputException e) {
            return Console.invalid(stderr, e);
        } catch (IOException e) {
            return Console.outputError(stderr, "the calibration folder " + CalibrationRun.folder(output.out, c).toAbsolutePath(), e,
                    "The simulations recorded so far are kept; free space or fix permissions, then add --resume to continue.");
        }
        if (shard.index() != 1) {
            stdout.printf("%s: shard %d/%d done after %d generations; shard 1 writes the results into %s%n", c.name(), shard.index(),
                    shard.count(), o.result().generations().size(), o.folder());
            stdout.flush();
            return 0;
        }
        stdout.printf("%s: %d generations, %d simulations (%d read back from an earlier run); stopped because %s%n", c.name(),
                o.result().generations().size(), o.result().last().simulations(), o.reused(), o.result().stop().why());
        stdout.println();
        stdout.printf("%-24s %10s %24s  %s%n", "parameter", "median", "90% interval", "verdict");
        for (Posterior.Parameter p : o.parameters()) {
            stdout.printf("%-24s %10s %24s  %s%n", p.prior().name(), Numbers.short3(p.median()),
                    "[" + Numbers.short3(p.q05()) + ", " + Numbers.short3(p.q95()) + "]", p.identified().words());
        }
        stdout.println();
        stdout.printf("%-32s %10s %10s %22s  %s%n", "target", "observed", "simulated", "90% of simulations", "verdict");
        for (Posterior.Check k : o.checks()) {
            stdout.printf("%-32s %10s %10s %22s  %s%n", k.target().name(), Numbers.short3(k.target().observed()),
                    Numbers.short3(k.median()), "[" + Numbers.short3(k.q05()) + ", " + Numbers.short3(k.q95()) + "]", k.fit().words());
        }
        stdout.printf("%nresults: %s%nreport:  %s%ncalibrated scenario: %s%n", o.folder(), o.folder().resolve(OutputFile.REPORT.fileName()),
                o.folder().resolve(CalibrationRun.CALIBRATED));
        stdout.flush();
        return 0;
    }
}
