package org.bordersim.sweep;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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

    private SweepRunner() {
    }

    /**
     * Runs whatever the folder's journal does not yet record.
     *
     * @throws InputException if the journal belongs to another sweep or shard
     */
    public static Outcome run(Sweep sweep, Shard shard, Path folder, int threads, RunFunction function, Listener listener)
            throws IOException, InputException, InterruptedException {
        Path file = folder.resolve(OutputFile.RUNS.fileName());
        try (SweepJournal journal = Files.exists(file) ? SweepJournal.resume(file, sweep, shard)
                : SweepJournal.create(file, sweep)) {
            return new Execution(sweep, shard, folder, threads, function, listener, journal).run();
        }
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
            int currentPoint = -1;
            PreparedScenario prepared = null;
            String invalidPoint = null;
            try {
                for (int q = start; q < total; q++) {
                    slots.acquire();
                    if (writeError != null || fatal != null) break;
                    int run = shard.run(q);
                    int point = sweep.pointOf(run);
                    if (point != currentPoint) {
                        currentPoint = point;
                        try {
                            prepared = sweep.prepare(point);
                            invalidPoint = null;
                        } catch (InputException e) {
                            prepared = null;
                            invalidPoint = "invalid scenario at this point: " + e.problems().get(0).describe();
                        } catch (RuntimeException e) {
                            // A bug in building this point's world must not end the sweep either.
                            prepared = null;
                            invalidPoint = "cannot prepare this point: " + e;
                        }
                    }
                    PreparedScenario p = prepared;
                    String invalid = invalidPoint;
                    int position = q;
                    pool.execute(() -> execute(position, run, p, invalid));
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

        private void execute(int position, int run, PreparedScenario prepared, String invalid) {
            String row;
            String error = invalid;
            try {
                if (prepared != null) {
                    RunResult r = function.run(prepared, sweep.replicationOf(run), sweep.seedOf(run));
                    row = SweepJournal.okRow(sweep, run, r);
                } else {
                    row = SweepJournal.failedRow(sweep, run, invalid);
                    logFailure(run, invalid, null);
                }
            } catch (VirtualMachineError e) {
                // Out of memory or similar: stop the sweep; this run is not recorded and reruns on resume.
                fatal = e;
                slots.release(window);
                return;
            } catch (Throwable t) {
                error = t.toString();
                row = SweepJournal.failedRow(sweep, run, error);
                logFailure(run, error, t);
            }
            record(position, row, run, error);
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

        private void logFailure(int run, String error, Throwable t) {
            StringWriter text = new StringWriter();
            PrintWriter p = new PrintWriter(text);
            p.printf("run %d (point %d, replication %d, seed %d) failed: %s%n  settings: %s%n", run, sweep.pointOf(run),
                    sweep.replicationOf(run), sweep.seedOf(run), error, sweep.settings(sweep.pointOf(run)));
            if (t != null) t.printStackTrace(p);
            p.flush();
            synchronized (failures) {
                try {
                    Files.writeString(failures, text.toString(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                            StandardOpenOption.APPEND);
                } catch (IOException e) {
                    writeError = e;
                }
            }
        }
    }
}
