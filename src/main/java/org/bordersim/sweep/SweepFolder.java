package org.bordersim.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.bordersim.experiment.Seeds;
import org.bordersim.files.Json;
import org.bordersim.files.OutputConflictException;
import org.bordersim.files.Problem;
import org.bordersim.output.FolderLock;
import org.bordersim.output.Manifest;
import org.bordersim.output.OutputFile;
import org.bordersim.output.ResultsFolder;
import org.bordersim.output.RunInfo;

/**
 * The folder of one sweep (or shard): {@code <name>-<hash>[-shard-i-of-N]} under the output
 * root, so the same sweep always finds its folder again and a different sweep never writes
 * into it. Unlike a run's folder it is written while the sweep runs, which is what makes it
 * resumable; {@code manifest.json} says whether it is complete. It is self-contained:
 * {@code sweep.json} and {@code scenario.json} are the sweep and its fully resolved base
 * scenario, from which the sweep can be resumed, merged or run again anywhere.
 */
public final class SweepFolder {
    static final String LOCK = FolderLock.FILE;
    /** The manifest field holding the SHA-256 of a complete runs.csv, which merge checks. */
    static final String RUNS_SHA256 = "runsSha256";
    private static final String REPLACED = "-replaced-";

    private SweepFolder() {
    }

    public static Path path(Path root, Sweep sweep, Shard shard) {
        return root.resolve(sweep.name() + "-" + sweep.shortHash() + shard.suffix());
    }

    /** Where --force moves the earlier folder while the new sweep runs: hidden, beside it. */
    public static Path replacedName(Path folder, long millis) {
        return folder.resolveSibling("." + folder.getFileName() + REPLACED + millis);
    }

    /** Every earlier copy of this folder that a --force moved aside (one left by an interrupted --force too). */
    public static List<Path> replacedCopies(Path folder) throws IOException {
        String prefix = "." + folder.getFileName() + REPLACED;
        try (Stream<Path> s = Files.list(folder.getParent())) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().toList();
        }
    }

    /**
     * Creates the folder with its self-contained copies and a manifest marked running. It is built
     * aside and renamed into place, so a sweep folder always holds its sweep.json and scenario.json.
     *
     * @param root  the output root (created if missing)
     * @param sweep the sweep whose folder this is (its name and hash name the folder)
     * @param shard the part of the sweep this folder will hold ({@link Shard#WHOLE} for all of it)
     * @param who   the program and command line, for the manifest
     * @return the folder, {@code <name>-<hash>[-shard-i-of-N]} under {@code root}
     * @throws OutputConflictException if the folder exists already (the message says what it holds)
     * @throws IOException             if the root or the folder cannot be written
     */
    public static Path create(Path root, Sweep sweep, Shard shard, RunInfo who) throws IOException, OutputConflictException {
        Path dir = path(root, sweep, shard);
        if (Files.exists(dir)) throw alreadyExists(dir);
        try (ResultsFolder folder = ResultsFolder.named(root, dir.getFileName().toString())) {
            ObjectNode copy = (ObjectNode) sweep.effective().deepCopy();
            copy.put("scenario", OutputFile.SCENARIO_COPY.fileName());
            writeAtomically(folder.dir().resolve(OutputFile.SWEEP_COPY.fileName()), Json.STRICT.writeValueAsString(copy));
            writeAtomically(folder.dir().resolve(OutputFile.SCENARIO_COPY.fileName()), Json.STRICT.writeValueAsString(Json.canonical(sweep.template().document())));
            writeManifest(folder.dir(), sweep, shard, who, false);
            return folder.commit();
        } catch (FileAlreadyExistsException e) {
            throw alreadyExists(dir);
        }
    }

    /** Held while a process runs a sweep in its folder; released by closing, or by the OS when the process dies. */
    public interface Lock extends FolderLock {
    }

    /**
     * Takes the folder's lock, so that two processes never append to one runs.csv (a sweep started
     * twice by mistake, or resumed while it still runs). Refused if another process holds it.
     */
    public static Lock lock(Path dir) throws IOException, OutputConflictException {
        FolderLock lock = FolderLock.take(dir, "another BorderSim process is running this sweep "
                + "right now; wait for it to finish (or stop it), then run again with --resume");
        return lock::close;
    }

    private static OutputConflictException alreadyExists(Path dir) {
        return new OutputConflictException(new Problem(dir.toString(), "", "this sweep's folder already exists ("
                + describe(dir) + "); add --resume to continue it, --force to start it again, or give another --out"));
    }

    /**
     * A short account of an existing folder for messages: complete, running now (its lock is held),
     * or stopped before the end; and how many of its runs are recorded.
     */
    static String describe(Path dir) {
        JsonNode m;
        try {
            m = Json.STRICT.readTree(dir.resolve(OutputFile.MANIFEST.fileName()).toFile());
        } catch (IOException e) {
            return "no readable manifest";
        }
        String planned = m.path("runsInShard").asText("?");
        long recorded = recordedRuns(dir.resolve(OutputFile.RUNS.fileName()));
        if ("complete".equals(m.path("status").asText())) return "complete, " + recorded + " of " + planned + " runs recorded";
        String state = lockedByAnotherProcess(dir) ? "running now" : "stopped before the end (its process is gone)";
        return state + ", " + recorded + " of " + planned + " runs recorded";
    }

    /** Complete rows of a journal (a half-written last line, from a kill, is not a run). */
    private static long recordedRuns(Path journal) {
        try {
            byte[] bytes = Files.readAllBytes(journal);
            long lines = 0;
            for (byte b : bytes) if (b == '\n') lines++;
            return Math.max(0, lines - 1);
        } catch (IOException e) {
            return 0;
        }
    }

    /** Whether another process holds the folder's lock now (tried and released at once; this process's own lock does not count). */
    private static boolean lockedByAnotherProcess(Path dir) {
        return FolderLock.heldElsewhere(dir);
    }

    public static void writeManifest(Path dir, Sweep sweep, Shard shard, RunInfo who, boolean complete) throws IOException {
        Manifest manifest = Manifest.of(who).seeds(sweep.seed(), Seeds.sweepRuns(sweep.commonRandomNumbers()));
        ObjectNode root = manifest.json();
        root.put("status", complete ? "complete" : "running");
        root.put("sweep", sweep.name());
        root.put("sweepFile", sweep.file().toString());
        root.put("sweepSha256", sweep.hash());
        root.put("baseScenarioSha256", sweep.base().sha256());
        ObjectNode s = root.putObject("shard");
        s.put("index", shard.index());
        s.put("count", shard.count());
        root.put("design", sweep.design().type());
        root.put("points", sweep.design().points());
        root.put("replications", sweep.replications());
        root.put("runsTotal", sweep.runs());
        root.put("runsInShard", shard.size(sweep.runs()));
        root.put("runNumbering", "run k = point * replications + replication; a shard i/N holds the runs with k mod N = i - 1");
        root.set("effectiveSweep", sweep.effective());
        if (complete) root.put(RUNS_SHA256, sha256(dir.resolve(OutputFile.RUNS.fileName())));
        writeAtomically(dir.resolve(OutputFile.MANIFEST.fileName()), manifest.text());
    }

    /** SHA-256 of a file, read in blocks (a runs.csv can be gigabytes). */
    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] block = new byte[1 << 16];
            for (int n; (n = in.read(block)) > 0; ) digest.update(block, 0, n);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes a file next to its final name and renames it, so readers never see half of it. */
    static void writeAtomically(Path file, String text) throws IOException {
        ResultsFolder.writeAtomically(file, text);
    }
}
