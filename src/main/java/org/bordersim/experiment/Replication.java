package org.bordersim.experiment;

import org.bordersim.metrics.RunMetrics;
import org.bordersim.metrics.RunResult;
import org.bordersim.model.BorderModel;
import org.bordersim.scenario.Scenario;
import org.bordersim.world.World;

/** One replication: a pure function of (scenario, world, seed). */
public final class Replication {
    private Replication() {
    }

    public static RunResult run(Scenario scenario, World world, int replication, long seed) {
        RunMetrics metrics = metricsFor(scenario, world);
        BorderModel model = new BorderModel(seed, scenario, world, metrics);
        model.start();
        model.runToEnd();
        return metrics.finish(replication, seed);
    }

    /** The counter of one replication's events into its metrics, sized for this scenario and world. */
    public static RunMetrics metricsFor(Scenario scenario, World world) {
        return new RunMetrics(scenario.durationHours(), world.locationNames().size(), world.crossingPoints().size(),
                scenario.blos().size(), scenario.groups().size(), scenario.prices().perKgByCommodity());
    }
}
