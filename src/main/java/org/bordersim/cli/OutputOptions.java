package org.bordersim.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every command that runs the model shares: threads, output root, progress. */
final class OutputOptions {
    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: ${DEFAULT-VALUE}, the number of processors). Does not change results.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--out", paramLabel = "DIR", description = "Output root (default: ${DEFAULT-VALUE}). A new folder is created inside; nothing existing is overwritten.")
    Path out = Path.of("results");

    @Option(names = "--quiet", description = "No progress bar.")
    boolean quiet;

    /** More worker threads than this are a mistake (each holds a replication's model in memory). */
    static final int MAX_THREADS = 1024;

    /** The exit status refusing these options, saying why on {@code stderr}; null when they are valid. */
    Integer refusal(java.io.PrintWriter stderr) {
        if (problem() != null) return Console.usage(stderr, problem());
        String file = outIsAFile(out);
        return file != null ? Console.outputRefused(stderr, file) : null;
    }

    /** A usage error, or null when the options are valid. */
    String problem() {
        String t = threadsProblem(threads);
        return t != null ? t : outProblem(out);
    }

    /** A usage error for a --threads value, or null. */
    static String threadsProblem(int threads) {
        return threads < 1 || threads > MAX_THREADS ? "--threads must be from 1 to " + MAX_THREADS + ", found " + threads : null;
    }

    /** An empty --out (often an unset shell variable) would silently write into the working folder. */
    static String outProblem(Path out) {
        return out.toString().isBlank() ? "--out must name a folder, found an empty value" : null;
    }

    /** An --out that names an existing file can never hold results: an output error (exit 3), said plainly. */
    static String outIsAFile(Path out) {
        if (!Files.exists(out) || Files.isDirectory(out)) return null;
        return "cannot write results under " + out + ": " + out + " is a file, not a folder. Nothing was written; give a "
                + "folder as --out (it is created if missing).";
    }
}
