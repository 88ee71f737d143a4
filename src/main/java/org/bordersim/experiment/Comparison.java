package org.bordersim.experiment;

import java.util.ArrayList;
import java.util.List;
import org.bordersim.metrics.Metric;
import org.bordersim.metrics.RunResult;
import org.bordersim.stats.PairedDifference;

/**
 * A baseline and its alternatives run with common random numbers: replication i of every
 * scenario uses the same seed, so each alternative is compared with the baseline pair by pair.
 * The pairing removes the part of the run-to-run noise the scenarios share, which is why a
 * comparison needs fewer replications than two separate runs would.
 *
 * @param runs runs.get(s) are scenario s's replications in order; scenario 0 is the baseline
 */
public record Comparison(List<PreparedScenario> scenarios, List<List<RunResult>> runs) {

    /** Runs every scenario (already given its seed and replication count) in turn. */
    public static Comparison run(List<PreparedScenario> scenarios, int threads, Replications.Progress progress)
            throws InterruptedException {
        List<List<RunResult>> runs = new ArrayList<>();
        for (PreparedScenario s : scenarios) runs.add(Replications.run(s.scenario(), s.world(), threads, progress));
        return new Comparison(List.copyOf(scenarios), List.copyOf(runs));
    }

    public int replications() {
        return runs.get(0).size();
    }

    public double[] values(int scenario, Metric m) {
        return runs.get(scenario).stream().mapToDouble(r -> r.get(m)).toArray();
    }

    /** Alternative {@code scenario} (1..) minus the baseline, paired by replication. */
    public PairedDifference difference(int scenario, Metric m) {
        return PairedDifference.of(values(0, m), values(scenario, m));
    }

    /** Any per-replication value (a place's crossings, a BLO's seizures), scenario against the baseline, paired. */
    public PairedDifference difference(int scenario, java.util.function.ToDoubleFunction<RunResult> value) {
        return PairedDifference.of(runs.get(0).stream().mapToDouble(value).toArray(),
                runs.get(scenario).stream().mapToDouble(value).toArray());
    }

    /** Crossings at one place (a location index of the baseline's map), scenario against the baseline, paired. */
    public PairedDifference placeDifference(int scenario, int place) {
        return difference(scenario, r -> r.crossingsByLocation()[place]);
    }
}
