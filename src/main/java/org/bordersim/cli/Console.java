package org.bordersim.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.bordersim.scenario.Problem;
import org.bordersim.scenario.ScenarioException;
import picocli.CommandLine;

/** What the commands share in talking to the terminal: problems, usage errors, progress. */
final class Console {
    private Console() {
    }

    /** Prints every problem, one line each, and returns the exit status for invalid input. */
    static int invalid(PrintWriter err, ScenarioException e) {
        for (Problem p : e.problems()) err.println(p.describe());
        err.flush();
        return BorderSimCommand.EXIT_INVALID_INPUT;
    }

    static int usage(PrintWriter err, String message) {
        err.println(message);
        err.flush();
        return BorderSimCommand.EXIT_INVALID_INPUT;
    }

    static int outputError(PrintWriter err, String what, Exception e) {
        err.println("cannot write " + what + ": " + e.getMessage() + " (earlier results are untouched)");
        err.flush();
        return BorderSimCommand.EXIT_OUTPUT_ERROR;
    }

    /** A progress bar with elapsed time and ETA on stderr (or nowhere with --quiet). */
    static ProgressBar progressBar(String task, long total, long done, boolean quiet) {
        ProgressBarBuilder b = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).startsFrom(done, java.time.Duration.ZERO)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).continuousUpdate();
        b.setConsumer(quiet ? new DelegatingProgressBarConsumer(s -> { }) : new ConsoleProgressBarConsumer(System.err));
        return b.build();
    }

    /** The command line as typed, for manifests. */
    static List<String> commandLine(CommandLine.Model.CommandSpec spec) {
        List<String> args = new ArrayList<>(List.of("bordersim"));
        args.addAll(spec.commandLine().getParseResult().originalArgs());
        return args;
    }
}
