package org.bordersim.sweep;

import java.io.PrintWriter;
import java.io.Serializable;
import java.io.StringWriter;
import org.bordersim.metrics.RunResult;

/**
 * What one run leaves in a sweep folder: its row of {@code runs.csv} and, if it failed, its
 * entry in {@code failures.log}. Computed wherever the run happens (a thread here, a Spark
 * executor) and written only by the process that owns the folder.
 *
 * @param error      null if the run succeeded
 * @param failureLog null if the run succeeded; else its point, seed, settings and stack trace
 */
public record RunRecord(int run, String row, String error, String failureLog) implements Serializable {
    private static final long serialVersionUID = 1L;

    /**
     * Runs {@code run} of the sweep at its prepared point. Whatever the run throws becomes a failed
     * record, except a {@link VirtualMachineError} (out of memory), which is thrown: the run is
     * then not recorded and runs again on resume.
     */
    public static RunRecord compute(Sweep sweep, int run, PreparedPoint point, SweepRunner.RunFunction function) {
        if (point.prepared() == null) {
            return failed(sweep, run, point.invalid(), null);
        }
        try {
            RunResult r = function.run(point.prepared(), sweep.replicationOf(run), sweep.seedOf(run));
            return new RunRecord(run, SweepJournal.okRow(sweep, run, r, point.prepared().world().locationNames()), null, null);
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Throwable t) {
            return failed(sweep, run, t.toString(), t);
        }
    }

    private static RunRecord failed(Sweep sweep, int run, String error, Throwable t) {
        StringWriter text = new StringWriter();
        PrintWriter p = new PrintWriter(text);
        p.printf("run %d (point %d, replication %d, seed %d) failed: %s%n  settings: %s%n", run, sweep.pointOf(run),
                sweep.replicationOf(run), sweep.seedOf(run), error, sweep.settings(sweep.pointOf(run)));
        if (t != null) t.printStackTrace(p);
        p.flush();
        return new RunRecord(run, SweepJournal.failedRow(sweep, run, error), error, text.toString());
    }
}
