package org.bordersim.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bordersim.metrics.RunResult;
import org.bordersim.scenario.Scenario;
import org.bordersim.world.World;

/**
 * Runs a scenario's replications on a pool of threads. Each replication's seed depends only on
 * the base seed and its index, and results are returned in index order, so the output does not
 * depend on the number of threads.
 */
public final class Replications {
    /** Told after each replication finishes (from a worker thread). */
    public interface Progress {
        void replicationDone();
    }

    private Replications() {
    }

    /**
     * Runs replications 0 .. {@code scenario.replications()} - 1 of the scenario, replication i with
     * seed {@code Seeds.replication(scenario.seed(), i)}.
     *
     * @param scenario the scenario, with its base seed and replication count
     * @param world    its world, built once by {@code World.build} and shared (read-only) by all replications
     * @param threads  worker threads (at least 1; more than the replications are not started); the results do not depend on it
     * @param progress told after each replication, from a worker thread
     * @return the results in replication order
     * @throws InterruptedException if the calling thread is interrupted; the workers are stopped
     */
    public static List<RunResult> run(Scenario scenario, World world, int threads, Progress progress)
            throws InterruptedException {
        int n = scenario.replications();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, n)), r -> {
            Thread t = new Thread(r, "replication");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<RunResult>> futures = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                int rep = i;
                futures.add(pool.submit(() -> {
                    RunResult r = Replication.run(scenario, world, rep, Seeds.replication(scenario.seed(), rep));
                    progress.replicationDone();
                    return r;
                }));
            }
            List<RunResult> results = new ArrayList<>(n);
            for (Future<RunResult> f : futures) {
                try {
                    results.add(f.get());
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof RuntimeException re) throw re;
                    if (cause instanceof Error err) throw err;
                    throw new IllegalStateException(cause);
                }
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
