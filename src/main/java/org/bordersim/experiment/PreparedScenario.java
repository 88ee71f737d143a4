package org.bordersim.experiment;

import java.nio.file.Path;
import org.bordersim.files.InputException;
import org.bordersim.scenario.LoadedScenario;
import org.bordersim.scenario.Scenario;
import org.bordersim.scenario.ScenarioLoader;
import org.bordersim.world.World;

/** A scenario file loaded, validated and turned into its world: everything a run needs. */
public record PreparedScenario(LoadedScenario loaded, World world) {

    /** Loads and checks a scenario file, including the checks that need the built map. */
    public static PreparedScenario load(Path file) throws InputException {
        LoadedScenario loaded = new ScenarioLoader().load(file);
        return new PreparedScenario(loaded, World.build(file.toString(), loaded.scenario()));
    }

    public Scenario scenario() {
        return loaded.scenario();
    }

    /** The same scenario with another base seed and replication count. */
    public PreparedScenario withRun(long seed, int replications) {
        return new PreparedScenario(loaded.withRun(seed, replications), world);
    }
}
