package org.bordersim.studio;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

/**
 * Long jobs the page starts (comparisons, donors' questions), run one after another on a
 * background thread, each under its own id, so that a second browser tab reads its own job and
 * never disturbs another's. The last {@code kept} jobs are kept for the page to read.
 */
final class JobQueue<J extends JobQueue.Job> implements AutoCloseable {
    /** What every job shows the page: its id, where it stands, what went wrong, how many runs are done. */
    abstract static class Job {
        final long id;
        final AtomicInteger done = new AtomicInteger();
        volatile String status = "queued";
        volatile String error;

        Job(long id) {
            this.id = id;
        }
    }

    /** The job's work; when it returns, the job is done. */
    interface Work<J> {
        void run(J job) throws Exception;
    }

    private final Map<Long, J> jobs = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final int kept;
    private final ExecutorService runner;

    JobQueue(String threadName, int kept) {
        this.kept = kept;
        this.runner = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
    }

    J submit(LongFunction<J> make, Work<J> work) {
        J job = make.apply(ids.incrementAndGet());
        jobs.put(job.id, job);
        jobs.keySet().removeIf(old -> old <= job.id - kept);
        runner.execute(() -> {
            job.status = "running";
            try {
                work.run(job);
                job.status = "done";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                job.error = "stopped";
                job.status = "failed";
            } catch (Exception e) {
                job.error = e.getMessage() == null ? e.toString() : e.getMessage();
                job.status = "failed";
            }
        });
        return job;
    }

    J get(long id) {
        return jobs.get(id);
    }

    @Override
    public void close() {
        runner.shutdownNow();
    }
}
