package org.bordersim.cli;

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

    /** A usage error, or null when the options are valid. */
    String problem() {
        if (threads < 1) return "--threads must be at least 1, found " + threads;
        return outProblem(out);
    }

    /**
     * An empty --out (often an unset shell variable) would silently write into the working folder;
     * an --out that is a file can never hold results.
     */
    static String outProblem(Path out) {
        if (out.toString().isBlank()) return "--out must name a folder, found an empty value";
        if (java.nio.file.Files.exists(out) && !java.nio.file.Files.isDirectory(out)) {
            return "--out must name a folder, but " + out + " is a file; give a folder (it is created if missing)";
        }
        return null;
    }
}
