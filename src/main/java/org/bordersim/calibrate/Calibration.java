package org.bordersim.calibrate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.LongNode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bordersim.scenario.LoadedScenario;
import org.bordersim.scenario.ScenarioTemplate;

/**
 * A loaded, checked calibration file: the scenario, what is fitted and to what, and how much to simulate.
 *
 * @param effective the file with defaults applied and keys sorted (recorded in the manifest)
 * @param base      the scenario with the fixed {@code set} values applied
 * @param hash      SHA-256 of the effective file and the base scenario: the calibration's identity
 */
public record Calibration(Path file, String name, String description, ScenarioTemplate template, Map<String, JsonNode> set,
                          long seed, List<Prior> parameters, List<Target> targets, Budget budget, JsonNode effective,
                          LoadedScenario base, String hash) {

    /** How much to simulate (see the schema). */
    public record Budget(int particles, double keep, double minAcceptance, double tolerance, long maxSimulations,
                         int replicationsPerParticle) {
        public AbcSmc.Settings settings() {
            return new AbcSmc.Settings(particles, keep, minAcceptance, tolerance, maxSimulations);
        }
    }

    public double[] lows() {
        return parameters.stream().mapToDouble(Prior::min).toArray();
    }

    public double[] highs() {
        return parameters.stream().mapToDouble(Prior::max).toArray();
    }

    /** The scenario settings of one particle: the fixed values, then each parameter's value. */
    public Map<String, JsonNode> settings(double[] theta) {
        Map<String, JsonNode> out = new LinkedHashMap<>(set);
        for (int k = 0; k < parameters.size(); k++) {
            Prior p = parameters.get(k);
            double v = p.value(theta[k]);
            out.put(p.pointer(), p.integer() ? LongNode.valueOf((long) v) : DoubleNode.valueOf(v));
        }
        return out;
    }

    /**
     * The distance of simulated targets from the observations: the root mean square of the targets' z-scores
     * ((simulated - observed) / uncertainty), the simulated values as observed (with their error draw, the second half
     * of a simulation's values); infinite when a target cannot be computed in the simulation.
     */
    public double distance(double[] simulated) {
        double sum = 0;
        for (int j = 0; j < targets.size(); j++) {
            double z = targets.get(j).z(simulated[targets.size() + j]);
            sum += z * z;
        }
        return Math.sqrt(sum / targets.size());
    }
}
