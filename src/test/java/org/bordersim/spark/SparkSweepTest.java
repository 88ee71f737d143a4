package org.bordersim.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.SparkConf;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function;
import org.bordersim.TestScenarios;
import org.bordersim.cli.BorderSimCommand;
import org.bordersim.output.OutputFile;
import org.bordersim.sweep.RunRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark engine on a real, in-process Spark: {@code local[2,2]} is two task threads, and a
 * failed task may be tried once more (Spark's local master otherwise never retries).
 */
class SparkSweepTest {
    private static JavaSparkContext spark;

    /** Tasks' attempts as seen by the wrapper: which stretches ran, and how many attempts were made to fail. */
    static final List<Integer> STARTED = new CopyOnWriteArrayList<>();
    static final AtomicInteger FAILED_ON_PURPOSE = new AtomicInteger();

    @TempDir
    Path tmp;

    @BeforeAll
    static void start() {
        spark = new JavaSparkContext(new SparkConf().setMaster("local[2,2]").setAppName("bordersim-test")
                .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1"));
        spark.setLogLevel("ERROR");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    /** 3 x 3 factorial x 3 replications = 27 runs of the baseline shortened to 3 weeks: tasks of 9 runs. */
    private Path sweep() {
        return TestScenarios.write(tmp, "spark.json", """
                {"name": "spark", "scenario": "%s", "seed": 9, "replications": 3,
                 "set": {"/durationDays": 21},
                 "design": {"type": "factorial"},
                 "parameters": [
                   {"name": "staffing", "pointer": "/blos/*/staffing", "values": [2, 4, 6]},
                   {"name": "turnover", "pointer": "/officers/turnoverPerYear", "min": 0.3, "max": 1.0, "levels": 3}
                 ],
                 "outputs": ["value_seized", "interdiction_rate"]}
                """.formatted(TestScenarios.shippedJsonPath("baseline.json")));
    }

    @Test
    void givesTheLocalRunnersFolderAndARetriedTaskLeavesNoDuplicate() throws Exception {
        Path file = sweep();
        var local = BorderSimCommand.commandLine();
        local.setOut(new java.io.PrintWriter(java.io.Writer.nullWriter()));
        assertEquals(0, local.execute("sweep", file.toString(), "--out", tmp.resolve("local").toString(), "--threads", "2", "--quiet"));
        STARTED.clear();
        FAILED_ON_PURPOSE.set(0);
        int exit = sparkSweep(SparkSweep.engine(spark, task -> new Watched(task, true)), file.toString(), "--out",
                tmp.resolve("spark").toString(), "--quiet");
        assertEquals(0, exit);
        assertEquals(1, FAILED_ON_PURPOSE.get(), "the second task's first attempt was made to fail");
        assertEquals(4, STARTED.size(), "three tasks, one of them twice: " + STARTED);

        Path localFolder = TestScenarios.onlyFolderIn(tmp.resolve("local"));
        Path onSpark = TestScenarios.onlyFolderIn(tmp.resolve("spark"));
        List<String> rows = Files.readAllLines(onSpark.resolve(OutputFile.RUNS.fileName()), StandardCharsets.UTF_8);
        assertEquals(28, rows.size(), "header and 27 runs, none doubled");
        for (String f : List.of("runs.csv", "points.csv", "sweep.json", "scenario.json")) {
            assertArrayEquals(Files.readAllBytes(localFolder.resolve(f)), Files.readAllBytes(onSpark.resolve(f)), f + " differs");
        }
        assertTrue(Files.size(onSpark.resolve(OutputFile.PARQUET.fileName())) > 0);
    }

    @Test
    void resumingSkipsTheRunsAlreadyRecorded() throws Exception {
        Path file = sweep();
        Path out = tmp.resolve("spark");
        var engine = SparkSweep.engine(spark, task -> new Watched(task, false));
        assertEquals(0, sparkSweep(engine, file.toString(), "--out", out.toString(), "--quiet"));
        Path folder = TestScenarios.onlyFolderIn(out);
        Path runs = folder.resolve(OutputFile.RUNS.fileName());
        byte[] complete = Files.readAllBytes(runs);
        // As if the driver had died after recording 10 runs, in the middle of the 11th row.
        List<String> lines = Files.readAllLines(runs, StandardCharsets.UTF_8);
        Files.writeString(runs, String.join("\n", lines.subList(0, 11)) + "\n" + lines.get(11).substring(0, 20), StandardCharsets.UTF_8);

        STARTED.clear();
        assertEquals(0, sparkSweep(engine, file.toString(), "--out", out.toString(), "--resume", "--quiet"));
        assertEquals(List.of(10, 19), STARTED.stream().sorted().toList(), "only runs 10..26 ran again, in tasks of 9");
        assertArrayEquals(complete, Files.readAllBytes(runs));
    }

    /** The sweep command on the Spark engine, its printout kept out of the test log. */
    private static int sparkSweep(org.bordersim.sweep.SweepRunner.Engine engine, String... args) {
        var cmd = BorderSimCommand.sweepOn(engine);
        java.io.PrintWriter quiet = new java.io.PrintWriter(java.io.Writer.nullWriter());
        cmd.setOut(quiet);
        cmd.setErr(quiet);
        return cmd.execute(args);
    }


    /**
     * Notes which stretch each attempt ran; when {@code failSecondTaskOnce}, the task of runs 9..17 fails on its first
     * attempt after computing its records, as a lost executor would.
     */
    static final class Watched implements Function<Stretch, List<RunRecord>> {
        private static final long serialVersionUID = 1L;
        private final Function<Stretch, List<RunRecord>> task;
        private final boolean failSecondTaskOnce;

        Watched(Function<Stretch, List<RunRecord>> task, boolean failSecondTaskOnce) {
            this.task = task;
            this.failSecondTaskOnce = failSecondTaskOnce;
        }

        @Override
        public List<RunRecord> call(Stretch stretch) throws Exception {
            STARTED.add(stretch.from());
            List<RunRecord> records = task.call(stretch);
            if (failSecondTaskOnce && stretch.from() == 9 && TaskContext.get().attemptNumber() == 0) {
                FAILED_ON_PURPOSE.incrementAndGet();
                throw new IllegalStateException("executor lost (on purpose)");
            }
            return records;
        }
    }
}
