package org.bordersim.calibrate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.bordersim.experiment.Seeds;
import org.bordersim.files.InputException;
import org.bordersim.files.Json;
import org.bordersim.files.OutputConflictException;
import org.bordersim.files.Problem;
import org.bordersim.metrics.Numbers;
import org.bordersim.output.FolderLock;
import org.bordersim.output.Manifest;
import org.bordersim.output.OutputFile;
import org.bordersim.output.ResultsFolder;
import org.bordersim.output.RunInfo;

/**
 * Runs a calibration in its folder, {@code <name>-<hash>} under the output root: a copy of the calibration and of its
 * scenario, the journal of simulations (so that {@code --resume} after a kill goes on where it stopped and gives the
 * same posterior), and at the end the posterior, the checks and the calibrated scenario (docs/EXPERIMENTS.md).
 */
public final class CalibrationRun {
    public static final String GENERATIONS = "generations.csv";
    public static final String POSTERIOR = "posterior.csv";
    public static final String PARAMETERS = "parameters.csv";
    public static final String PREDICTIVE = "predictive.csv";
    public static final String CALIBRATED = "calibrated.json";
    public static final String CALIBRATION_COPY = "calibration.json";
    /** Fresh simulations at posterior draws for the predictive check. */
    public static final int PREDICTIVE_DRAWS = 100;
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator('\n').build();

    /** What a finished calibration found. */
    public record Outcome(Calibration calibration, Path folder, AbcSmc.Result result, List<Posterior.Parameter> parameters,
                          List<Posterior.Check> checks, int reused, boolean sharedWorld) {
    }

    private CalibrationRun() {
    }

    public static Path folder(Path root, Calibration c) {
        return root.resolve(c.name() + "-" + c.hash().substring(0, 12));
    }

    /**
     * @param resume go on with the folder of an earlier run of this calibration; without it an existing folder is refused
     * @param progress told a line after each generation
     */
    public static Outcome run(Calibration c, Path root, boolean resume, int threads, RunInfo who, Consumer<String> progress)
            throws IOException, InterruptedException, InputException, OutputConflictException {
        return run(c, root, resume, AbcSmc.Shard.WHOLE, threads, who, progress);
    }

    /**
     * The same as one of several shards sharing the folder (on a shared file system): each simulates its part of
     * every generation and reads the others' from their journals; all reach the same posterior, and shard 1 writes the
     * results. Shards start in any order, and a shard that was stopped resumes with {@code --resume}.
     */
    public static Outcome run(Calibration c, Path root, boolean resume, AbcSmc.Shard shard, int threads, RunInfo who,
                              Consumer<String> progress) throws IOException, InterruptedException, InputException, OutputConflictException {
        Path dir = folder(root, c);
        boolean ownJournalExists = Files.exists(dir.resolve(SimulationJournal.fileName(shard)));
        if (shard.count() == 1 ? Files.exists(dir) && !resume : ownJournalExists && !resume) {
            throw new OutputConflictException(new Problem(dir.toString(), "", "this calibration's folder already exists; add "
                    + "--resume to continue it (a finished one is read back at once), or give another --out"));
        }
        ModelSimulator simulator = new ModelSimulator(c);
        Files.createDirectories(dir);
        String lockFile = shard.count() == 1 ? FolderLock.FILE : FolderLock.FILE + "-shard-" + (shard.index() + 1) + "-of-" + shard.count();
        try (FolderLock lock = FolderLock.take(dir, lockFile, "another BorderSim process is running this calibration"
                + (shard.count() == 1 ? "" : "'s shard " + (shard.index() + 1) + "/" + shard.count()) + " right now; "
                + "wait for it to finish (or stop it), then run again with --resume")) {
            return runLocked(c, dir, simulator, shard, threads, who, progress);
        }
    }

