package org.bordersim.calibrate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.concurrent.ConcurrentHashMap;
import java.util.List;
import java.util.Map;
import org.bordersim.metrics.Numbers;

/**
 * simulations.csv: one line per finished simulation (generation, index, seed, the parameter values, the simulated
 * targets), appended and flushed as each ends, in whatever order the threads finish. A killed calibration resumes from
 * it: every recorded simulation is read back instead of run again. A half-written last line (a kill while writing) is
 * cut off before appending. Values are written in full precision, so what is read back is what was simulated.
 */
final class SimulationJournal implements AbcSmc.Journal, AutoCloseable {
    static final String FILE = "simulations.csv";

    private final Map<Long, double[]> recorded = new ConcurrentHashMap<>();
    private final Path dir;
    private final String own;
    private final BufferedWriter out;
    private final int parameters;
    private final int targets;

    SimulationJournal(Path dir, Calibration c) throws IOException {
        this(dir, c, AbcSmc.Shard.WHOLE);
    }

    /**
     * A shard writes a journal of its own, {@code simulations-shard-i-of-N.csv}, and reads every journal in the folder:
     * its own (to resume) and the other shards' (for their simulations, again on {@link #refresh}).
     */
    SimulationJournal(Path dir, Calibration c, AbcSmc.Shard shard) throws IOException {
        this.dir = dir;
        Path file = dir.resolve(fileName(shard));
        this.own = file.getFileName().toString();
        parameters = c.parameters().size();
        targets = 2 * c.targets().size();
        if (Files.exists(file)) cutHalfWrittenLine(file);
        readAll(true);
        if (Files.exists(file)) {
            out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } else {
            out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
            List<String> header = new ArrayList<>(List.of("generation", "index", "seed"));
            c.parameters().forEach(p -> header.add(p.name()));
            for (int j = 0; j < c.targets().size(); j++) header.add("target_" + (j + 1) + "_model");
            for (int j = 0; j < c.targets().size(); j++) header.add("target_" + (j + 1) + "_as_observed");
            out.write(String.join(",", header));
            out.write('\n');
            out.flush();
        }
    }

    static String fileName(AbcSmc.Shard shard) {
        return shard.count() == 1 ? FILE : "simulations-shard-" + (shard.index() + 1) + "-of-" + shard.count() + ".csv";
    }

    /** Reads the complete lines of every journal in the folder (the own one too when {@code withOwn}). */
    private void readAll(boolean withOwn) throws IOException {
        try (var files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().matches("simulations(-shard-\\d+-of-\\d+)?\\.csv")).sorted().toList()) {
                if (!withOwn && f.getFileName().toString().equals(own)) continue;
                read(f);
            }
        }
    }

    private void read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int end = text.lastIndexOf('\n');
        if (end < 0) return;
        String[] lines = text.substring(0, end).split("\n", -1);
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].split(",", -1);
            if (f.length != 3 + parameters + targets) continue;
            double[] sim = new double[targets];
            for (int j = 0; j < targets; j++) sim[j] = f[3 + parameters + j].isEmpty() ? Double.NaN : Double.parseDouble(f[3 + parameters + j]);
            recorded.putIfAbsent(key(Integer.parseInt(f[0]), Integer.parseInt(f[1])), sim);
        }
    }

    @Override
    public void refresh() {
        try {
            readAll(false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int recordedCount() {
        return recorded.size();
    }

    private static long key(int generation, int index) {
        return ((long) generation << 32) | index;
    }

    private static void cutHalfWrittenLine(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int end = bytes.length;
        while (end > 0 && bytes[end - 1] != '\n') end--;
        if (end == bytes.length) return;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(end);
        }
    }

    @Override
    public double[] recorded(int generation, int index) {
        return recorded.get(key(generation, index));
    }

    @Override
    public synchronized void record(int generation, int index, long seed, double[] theta, double[] simulated) {
        StringBuilder line = new StringBuilder(64 + 24 * (theta.length + simulated.length));
        line.append(generation).append(',').append(index).append(',').append(seed);
        for (double v : theta) line.append(',').append(Numbers.exact(v));
        for (double v : simulated) line.append(',').append(Double.isNaN(v) ? "" : Numbers.exact(v));
        try {
            out.write(line.append('\n').toString());
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
