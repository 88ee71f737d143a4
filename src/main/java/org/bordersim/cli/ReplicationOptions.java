package org.bordersim.cli;

import org.bordersim.experiment.PreparedScenario;
import org.bordersim.scenario.Scenario;
import picocli.CommandLine.Option;

/** --reps and --seed, shared by the commands that run replications of scenarios. */
final class ReplicationOptions {
    @Option(names = "--reps", paramLabel = "N", description = "Replications (default: the scenario's 'replications'; for compare, the baseline's).")
    Integer replications;

    @Option(names = "--seed", paramLabel = "S", description = "Base seed (default: the scenario's 'seed'; for compare, the baseline's). Replication i uses a seed derived from (S, i).")
    Long seed;

    /** A usage error, or null when the options are valid. */
    String problem(int minReplications) {
        if (replications != null && replications < minReplications) {
            return "--reps must be at least " + minReplications + ", found " + replications;
        }
        if (replications != null && replications > Scenario.MAX_REPLICATIONS) {
            return "--reps must be at most " + Scenario.MAX_REPLICATIONS + " (the limit of a scenario's replications), found "
                    + replications + "; split a larger experiment into several runs with different --seed";
        }
        if (seed != null && seed < 0) return "--seed must be at least 0, found " + seed;
        return null;
    }

    /** {@code scenario} with the options' seed and replications, or {@code defaults}' where not given. */
    PreparedScenario apply(PreparedScenario scenario, PreparedScenario defaults, int minReplications) {
        return scenario.withRun(seed != null ? seed : defaults.scenario().seed(),
                replications != null ? replications : Math.max(minReplications, defaults.scenario().replications()));
    }
}