    private static Outcome runLocked(Calibration c, Path dir, ModelSimulator simulator, AbcSmc.Shard shard, int threads,
                                     RunInfo who, Consumer<String> progress) throws IOException, InterruptedException {
        boolean writer = shard.index() == 0;
        if (writer && !Files.exists(dir.resolve(CALIBRATION_COPY))) {
            ObjectNode copy = (ObjectNode) c.effective().deepCopy();
            copy.put("scenario", OutputFile.SCENARIO_COPY.fileName());
            write(dir.resolve(OutputFile.SCENARIO_COPY.fileName()), Json.STRICT.writeValueAsString(Json.canonical(c.template().document())));
            write(dir.resolve(CALIBRATION_COPY), Json.STRICT.writeValueAsString(copy));
        }
        if (writer) writeManifest(dir, c, who, false);
        AbcSmc.Result result;
        double[][] predictive;
        int reused;
        try (SimulationJournal journal = new SimulationJournal(dir, c, shard)) {
            reused = journal.recordedCount();
            AbcSmc abc = new AbcSmc(c.lows(), c.highs(), c.budget().settings(), c.seed(), simulator, c::distance, journal, threads,
                    shard);
            result = abc.run(g -> progress.accept(String.format(java.util.Locale.ROOT,
                    "generation %d: tolerance %.4g, %s simulations, acceptance %s, effective sample %.0f", g.number(),
                    g.tolerance(), g.simulations(), Double.isNaN(g.acceptance()) ? "-" : Numbers.short3(g.acceptance()),
                    g.effectiveSize())));
            progress.accept("posterior-predictive check: " + PREDICTIVE_DRAWS + " fresh simulations");
            predictive = abc.predictive(result.last(), PREDICTIVE_DRAWS);
        }
        AbcSmc.Generation last = result.last();
        List<Posterior.Parameter> parameters = new ArrayList<>();
        for (int k = 0; k < c.parameters().size(); k++) parameters.add(Posterior.parameter(last, k, c.parameters().get(k)));
        List<Posterior.Check> checks = new ArrayList<>();
        for (int j = 0; j < c.targets().size(); j++) checks.add(Posterior.check(last, predictive, j, c.targets().get(j)));
        if (!writer) return new Outcome(c, dir, result, List.copyOf(parameters), List.copyOf(checks), reused, simulator.sharesWorld());
        writeGenerations(dir.resolve(GENERATIONS), result);
        writePosterior(dir.resolve(POSTERIOR), c, last);
        writeParameters(dir.resolve(PARAMETERS), parameters);
        writePredictive(dir.resolve(PREDICTIVE), checks);
        write(dir.resolve(CALIBRATED), calibratedScenario(c, parameters));
        writeManifest(dir, c, who, true);
        return new Outcome(c, dir, result, List.copyOf(parameters), List.copyOf(checks), reused, simulator.sharesWorld());
    }

    /**
     * The scenario with every parameter at its posterior median: a file beside scenario.json that extends it, so it
     * runs from the folder as it is.
     */
    static String calibratedScenario(Calibration c, List<Posterior.Parameter> parameters) throws IOException {
        ObjectNode doc = Json.STRICT.createObjectNode();
        doc.put("extends", OutputFile.SCENARIO_COPY.fileName());
        String name = c.base().scenario().name() + "-calibrated";
        doc.put("name", name.substring(0, Math.min(64, name.length())));
        StringBuilder about = new StringBuilder("Calibrated by '" + c.name() + "': every parameter at its posterior median");
        ObjectNode overrides = doc.putObject("overrides");
        c.set().forEach(overrides::set);
        for (Posterior.Parameter p : parameters) {
            if (p.prior().integer()) overrides.put(p.prior().pointer(), (long) p.median());
            else overrides.put(p.prior().pointer(), p.median());
            about.append("; ").append(p.prior().name()).append(' ').append(Numbers.short3(p.median())).append(" [90%: ")
                    .append(Numbers.short3(p.q05())).append(", ").append(Numbers.short3(p.q95())).append("], ")
                    .append(p.identified().words());
        }
        doc.put("description", about.append('.').toString());
        return Json.STRICT.writeValueAsString(doc);
    }

