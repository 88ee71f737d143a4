package org.bordersim.studio;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.bordersim.invest.Investment;
import org.bordersim.invest.Portfolio;
import org.bordersim.invest.PortfolioAnalysis;
import org.bordersim.output.RunInfo;
import org.bordersim.report.InvestReport;
import org.bordersim.sweep.Shard;
import org.bordersim.sweep.SweepRunner;

/**
 * Donors' questions answered from the page: {@code bordersim invest} on a portfolio file, one at a
 * time on a background thread, into the results root. The run is the command's own (the same
 * folder, so a question asked twice, from the page or the command line, reuses its runs).
 */
final class Investments implements AutoCloseable {
    /** One invest run's state, read by the page while it runs. */
    static final class Job {
        final long id;
        volatile String status = "queued";
        volatile String stage = "";
        final AtomicInteger done = new AtomicInteger();
        final AtomicInteger total = new AtomicInteger();
        volatile String recommendation;
        volatile Path folder;
        volatile String error;

        Job(long id) {
            this.id = id;
        }
    }

    private final Map<Long, Job> jobs = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "studio-invest");
        t.setDaemon(true);
        return t;
    });
    private final Path results;
    private final int threads;

    Investments(Path results, int threads) {
        this.results = results;
        this.threads = threads;
    }

    Job start(Portfolio p) {
        Job job = new Job(ids.incrementAndGet());
        jobs.put(job.id, job);
        runner.execute(() -> {
            job.status = "running";
            try {
                Investment.Evaluated done = Investment.run(p, results, Shard.WHOLE, SweepRunner.LOCAL, threads,
                        new RunInfo("studio", List.of("studio", "invest", p.file().toString()), threads),
                        name -> new SweepRunner.Listener() {
                            @Override
                            public void started(int runsInShard, int alreadyRecorded, boolean repairedLastRow) {
                                job.stage = name;
                                job.total.set(runsInShard);
                                job.done.set(alreadyRecorded);
                            }

                            @Override
                            public void recorded(int run, String error) {
                                job.done.incrementAndGet();
                            }
                        });
                PortfolioAnalysis a = done.analysis();
                InvestReport.write(done.folder(), a, "studio");
                job.folder = done.folder();
                job.recommendation = a.recommendation().best() < 0 ? "no portfolio fits the budget and meets the constraints"
                        : InvestReport.described(p, a.result(a.recommendation().best()));
                job.status = "done";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                job.error = "stopped";
                job.status = "failed";
            } catch (Exception e) {
                job.error = e.getMessage();
                job.status = "failed";
            }
        });
        return job;
    }

    Job get(long id) {
        return jobs.get(id);
    }

    @Override
    public void close() {
        runner.shutdownNow();
    }
}
