package org.bordersim.studio;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.bordersim.invest.Investment;
import org.bordersim.invest.Portfolio;
import org.bordersim.invest.PortfolioAnalysis;
import org.bordersim.output.RunInfo;
import org.bordersim.report.InvestReport;
import org.bordersim.sweep.Shard;
import org.bordersim.sweep.SweepRunner;

/**
 * Donors' questions answered from the page: {@code bordersim invest} on a portfolio file, queued as
 * studio jobs ({@link JobQueue}), into the results root. The run is the command's own (the same
 * folder, so a question asked twice, from the page or the command line, reuses its runs).
 */
final class Investments implements AutoCloseable {
    /** One invest run's state, read by the page while it runs. */
    static final class Job extends JobQueue.Job {
        volatile String stage = "";
        final AtomicInteger total = new AtomicInteger();
        volatile String recommendation;
        volatile Path folder;
        volatile java.util.Map<String, Object> answer;

        Job(long id) {
            super(id);
        }
    }

    private final JobQueue<Job> jobs = new JobQueue<>("studio-invest", 100);
    private final Path results;
    private final int threads;

    Investments(Path results, int threads) {
        this.results = results;
        this.threads = threads;
    }

    Job start(Portfolio p) {
        return jobs.submit(Job::new, job -> {
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
            job.answer = DonorAnswer.of(a);
            job.recommendation = a.recommendation().best() < 0 ? "no portfolio fits the budget and meets the constraints"
                    : InvestReport.described(p, a.result(a.recommendation().best()));
        });
    }

    Job get(long id) {
        return jobs.get(id);
    }

    @Override
    public void close() {
        jobs.close();
    }
}
