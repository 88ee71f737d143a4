package org.bordersim.experiment;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Benchmark, not a test: two builds of BorderSim side by side in one JVM, each in its own class loader, their
 * replications interleaved (A, B, A, B, ...) so that whatever else the machine is doing slows both alike. On a shared
 * machine separate runs of the two jars drift by more than a change to the model's inner loops makes; interleaving
 * replications of seconds each leaves the drift in both columns. Prints each side's replications and their median.
 * As docs/PERFORMANCE.md says:
 * {@code java -cp target/test-classes org.bordersim.experiment.AlternatingBenchmark old.jar new.jar scenario.json 5 1}
 * (rounds, then warm-up rounds; every replication of both is the same seed's).
 */
public final class AlternatingBenchmark {
    private AlternatingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Build a = new Build(Path.of(args[0]), Path.of(args[2]));
        Build b = new Build(Path.of(args[1]), Path.of(args[2]));
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        int warmUp = args.length > 4 ? Integer.parseInt(args[4]) : 1;
        List<Double> ta = new ArrayList<>();
        List<Double> tb = new ArrayList<>();
        for (int r = -warmUp; r < rounds; r++) {
            // Each round runs the same replication in both, in turn first, so neither always follows the other.
            int replication = Math.max(r, 0);
            double first = (r % 2 == 0 ? a : b).time(replication);
            double second = (r % 2 == 0 ? b : a).time(replication);
            if (r < 0) continue;
            (r % 2 == 0 ? ta : tb).add(first);
            (r % 2 == 0 ? tb : ta).add(second);
        }
        System.out.printf(Locale.ROOT, "%s: %s ms, median %.1f%n%s: %s ms, median %.1f%n", args[0], rounded(ta), median(ta),
                args[1], rounded(tb), median(tb));
    }

    private static String rounded(List<Double> times) {
        return times.stream().map(t -> String.format(Locale.ROOT, "%.0f", t)).toList().toString();
    }

    private static double median(List<Double> times) {
        double[] t = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return t.length % 2 == 1 ? t[t.length / 2] : (t[t.length / 2 - 1] + t[t.length / 2]) / 2;
    }

    /** One jar's scenario and world, and its Replication.run. */
    private static final class Build {
        private final Object scenario;
        private final Object world;
        private final Method run;
        private final Method seed;

        Build(Path jar, Path scenarioFile) throws Exception {
            ClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            Class<?> prepared = loader.loadClass("org.bordersim.experiment.PreparedScenario");
            Object p = prepared.getMethod("load", Path.class).invoke(null, scenarioFile);
            scenario = prepared.getMethod("scenario").invoke(p);
            world = prepared.getMethod("world").invoke(p);
            run = Arrays.stream(loader.loadClass("org.bordersim.experiment.Replication").getMethods())
                    .filter(m -> m.getName().equals("run") && m.getParameterCount() == 4).findFirst().orElseThrow();
            seed = loader.loadClass("org.bordersim.experiment.Seeds").getMethod("replication", long.class, int.class);
        }

        double time(int replication) throws Exception {
            Object s = seed.invoke(null, 1L, replication);
            long start = System.nanoTime();
            run.invoke(null, scenario, world, replication, s);
            return (System.nanoTime() - start) / 1e6;
        }
    }
}
