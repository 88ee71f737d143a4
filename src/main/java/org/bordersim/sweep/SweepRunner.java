package org.bordersim.sweep;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.bordersim.experiment.PreparedScenario;
import org.bordersim.experiment.Replication;
import org.bordersim.files.InputException;
import org.bordersim.metrics.RunResult;
import org.bordersim.output.OutputFile;

/**
 * Runs a sweep's (or shard's) runs on a pool of threads and records each in the journal as soon
 * as it and every run before it are done. At most {@code 4 x threads} runs are in flight, so a
 * run finishing early waits in a small buffer, never in an ever-growing list: memory does not
 * grow with the number of runs. A run that throws is recorded as failed (with its point, seed and
 * error in {@code failures.log}) and the sweep carries on; a point whose combination of values is
 * not a valid scenario fails all its runs the same way.
 */
public final class SweepRunner {
    /** One run: a pure function of the point's scenario, the replication and its seed. */
    public interface RunFunction {
        RunResult run(PreparedScenario prepared, int replication, long seed);
    }

    /** The real model. */
    public static final RunFunction MODEL = (p, r, seed) -> Replication.run(p.scenario(), p.world(), r, seed);

    /** Told about progress, from worker threads. */
    public interface Listener {
        void started(int runsInShard, int alreadyRecorded, boolean repairedLastRow);

        /** A run was recorded; {@code error} is null if it succeeded. */
        void recorded(int run, String error);
    }

    /** What this invocation did. */
    public record Outcome(int runsInShard, int alreadyRecorded, int ran, int failed, boolean repairedLastRow) {
    }

    /**
     * Where the runs are computed. Whatever the engine, the folder, its journal and its rows are
     * the same: the rows are a pure function of the sweep and the run number.
     */
    @FunctionalInterface
    public interface Engine {
        Outcome run(Sweep sweep, Shard shard, Path folder, int threads, Listener listener)
                throws IOException, InputException, InterruptedException;
    }

    /** Threads of this process, running the real model. */
    public static final Engine LOCAL = (sweep, shard, folder, threads, listener) ->
            run(sweep, shard, folder, threads, MODEL, listener);

    /**
     * Computes stretches of a shard's runs elsewhere (the executors of a cluster) and gives their
     * records back in position order, all at once.
     */
    public interface Batches {
        /** Positions handed out at once. A crash loses at most the batch under way. */
        int batchSize();

        /** Records of the shard's positions [from, to), in order. */
        List<RunRecord> compute(int from, int to) throws IOException;
    }

    private SweepRunner() {
    }

    /**
     * Runs whatever the folder's journal does not yet record.
     *
     * @throws InputException if the journal belongs to another sweep or shard
     */
    public static Outcome run(Sweep sweep, Shard shard, Path folder, int threads, RunFunction function, Listener listener)
            throws IOException, InputException, InterruptedException {
        try (SweepJournal journal = open(folder, sweep, shard)) {
            return new Execution(sweep, shard, folder, threads, function, listener, journal).run();
        }
    }

    /**
     * Runs whatever the folder's journal does not yet record, batch by batch on {@code batches},
     * appending each batch's rows when it is back. The records must be the batch's runs, each once,
     * in order: anything else (a lost or doubled row) stops the sweep before it is written.
     *
     * @throws InputException if the journal belongs to another sweep or shard
     */
    public static Outcome runInBatches(Sweep sweep, Shard shard, Path folder, Batches batches, Listener listener)
            throws IOException, InputException {
        Path failures = folder.resolve(OutputFile.FAILURES.fileName());
        try (SweepJournal journal = open(folder, sweep, shard)) {
            int total = shard.size(sweep.runs());
            int start = journal.recorded();
            listener.started(total, start, journal.repaired());
            int failed = 0;
            for (int from = start; from < total; ) {
                int to = (int) Math.min(total, (long) from + Math.max(1, batches.batchSize()));
                List<RunRecord> records = batches.compute(from, to);
                if (records.size() != to - from) {
                    throw new IllegalStateException("runs " + from + ".." + (to - 1) + " came back as " + records.size() + " records");
                }
                for (int i = 0; i < records.size(); i++) {
                    if (records.get(i).run() != shard.run(from + i)) {
                        throw new IllegalStateException("expected run " + shard.run(from + i) + ", got " + records.get(i).run());
                    }
                }
                for (RunRecord r : records) {
                    if (r.failureLog() != null) {
                        appendFailure(failures, r.failureLog());
                        failed++;
                    }
                    journal.append(r.row());
                    listener.recorded(r.run(), r.error());
                }
                from = to;
            }
            return new Outcome(total, start, total - start, failed, journal.repaired());
        }
    }

