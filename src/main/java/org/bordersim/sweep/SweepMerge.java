package org.bordersim.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bordersim.files.InputException;
import org.bordersim.files.Json;
import org.bordersim.files.Problem;
import org.bordersim.output.OutputFile;

/**
 * Joins the folders of a sharded sweep into one: checks that they are shards of the same sweep,
 * that every shard 1..N is there exactly once and that each is complete and in order, then
 * interleaves their rows back into run order. The result is the runs.csv an unsharded run of
 * the sweep writes, byte for byte.
 */
public final class SweepMerge {
    private SweepMerge() {
    }

    /** A shard folder as found on disk. */
    private record ShardFolder(Path dir, String hash, Shard shard) {
    }

    /** Checks the shard folders and returns the sweep they belong to (read from the first one's copy). */
    public static Sweep check(List<Path> dirs) throws InputException, IOException {
        List<Problem> problems = new ArrayList<>();
        List<ShardFolder> shards = new ArrayList<>();
        for (Path dir : dirs) {
            Path manifest = dir.resolve(OutputFile.MANIFEST.fileName());
            if (!Files.isRegularFile(manifest)) {
                problems.add(new Problem(dir.toString(), "", "not a sweep folder: no " + OutputFile.MANIFEST.fileName()));
                continue;
            }
            JsonNode m;
            try {
                m = Json.STRICT.readTree(manifest.toFile());
            } catch (IOException e) {
                problems.add(new Problem(manifest.toString(), "", "cannot be read: " + e.getMessage()));
                continue;
            }
            String damaged = manifestProblem(m);
            if (damaged != null) {
                problems.add(new Problem(manifest.toString(), "", damaged));
                continue;
            }
            shards.add(new ShardFolder(dir, m.get("sweepSha256").asText(),
                    new Shard(m.get("shard").get("index").asInt(), m.get("shard").get("count").asInt())));
        }
        if (!problems.isEmpty()) throw new InputException(problems);
        if (shards.isEmpty()) throw new InputException(new Problem("merge", "", "no folders given"));
        ShardFolder first = shards.get(0);
        int count = first.shard().count();
        // By index; a map, since a damaged manifest may claim any count.
        Map<Integer, ShardFolder> byIndex = new TreeMap<>();
        for (ShardFolder s : shards) {
            if (!s.hash().equals(first.hash())) {
                problems.add(new Problem(s.dir().toString(), "/sweepSha256", "belongs to another sweep than " + first.dir()
                        + " (sweep hash " + s.hash().substring(0, 12) + " vs " + first.hash().substring(0, 12) + ")"));
            } else if (s.shard().count() != count) {
                problems.add(new Problem(s.dir().toString(), "/shard/count", "is a shard of " + s.shard().count()
                        + ", but " + first.dir() + " is a shard of " + count));
            } else if (byIndex.containsKey(s.shard().index())) {
                problems.add(new Problem(s.dir().toString(), "/shard/index", "shard " + s.shard().index() + "/" + count
                        + " is given twice (also " + byIndex.get(s.shard().index()).dir() + ")"));
            } else {
                byIndex.put(s.shard().index(), s);
            }
        }
        if (problems.isEmpty() && byIndex.size() < count) {
            int named = 0;
            for (int i = 1; i <= count && named < 10; i++) {
                if (byIndex.containsKey(i)) continue;
                problems.add(new Problem("merge", "", "shard " + i + "/" + count + " is missing"));
                named++;
            }
            if (count - byIndex.size() > named) {
                problems.add(new Problem("merge", "", "and " + (count - byIndex.size() - named) + " more shards are missing"));
            }
        }
        if (!problems.isEmpty()) throw new InputException(problems);
        Sweep sweep = SweepLoader.load(first.dir().resolve(OutputFile.SWEEP_COPY.fileName()));
        if (!sweep.hash().equals(first.hash())) {
            throw new InputException(new Problem(first.dir().resolve(OutputFile.SWEEP_COPY.fileName()).toString(), "",
                    "does not match the manifest's sweepSha256; the folder was edited"));
        }
        for (ShardFolder s : byIndex.values()) checkComplete(s, sweep, problems);
        if (!problems.isEmpty()) throw new InputException(problems);
        return sweep;
    }

