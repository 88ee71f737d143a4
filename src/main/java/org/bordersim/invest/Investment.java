package org.bordersim.invest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import org.bordersim.files.InputException;
import org.bordersim.files.Json;
import org.bordersim.output.OutputFile;
import org.bordersim.output.RunInfo;
import org.bordersim.sweep.Shard;
import org.bordersim.sweep.Sweep;
import org.bordersim.sweep.SweepFolder;
import org.bordersim.sweep.SweepRunner;

/**
 * Answers a portfolio file: runs every portfolio on the sweep engine in the portfolio's results
 * folder, then analyses them. The folder is {@code <name>-<hash>} under the output root, so the
 * same question always finds its runs again: a second call (after a crash, a kill, or to redraw
 * the report) continues where the first stopped and never runs a recorded replication twice.
 */
public final class Investment {
    /** The portfolio file's effective copy in the results folder. */
    public static final String PORTFOLIO_COPY = "portfolio.json";

    /**
     * @param analysis null when only a shard was run (the analysis needs every portfolio)
     */
    public record Evaluated(Path folder, Sweep sweep, Path sweepFolder, SweepRunner.Outcome outcome, PortfolioAnalysis analysis) {
    }

    private Investment() {
    }

    public static Path folder(Path root, Portfolio p) {
        return root.resolve(p.name() + "-" + p.shortHash());
    }

    public static Evaluated run(Portfolio p, Path root, Shard shard, SweepRunner.Engine engine, int threads, RunInfo who,
                                SweepRunner.Listener listener) throws IOException, InputException, InterruptedException {
        Path folder = folder(root, p);
        Files.createDirectories(folder);
        writeAtomically(folder.resolve(PORTFOLIO_COPY), Json.STRICT.writerWithDefaultPrettyPrinter().writeValueAsString(p.effective()) + "\n");
        Sweep sweep = PortfolioSweep.write(p, folder);
        Path stage = SweepFolder.path(folder, sweep, shard);
        if (!Files.isDirectory(stage)) SweepFolder.create(folder, sweep, shard, who);
        SweepRunner.Outcome outcome;
        try (SweepFolder.Lock lock = SweepFolder.lock(stage)) {
            outcome = engine.run(sweep, shard, stage, threads, listener);
            SweepFolder.writeManifest(stage, sweep, shard, who, true);
        }
        if (!shard.whole()) return new Evaluated(folder, sweep, stage, outcome, null);
        PortfolioRuns runs = PortfolioRuns.read(stage.resolve(OutputFile.RUNS.fileName()),
                new ArrayList<>(PortfolioSweep.outputs(p)), p.size(), p.replications());
        return new Evaluated(folder, sweep, stage, outcome, PortfolioAnalysis.of(p, runs));
    }

    static void writeAtomically(Path file, String text) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