    private static SweepJournal open(Path folder, Sweep sweep, Shard shard) throws IOException, InputException {
        Path file = folder.resolve(OutputFile.RUNS.fileName());
        return Files.exists(file) ? SweepJournal.resume(file, sweep, shard) : SweepJournal.create(file, sweep);
    }

    private static void appendFailure(Path failures, String text) throws IOException {
        Files.writeString(failures, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private static final class Execution {
        private final Sweep sweep;
        private final Shard shard;
        private final Path failures;
        private final int threads;
        private final RunFunction function;
        private final Listener listener;
        private final SweepJournal journal;
        private final int window;
        private final Semaphore slots;
        private final String[] finished;
        private final Object lock = new Object();
        private int next;
        private int failed;
        private volatile IOException writeError;
        private volatile VirtualMachineError fatal;

        Execution(Sweep sweep, Shard shard, Path folder, int threads, RunFunction function, Listener listener,
                  SweepJournal journal) {
            this.sweep = sweep;
            this.shard = shard;
            this.failures = folder.resolve(OutputFile.FAILURES.fileName());
            this.threads = threads;
            this.function = function;
            this.listener = listener;
            this.journal = journal;
            this.window = 4 * threads;
            this.slots = new Semaphore(window);
            this.finished = new String[window];
            this.next = journal.recorded();
        }

        Outcome run() throws IOException, InterruptedException {
            int total = shard.size(sweep.runs());
            int start = journal.recorded();
            listener.started(total, start, journal.repaired());
            ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "sweep-run");
                t.setDaemon(true);
                return t;
            });
            PreparedPoint point = null;
            try {
                for (int q = start; q < total; q++) {
                    slots.acquire();
                    if (writeError != null || fatal != null) break;
                    int run = shard.run(q);
                    if (point == null || point.point() != sweep.pointOf(run)) point = PreparedPoint.of(sweep, sweep.pointOf(run));
                    PreparedPoint p = point;
                    int position = q;
                    pool.execute(() -> execute(position, run, p));
                }
            } finally {
                pool.shutdown();
                while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                    // runs can be long; keep waiting for the ones in flight
                }
            }
            if (fatal != null) throw fatal;
            if (writeError != null) throw writeError;
            return new Outcome(total, start, next - start, failed, journal.repaired());
        }

        private void execute(int position, int run, PreparedPoint point) {
            RunRecord record;
            try {
                record = RunRecord.compute(sweep, run, point, function);
                if (record.failureLog() != null) logFailure(record.failureLog());
            } catch (VirtualMachineError e) {
                // Out of memory or similar: stop the sweep; this run is not recorded and reruns on resume.
                fatal = e;
                slots.release(window);
                return;
            }
            record(position, record.row(), run, record.error());
        }

        /** Buffers the row and writes every row that is now next in order. */
        private void record(int position, String row, int run, String error) {
            synchronized (lock) {
                finished[position % window] = row;
                if (error != null) failed++;
                while (finished[next % window] != null) {
                    String r = finished[next % window];
                    finished[next % window] = null;
                    if (writeError == null && fatal == null) {
                        try {
                            journal.append(r);
                        } catch (IOException e) {
                            writeError = e;
                        }
                    }
                    next++;
                    slots.release();
                }
            }
            listener.recorded(run, error);
        }

        private void logFailure(String text) {
            synchronized (failures) {
                try {
                    appendFailure(failures, text);
                } catch (IOException e) {
                    writeError = e;
                }
            }
        }
    }
}
