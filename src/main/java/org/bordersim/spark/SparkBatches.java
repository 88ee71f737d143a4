package org.bordersim.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function;
import org.bordersim.sweep.RunRecord;
import org.bordersim.sweep.SweepRunner;

/**
 * Hands a batch of runs to Spark as stretches of {@code runsPerTask} runs, one task each, and
 * collects their records. {@code collect} returns the tasks' results in stretch order and keeps
 * exactly one successful attempt of each task, so a retried or speculative task can neither
 * double nor drop a row.
 */
final class SparkBatches implements SweepRunner.Batches {
    private final JavaSparkContext spark;
    private final Function<Stretch, List<RunRecord>> task;
    private final int runsPerTask;
    private final int tasksPerBatch;

    SparkBatches(JavaSparkContext spark, Function<Stretch, List<RunRecord>> task, int runsPerTask) {
        this.spark = spark;
        this.task = task;
        this.runsPerTask = runsPerTask;
        // A few tasks per core keep every core busy while the slowest task of the batch finishes.
        this.tasksPerBatch = 4 * Math.max(1, spark.defaultParallelism());
    }

    @Override
    public int batchSize() {
        return runsPerTask * tasksPerBatch;
    }

    @Override
    public List<RunRecord> compute(int from, int to) {
        List<Stretch> stretches = new ArrayList<>();
        for (int q = from; q < to; q += runsPerTask) stretches.add(new Stretch(q, Math.min(to, q + runsPerTask)));
        spark.setJobDescription("BorderSim runs " + from + ".." + (to - 1));
        List<List<RunRecord>> parts = spark.parallelize(stretches, stretches.size()).map(task).collect();
        List<RunRecord> records = new ArrayList<>(to - from);
        for (List<RunRecord> part : parts) records.addAll(part);
        return records;
    }
}
