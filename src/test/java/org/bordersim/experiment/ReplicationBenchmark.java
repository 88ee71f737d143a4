package org.bordersim.experiment;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Benchmark, not a test: milliseconds per replication of a scenario in one warm JVM, on one
 * thread. Whole-process timings on a shared machine drift by more than the few percent a change
 * to the model's inner loops makes; this leaves out start-up, JIT warm-up and the report, so two
 * jars can be compared run against run. As docs/PERFORMANCE.md says:
 * {@code java -cp <jar>:target/test-classes org.bordersim.experiment.ReplicationBenchmark scenarios/baseline.json 150}.
 */
public final class ReplicationBenchmark {
    private ReplicationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        PreparedScenario p = PreparedScenario.load(Path.of(args[0]));
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 150;
        int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        for (int i = 0; i < warmUp; i++) Replication.run(p.scenario(), p.world(), i, Seeds.replication(1, i));
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) Replication.run(p.scenario(), p.world(), i, Seeds.replication(1, i));
        System.out.printf(Locale.ROOT, "%s: %.1f ms per replication (%d after %d of warm-up)%n", args[0],
                (System.nanoTime() - start) / 1e6 / n, n, warmUp);
    }
}
