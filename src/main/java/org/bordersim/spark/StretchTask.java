package org.bordersim.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.api.java.function.Function;
import org.bordersim.files.InputException;
import org.bordersim.output.OutputFile;
import org.bordersim.sweep.PreparedPoint;
import org.bordersim.sweep.RunRecord;
import org.bordersim.sweep.Shard;
import org.bordersim.sweep.Sweep;
import org.bordersim.sweep.SweepLoader;
import org.bordersim.sweep.SweepRunner;

/**
 * One Spark task: runs a stretch of the shard's runs with the real model and returns their
 * records. It writes nothing, so an attempt that fails or is duplicated (a retry, speculation)
 * leaves no trace: only the records of the attempt Spark keeps reach the driver.
 *
 * <p>The task carries the sweep as the two self-contained files of its folder ({@code sweep.json}
 * and the resolved {@code scenario.json}), not paths, because executors do not see the driver's
 * disk. Each executor JVM loads a sweep once and keeps it for all the tasks it runs.
 */
final class StretchTask implements Function<Stretch, List<RunRecord>> {
    private static final long serialVersionUID = 1L;
    /** Sweeps loaded in this JVM, by hash. */
    private static final ConcurrentHashMap<String, Sweep> LOADED = new ConcurrentHashMap<>();

    private final String sweepJson;
    private final String scenarioJson;
    private final String hash;
    private final int shardIndex;
    private final int shardCount;

    StretchTask(Path folder, Sweep sweep, Shard shard) throws IOException {
        this.sweepJson = Files.readString(folder.resolve(OutputFile.SWEEP_COPY.fileName()), StandardCharsets.UTF_8);
        this.scenarioJson = Files.readString(folder.resolve(OutputFile.SCENARIO_COPY.fileName()), StandardCharsets.UTF_8);
        this.hash = sweep.hash();
        this.shardIndex = shard.index();
        this.shardCount = shard.count();
    }

    @Override
    public List<RunRecord> call(Stretch stretch) {
        Sweep sweep = LOADED.computeIfAbsent(hash, h -> load());
        Shard shard = new Shard(shardIndex, shardCount);
        List<RunRecord> records = new ArrayList<>(stretch.to() - stretch.from());
        PreparedPoint point = null;
        for (int q = stretch.from(); q < stretch.to(); q++) {
            int run = shard.run(q);
            if (point == null || point.point() != sweep.pointOf(run)) point = PreparedPoint.of(sweep, sweep.pointOf(run));
            records.add(RunRecord.compute(sweep, run, point, SweepRunner.MODEL));
        }
        return records;
    }

    /** The sweep from its folder's copies, checked to be the driver's (same hash). */
    private Sweep load() {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("bordersim-sweep-");
            Path sweepFile = dir.resolve(OutputFile.SWEEP_COPY.fileName());
            Path scenarioFile = dir.resolve(OutputFile.SCENARIO_COPY.fileName());
            Files.writeString(sweepFile, sweepJson, StandardCharsets.UTF_8);
            Files.writeString(scenarioFile, scenarioJson, StandardCharsets.UTF_8);
            Sweep sweep;
            try {
                sweep = SweepLoader.load(sweepFile);
            } finally {
                Files.delete(sweepFile);
                Files.delete(scenarioFile);
                Files.delete(dir);
            }
            if (!sweep.hash().equals(hash)) {
                throw new IllegalStateException("this executor reads the sweep as " + sweep.shortHash() + ", the driver as "
                        + hash.substring(0, 12) + ": the executors run another version of BorderSim than the driver");
            }
            return sweep;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InputException e) {
            throw new IllegalStateException("the sweep does not load on this executor: " + e.getMessage(), e);
        }
    }
}