    /** What makes a manifest unusable for a merge, or null. */
    static String manifestProblem(JsonNode m) {
        if (!m.path("sweepSha256").asText("").matches("[0-9a-f]{64}")) return "not a sweep manifest: no valid sweepSha256";
        JsonNode index = m.path("shard").path("index");
        JsonNode count = m.path("shard").path("count");
        if (!index.isInt() || !count.isInt()) return "not a sweep manifest: shard index and count must be whole numbers";
        if (count.asInt() < 1 || count.asLong() > Sweep.MAX_RUNS || index.asInt() < 1 || index.asInt() > count.asInt()) {
            return "damaged: shard " + index.asText() + "/" + count.asText() + " is not a shard i/N with 1 <= i <= N <= "
                    + Sweep.MAX_RUNS;
        }
        return null;
    }

    private static void checkComplete(ShardFolder s, Sweep sweep, List<Problem> problems) throws IOException {
        Path file = s.dir().resolve(OutputFile.RUNS.fileName());
        int expected = s.shard().size(sweep.runs());
        if (!Files.isRegularFile(file)) {
            problems.add(new Problem(file.toString(), "", "missing; this shard has not run"));
            return;
        }
        String header = String.join(",", SweepJournal.header(sweep));
        int rows = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            if (!header.equals(in.readLine())) {
                problems.add(new Problem(file.toString(), "line 1", "header differs from the sweep's"));
                return;
            }
            for (String line; (line = in.readLine()) != null; rows++) {
                String wrong = SweepJournal.rowProblem(sweep, s.shard(), rows, line);
                if (wrong != null) {
                    problems.add(new Problem(file.toString(), "line " + (rows + 2), wrong));
                    return;
                }
            }
        }
        if (rows != expected || !endsWithNewline(file)) {
            problems.add(new Problem(file.toString(), "", "incomplete: " + rows + " of " + expected
                    + " runs recorded; finish it with 'bordersim sweep ... --shard " + s.shard().index() + "/"
                    + s.shard().count() + " --resume'"));
            return;
        }
        JsonNode manifest = Json.STRICT.readTree(s.dir().resolve(OutputFile.MANIFEST.fileName()).toFile());
        if (!"complete".equals(manifest.path("status").asText())) {
            problems.add(new Problem(file.toString(), "", "every run is recorded but the shard never finished; complete it "
                    + "with 'bordersim sweep ... --shard " + s.shard().index() + "/" + s.shard().count() + " --resume'"));
            return;
        }
        if (!manifest.path(SweepFolder.RUNS_SHA256).asText("").equals(SweepFolder.sha256(file))) {
            problems.add(new Problem(file.toString(), "", "does not match the checksum its sweep recorded when it finished "
                    + "(manifest.json " + SweepFolder.RUNS_SHA256 + "): the file was edited or damaged since"));
        }
    }

    private static boolean endsWithNewline(Path file) throws IOException {
        long size = Files.size(file);
        if (size == 0) return false;
        try (var ch = Files.newByteChannel(file)) {
            ch.position(size - 1);
            ByteBuffer b = ByteBuffer.allocate(1);
            ch.read(b);
            return b.get(0) == '\n';
        }
    }

    /** Writes the merged runs.csv, failures.log and the sweep's copies into {@code target}. */
    public static void write(List<Path> dirs, Sweep sweep, Path target) throws IOException {
        int count = dirs.size();
        BufferedReader[] readers = new BufferedReader[count + 1];
        Path firstDir = null;
        try {
            for (Path dir : dirs) {
                int index = Json.STRICT.readTree(dir.resolve(OutputFile.MANIFEST.fileName()).toFile()).get("shard").get("index").asInt();
                readers[index] = Files.newBufferedReader(dir.resolve(OutputFile.RUNS.fileName()), StandardCharsets.UTF_8);
                readers[index].readLine();
                if (index == 1) firstDir = dir;
            }
            try (Writer out = Files.newBufferedWriter(target.resolve(OutputFile.RUNS.fileName()), StandardCharsets.UTF_8)) {
                out.write(String.join(",", SweepJournal.header(sweep)) + "\n");
                for (int run = 0; run < sweep.runs(); run++) {
                    out.write(readers[run % count + 1].readLine());
                    out.write('\n');
                }
            }
        } finally {
            for (BufferedReader r : readers) if (r != null) r.close();
        }
        Files.copy(firstDir.resolve(OutputFile.SWEEP_COPY.fileName()), target.resolve(OutputFile.SWEEP_COPY.fileName()), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(firstDir.resolve(OutputFile.SCENARIO_COPY.fileName()), target.resolve(OutputFile.SCENARIO_COPY.fileName()), StandardCopyOption.REPLACE_EXISTING);
        for (Path dir : dirs) {
            Path log = dir.resolve(OutputFile.FAILURES.fileName());
            if (Files.exists(log)) {
                Files.write(target.resolve(OutputFile.FAILURES.fileName()), Files.readAllBytes(log), StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            }
        }
    }
}
