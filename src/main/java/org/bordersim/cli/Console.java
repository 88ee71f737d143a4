package org.bordersim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.bordersim.files.InputException;
import org.bordersim.files.Problem;
import org.bordersim.output.ResultsFolder;
import picocli.CommandLine;

/** What the commands share in talking to the terminal: problems, usage errors, progress. */
final class Console {
    private Console() {
    }

    /** Prints every problem, one line each, and returns the exit status for invalid input. */
    static int invalid(PrintWriter err, InputException e) {
        for (Problem p : e.problems()) err.println(p.describe());
        err.flush();
        return BorderSimCommand.EXIT_INVALID_INPUT;
    }

    /** Exit status 3 with a message that is already one plain sentence. */
    static int outputRefused(PrintWriter err, String message) {
        err.println(message);
        err.flush();
        return BorderSimCommand.EXIT_OUTPUT_ERROR;
    }

    /** The part of a job a --shard option names (the whole job when absent), or null after saying what is wrong. */
    static org.bordersim.sweep.Shard shard(PrintWriter err, String text) {
        if (text == null) return org.bordersim.sweep.Shard.WHOLE;
        org.bordersim.sweep.Shard shard = org.bordersim.sweep.Shard.parse(text);
        if (shard == null) usage(err, "--shard must be i/N with 1 <= i <= N (e.g. 3/8), found '" + text + "'");
        return shard;
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

    /** Seconds between progress lines when stderr is a file or pipe (a cluster log). */
    static final int PLAIN_PROGRESS_SECONDS = 30;

    /**
     * A progress bar with elapsed time and ETA on stderr (or nowhere with --quiet). When stderr is
     * not a terminal, redrawing frames with carriage returns would fill a log file: a plain line is
     * printed every {@link #PLAIN_PROGRESS_SECONDS} seconds instead, and one at the end.
     */
    static ProgressBar progressBar(String task, long total, long done, boolean quiet) {
        ProgressBarBuilder b = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).startsFrom(done, Duration.ZERO)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).continuousUpdate();
        if (quiet) b.setConsumer(new DelegatingProgressBarConsumer(s -> { }));
        else if (stderrIsTerminal()) b.setConsumer(new ConsoleProgressBarConsumer(System.err));
        else b.setConsumer(new DelegatingProgressBarConsumer(new PlainProgressLines(total)));
        return b.build();
    }

    /** Prints the rendered bar as a line now and then, and once at the end (bar at its maximum). */
    private static final class PlainProgressLines implements Consumer<String> {
        private final String finished;
        private long last = System.nanoTime();
        private String lastLine = "";

        PlainProgressLines(long total) {
            this.finished = total + "/" + total;
        }

        @Override
        public void accept(String rendered) {
            String line = rendered.strip();
            long now = System.nanoTime();
            boolean done = line.contains(finished) && !lastLine.contains(finished);
            if (done || now - last >= PLAIN_PROGRESS_SECONDS * 1_000_000_000L) {
                System.err.println(line);
                System.err.flush();
                last = now;
                lastLine = line;
            }
        }
    }

    /** Whether stderr is a terminal: on Linux, fd 2 names a tty; elsewhere, whether Java sees a console. */
    static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    /** The command line as typed, for manifests. */
    static List<String> commandLine(CommandLine.Model.CommandSpec spec) {
        List<String> args = new ArrayList<>(List.of("bordersim"));
        args.addAll(spec.commandLine().getParseResult().originalArgs());
        return args;
    }
}
