package org.bordersim.cli;

import com.fasterxml.jackson.databind.node.IntNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import org.bordersim.experiment.Soak;
import org.bordersim.files.InputException;
import org.bordersim.scenario.LoadedScenario;
import org.bordersim.scenario.ScenarioLoader;
import org.bordersim.world.World;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

@Command(name = "soak", mixinStandardHelpOptions = true,
        description = {"Checks that a long run's memory stays flat: runs one replication for many simulated years and "
                + "prints the heap in use after a full garbage collection at the end of every year.", "",
                "Writes nothing. Use it before committing to very long scenarios; docs/PERFORMANCE.md has the figures "
                        + "for the baseline."},
        footer = {"", "Exit status: 0 done, 2 invalid scenario or option."})
final class SoakCommand implements Callable<Integer> {
    private static final int MAX_YEARS = 100;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (JSON); its durationDays is replaced.")
    Path scenarioFile;

    @Option(names = "--years", description = "Simulated years, 2 to " + MAX_YEARS + " (default: ${DEFAULT-VALUE}).")
    int years = 50;

    @Option(names = "--seed", description = "Replication seed (default: the scenario's seed).")
    Long seed;

    @Option(names = "--quiet", description = "No progress bar.")
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (years < 2 || years > MAX_YEARS) return Console.usage(err, "--years must be 2 to " + MAX_YEARS + ", found " + years);
        LoadedScenario loaded;
        World world;
        try {
            loaded = new ScenarioLoader().template(scenarioFile).with(Map.of("/durationDays", IntNode.valueOf(365 * years)));
            world = World.build(scenarioFile.toString(), loaded.scenario());
        } catch (InputException e) {
            return Console.invalid(err, e);
        }
        long s = seed != null ? seed : loaded.scenario().seed();
        List<Soak.YearSample> samples;
        try (ProgressBar bar = Console.progressBar("simulated years", years, 0, quiet)) {
            samples = Soak.run(loaded.scenario(), world, s, year -> bar.step());
        }
        out.printf("%s: one replication of %d years, seed %d, max heap %d MB%n%n", loaded.scenario().name(), years, s,
                Runtime.getRuntime().maxMemory() >> 20);
        out.println("year  heap after GC (MB)  couriers on the road");
        for (Soak.YearSample y : samples) {
            out.printf(Locale.ROOT, "%4d  %18.3f  %20d%n", y.year(), y.heapBytes() / 1048576.0, y.couriersOnRoad());
        }
        out.printf(Locale.ROOT, "%ngrowth after year 1: %.2f MB (largest later sample minus year 1)%n",
                Soak.growthAfterFirstYear(samples) / 1048576.0);
        out.flush();
        return 0;
    }
}
