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
        RunMetrics metrics = new RunMetrics(scenario.durationHours(), world.locationNames().size(),
                world.crossingPoints().size(), scenario.prices().perKgByCommodity());
        BorderModel model = new BorderModel(seed, scenario, world, metrics);
        model.start();
        model.runToEnd();
        return metrics.finish(replication, seed);
    }
}
