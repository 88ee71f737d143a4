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
        Seasons seasons,
        List<CrossingClosure> crossingClosures) {

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
        crossingClosures = List.copyOf(crossingClosures);
        if (replications < 1) throw new IllegalArgumentException("replications must be >= 1");
        if (durationDays < 1) throw new IllegalArgumentException("durationDays must be >= 1");
    }

    /**
     * A crossing closed from {@code fromDay} until {@code untilDay} (null: to the end of the run), days counted from 0:
     * its posts are impassable and see no traffic. A crossing that opens on day d is closed from day 0 until d.
     */
    public record CrossingClosure(String crossing, int fromDay, Integer untilDay, String about) {
        public boolean closedOn(long day) {
            return day >= fromDay && (untilDay == null || day < untilDay);
        }
    }

    public int durationHours() {
        return durationDays * 24;
    }
}
