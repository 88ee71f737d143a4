package org.bordersim.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bordersim.design.SweepDesign;
import org.bordersim.design.SweepParameter;
import org.bordersim.experiment.PreparedScenario;
import org.bordersim.experiment.Seeds;
import org.bordersim.files.InputException;
import org.bordersim.metrics.Metric;
import org.bordersim.scenario.LoadedScenario;
import org.bordersim.scenario.ScenarioTemplate;
import org.bordersim.world.World;

/**
 * A loaded, checked sweep file: the base scenario, what varies, the design's points and how
 * every run's seed is derived. Run k is replication k mod R of point k div R, for R
 * replications per point; the numbering never depends on threads or shards.
 *
 * @param effective the sweep file with defaults applied and keys sorted (recorded in the manifest)
 * @param base      the base scenario with the sweep's fixed {@code set} values applied
 * @param hash      SHA-256 of the effective sweep and the base scenario: the sweep's identity
 * @param places    the base map's crossing places (crossing points, then green-border stretches): runs.csv counts
 *                  each run's crossings at each; a point on another map leaves them empty
 */
public record Sweep(Path file, String name, String description, ScenarioTemplate template, Map<String, JsonNode> set,
                    long seed, int replications, boolean commonRandomNumbers, int bootstrap,
                    List<SweepParameter> parameters, List<Metric> outputs, SweepDesign design,
                    JsonNode effective, LoadedScenario base, String hash, List<String> places) {
    /** runs.csv's columns of crossings per place start with this (as in a run's runs.csv). */
    public static final String PLACE_PREFIX = Metric.PLACE_PREFIX;

    /** Most runs one sweep may have; a larger experiment should be split into several sweeps. */
    public static final long MAX_RUNS = 10_000_000L;

    public int runs() {
        return design.points() * replications;
    }

    public int pointOf(int run) {
        return run / replications;
    }

    public int replicationOf(int run) {
        return run % replications;
    }

    public long seedOf(int run) {
        return Seeds.sweepRun(seed, pointOf(run), replicationOf(run), commonRandomNumbers);
    }

    public JsonNode[] values(int point) {
        return design.values(parameters, point);
    }

    /** The settings of one point: the fixed values, then the point's parameter values. */
    public Map<String, JsonNode> settings(int point) {
        Map<String, JsonNode> out = new LinkedHashMap<>(set);
        JsonNode[] values = values(point);
        for (int i = 0; i < values.length; i++) if (!parameters.get(i).inert()) out.put(parameters.get(i).pointer(), values[i]);
        return out;
    }

    /** The scenario and world of one point; a point whose combination is invalid throws. */
    public PreparedScenario prepare(int point) throws InputException {
        LoadedScenario loaded = template.with(settings(point));
        return new PreparedScenario(loaded, World.build(template.file().toString(), loaded.scenario()));
    }

    /** Short, stable folder-name suffix. */
    public String shortHash() {
        return hash.substring(0, 12);
    }
}
