package org.bordersim.spark;

import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function;
import org.bordersim.cli.BorderSimCommand;
import org.bordersim.sweep.RunRecord;
import org.bordersim.sweep.Sweep;
import org.bordersim.sweep.SweepRunner;

/**
 * {@code spark-submit --class org.bordersim.spark.SparkSweep bordersim-spark.jar SWEEP.json --out DIR
 * [--resume | --force] [--shard i/N] [--quiet]}: {@code bordersim sweep} with its runs computed on
 * the Spark cluster. The driver creates, locks and resumes the folder, appends each batch's rows
 * to {@code runs.csv} in run order when the batch is back, and writes the analysis, Parquet and
 * report as the local runner does, so the folder is the same byte for byte ({@code --threads} is
 * ignored: Spark's executors set the parallelism).
 */
public final class SparkSweep {
    private SparkSweep() {
    }

    public static void main(String[] args) {
        SparkConf conf = new SparkConf().setAppName("BorderSim sweep");
        int exit;
        try (JavaSparkContext spark = new JavaSparkContext(conf)) {
            spark.setLogLevel("WARN");
            var command = BorderSimCommand.sweepOn(engine(spark));
            // A job that fails after Spark's retries (executors lost again and again, a defect in
            // BorderSim) is said in one paragraph: nothing recorded is lost, and --resume goes on.
            command.setExecutionExceptionHandler((e, cmd, parsed) -> {
                String why = String.valueOf(e.getMessage()).lines().findFirst().orElse(e.toString());
                cmd.getErr().println("the Spark job failed: " + why + ". The runs recorded so far are kept in the sweep "
                        + "folder; run the same spark-submit command with --resume to continue. The driver's log has the details.");
                cmd.getErr().flush();
                return 1;
            });
            exit = command.execute(args);
        }
        System.exit(exit);
    }

    /** The engine that runs a sweep's runs on {@code spark}, with the real model. */
    public static SweepRunner.Engine engine(JavaSparkContext spark) {
        return engine(spark, task -> task);
    }

    /**
     * As {@link #engine(JavaSparkContext)}, with each task passed through {@code wrap} first: tests
     * use it to make a task fail once, as a lost executor would.
     */
    static SweepRunner.Engine engine(JavaSparkContext spark, UnaryOperator<Function<Stretch, List<RunRecord>>> wrap) {
        return (sweep, shard, folder, threads, listener) -> SweepRunner.runInBatches(sweep, shard, folder,
                new SparkBatches(spark, wrap.apply(new StretchTask(folder, sweep, shard)), runsPerTask(sweep)), listener);
    }

    /**
     * Whole points of at least 8 runs per task: a task builds each point's world once, and the
     * cost of scheduling a task stays small next to its runs.
     */
    static int runsPerTask(Sweep sweep) {
        int r = sweep.replications();
        return r * (int) Math.ceil(8.0 / r);
    }
}
