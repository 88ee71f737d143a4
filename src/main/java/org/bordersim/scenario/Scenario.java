package org.bordersim.scenario;

import java.util.List;
import java.util.Objects;

/** One what-if of a border, fully resolved: every default applied, every reference checked. */
public record Scenario(
        String name,
        String description,
        long seed,
        int replications,
        int durationDays,
        MapSpec map,
        TerrainTable terrain,
        List<GroupSpec> groups,
        List<BloSpec> blos,
        OfficerPolicy officers,
        TrainingPolicy training,
        Costs costs,
        Prices prices,
        Reporting reporting,
        EquipmentEffects equipmentEffects,
        Intelligence intelligence,
        JointOperations jointOperations,
        ControlledDeliveries controlledDeliveries,
        Seasons seasons) {

    /** Most replications a scenario (or --reps) may ask for; the schema says the same. */
    public static final int MAX_REPLICATIONS = 100_000;

    public Scenario {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(map, "map");
        Objects.requireNonNull(terrain, "terrain");
        Objects.requireNonNull(officers, "officers");
        Objects.requireNonNull(training, "training");
        Objects.requireNonNull(costs, "costs");
        Objects.requireNonNull(prices, "prices");
        Objects.requireNonNull(reporting, "reporting");
        Objects.requireNonNull(equipmentEffects, "equipmentEffects");
        Objects.requireNonNull(intelligence, "intelligence");
        Objects.requireNonNull(jointOperations, "jointOperations");
        Objects.requireNonNull(controlledDeliveries, "controlledDeliveries");
        Objects.requireNonNull(seasons, "seasons");
        groups = List.copyOf(groups);
        blos = List.copyOf(blos);
        if (replications < 1) throw new IllegalArgumentException("replications must be >= 1");
        if (durationDays < 1) throw new IllegalArgumentException("durationDays must be >= 1");
    }

    public int durationHours() {
        return durationDays * 24;
    }
}