    private static void writeGenerations(Path file, AbcSmc.Result r) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8); CSVPrinter csv = new CSVPrinter(out, CSV)) {
            csv.printRecord("generation", "tolerance", "acceptance", "simulations", "effective_sample");
            for (AbcSmc.Generation g : r.generations()) {
                csv.printRecord(g.number(), Numbers.exact(g.tolerance()), Numbers.exact(g.acceptance()), g.simulations(),
                        Numbers.exact(g.effectiveSize()));
            }
        }
    }

    private static void writePosterior(Path file, Calibration c, AbcSmc.Generation g) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8); CSVPrinter csv = new CSVPrinter(out, CSV)) {
            List<String> header = new ArrayList<>(List.of("particle", "weight", "distance"));
            c.parameters().forEach(p -> header.add(p.name()));
            for (Target t : c.targets()) header.add("simulated: " + t.name());
            for (Target t : c.targets()) header.add("as observed: " + t.name());
            csv.printRecord(header);
            double[] w = g.weights();
            for (int i = 0; i < w.length; i++) {
                List<String> row = new ArrayList<>(List.of(Integer.toString(i), Numbers.exact(w[i]), Numbers.exact(g.distances()[i])));
                for (int k = 0; k < c.parameters().size(); k++) row.add(Numbers.exact(c.parameters().get(k).value(g.theta()[i][k])));
                for (double v : g.simulated()[i]) row.add(Numbers.exact(v));
                csv.printRecord(row);
            }
        }
    }

    private static void writeParameters(Path file, List<Posterior.Parameter> parameters) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8); CSVPrinter csv = new CSVPrinter(out, CSV)) {
            csv.printRecord("parameter", "pointer", "prior_min", "prior_max", "mean", "sd", "q05", "median", "q95",
                    "interval_share_of_prior", "identified");
            for (Posterior.Parameter p : parameters) {
                csv.printRecord(p.prior().name(), p.prior().pointer(), Numbers.exact(p.prior().min()), Numbers.exact(p.prior().max()),
                        Numbers.exact(p.mean()), Numbers.exact(p.sd()), Numbers.exact(p.q05()), Numbers.exact(p.median()),
                        Numbers.exact(p.q95()), Numbers.exact(p.share()), p.identified().name().toLowerCase(java.util.Locale.ROOT));
            }
        }
    }

    private static void writePredictive(Path file, List<Posterior.Check> checks) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8); CSVPrinter csv = new CSVPrinter(out, CSV)) {
            csv.printRecord("target", "kind", "observed", "uncertainty", "simulated_median", "simulated_q05", "simulated_q95",
                    "nearest_simulated", "fit", "source");
            for (Posterior.Check k : checks) {
                Target t = k.target();
                csv.printRecord(t.name(), t.kind().jsonName(), Numbers.exact(t.observed()), Numbers.exact(t.uncertainty()),
                        Numbers.exact(k.median()), Numbers.exact(k.q05()), Numbers.exact(k.q95()), Numbers.exact(k.nearest()),
                        k.fit().name().toLowerCase(java.util.Locale.ROOT), t.source());
            }
        }
    }

    private static void writeManifest(Path dir, Calibration c, RunInfo who, boolean complete) throws IOException {
        Manifest manifest = Manifest.of(who).seeds(c.seed(), Seeds.CALIBRATION);
        ObjectNode root = manifest.json();
        root.put("status", complete ? "complete" : "running");
        root.put("calibration", c.name());
        root.put("calibrationFile", c.file().toString());
        root.put("calibrationSha256", c.hash());
        root.put("scenarioSha256", c.base().sha256());
        root.put("method", "ABC-SMC, adaptive population Monte Carlo (Lenormand, Jabot and Deffuant 2013)");
        root.set("effectiveCalibration", c.effective());
        write(dir.resolve(OutputFile.MANIFEST.fileName()), manifest.text());
    }

    /** Written aside and moved into place, so a kill never leaves half a file. */
    private static void write(Path file, String text) throws IOException {
        ResultsFolder.writeAtomically(file, text);
    }
}
