package org.bordersim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.bordersim.experiment.ResultsFolder;
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

    /** What a failed run or compare leaves: its folder was still hidden, and is gone. */
    static final String NOTHING_WRITTEN = "Nothing was written there and earlier results are untouched; free space or choose another --out, then run again.";

    /** Exit status 3: {@code what} could not be written; {@code kept} says what is safe. */
    static int outputError(PrintWriter err, String what, IOException e, String kept) {
        err.println("cannot write " + what + ": " + reason(e) + ". " + kept);
        err.flush();
        return BorderSimCommand.EXIT_OUTPUT_ERROR;
    }

    /** What went wrong, in words: Java names only the file for some errors (permission denied). */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException a) return a.getFile() + ": permission denied";
        if (e instanceof NoSuchFileException n) return n.getFile() + ": no such file or folder";
        if (e instanceof FileAlreadyExistsException x && x.getReason() == null) return x.getFile() + ": already exists";
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Tells the user that leftovers of killed runs were cleared (they hold nothing usable). */
    static void noteStale(PrintWriter err, ResultsFolder folder) {
        if (folder.staleRemoved() == 0) return;
        err.println("removed " + folder.staleRemoved() + " unfinished results folder(s) left by BorderSim processes that were killed");
        err.flush();
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
