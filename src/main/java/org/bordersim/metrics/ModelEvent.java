package org.bordersim.metrics;

/**
 * Everything the model tells the outside world. Quantities are kg, or persons when
 * {@code persons} is true. {@code hour} is the tick (hours since the start).
 */
public sealed interface ModelEvent {
    long hour();

    /**
     * Where a shipment was seized: inspection at a crossing post, a green-border patrol, an
     * interdiction team sent on intelligence, a joint operation, or at its destination at the end
     * of a successful controlled delivery.
     */
    enum SeizureSite { CROSSING_INSPECTION, PATROL, INTERDICTION_TEAM, JOINT_OPERATION, CONTROLLED_DELIVERY }

    /**
     * What money was spent on, by lever. Officers' salaries are STAFF except the hours they spend
     * on interdiction teams and joint operations, which are booked to those levers.
     */
    enum CostItem { STAFF, TRAINING, OFFICE, EQUIPMENT, UPGRADES, INTELLIGENCE, INTERDICTION_TEAMS, JOINT_OPERATIONS,
        CONTROLLED_DELIVERIES }

    /** {@code commodity} is the ordinal of the scenario's commodity. */
    record Dispatched(long hour, int group, int courier, double quantity, boolean persons, int commodity, boolean tipped)
            implements ModelEvent {
    }

    /** A courier stepped into another country at {@code location} (a crossing point or green-border stretch). */
    record Crossed(long hour, int group, int courier, int location, boolean official) implements ModelEvent {
    }

    /**
     * {@code targeted}: the seizing action was aimed at this courier by intelligence that arrived in
     * time; {@code cell}: where it happened (for maps of seizures).
     */
    record Seized(long hour, int group, int courier, double quantity, boolean persons, int commodity, SeizureSite site,
                  int blo, boolean targeted, int cell) implements ModelEvent {
    }

    /** {@code failedControlled}: let through under surveillance (a controlled delivery) and lost to the market. */
    record Delivered(long hour, int group, int courier, double quantity, boolean persons, int commodity,
                     double transitHours, boolean failedControlled) implements ModelEvent {
    }

    /** Why the trust between two BLOs moved (docs/ODD.md §7.11). */
    enum TrustCause {
        JOINT_OPERATION_SEIZURE, CONTROLLED_DELIVERY_SUCCEEDED, CONTROLLED_DELIVERY_FAILED, LEAK_FOUND_OUT;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** The trust between {@code blo} and {@code partner} (both ways) moved from {@code before} to {@code after}. */
    record TrustChanged(long hour, int blo, int partner, double before, double after, TrustCause cause)
            implements ModelEvent {
    }

    /** {@code learner} found out that {@code blo} had leaked one of its tips to the traffickers. */
    record LeakFoundOut(long hour, int learner, int blo) implements ModelEvent {
    }

    /** Weekly: mean trust over the links between BLOs of different countries that share. */
    record Trust(long hour, double mean) implements ModelEvent {
    }

    /**
     * What became of intelligence: for a tip, when the shipment's journey ended; for a seizure or
     * sighting alert, when it was spread and acted on. Each count is of messages, one per BLO that
     * received it: {@code used} led to a targeted inspection at the post or a team that met the
     * courier; the wasted ones by reason: {@code late} arrived after the courier had passed that
     * BLO or finished; {@code mispredicted} sent a team where the courier did not come, or pointed
     * away from where it crossed that BLO's sector; {@code noOfficer} could not be acted on for
     * lack of free officers on shift; {@code distrusted} were not believed. {@code unused} arrived
     * in time, pointed elsewhere, and the courier never came that way. {@code leaked}: passed on to the
     * traffickers by the receiving BLO; {@code voided}: would have been acted on after a leak had warned the
     * courier (wasted too).
     */
    record IntelOutcome(long hour, int group, int shared, int used, int late, int mispredicted, int noOfficer,
                        int unused, int distrusted, int leaked, int voided) implements ModelEvent {
    }

    /** A BLO sent an interdiction team of {@code officers} to a predicted crossing. */
    record TeamSent(long hour, int blo, int officers) implements ModelEvent {
    }

    /** A joint operation of a counterpart pair: {@code held}, or called off for lack of free officers. */
    record JointOperation(long hour, int blo, int counterpart, boolean held) implements ModelEvent {
    }

    /** A patrol of {@code blo} saw a courier it did not stop. */
    record Sighted(long hour, int group, int courier, int blo) implements ModelEvent {
    }

    record OfficerLeft(long hour, int blo, double tenureDays) implements ModelEvent {
    }

    /** For the coming week a group sends only {@code share} of its usual dispatches (0: a pause), for its losses. */
    record DispatchChanged(long hour, int group, double share) implements ModelEvent {
    }

    /** An officer in post is reassigned to another post of the service (rotation, not leaving the service). */
    record OfficerRotated(long hour, int blo, double tenureDays) implements ModelEvent {
    }

    /** A course begins: a new arrival's, or a refresher. */
    record TrainingStarted(long hour, int blo, boolean refresher) implements ModelEvent {
    }

    /**
     * End-of-day staffing of one BLO; skill and tenure are summed over officers in post; the
     * officer-hours of the day by duty: checkpoint, patrol, interdiction teams, joint operations.
     */
    record StaffDay(long hour, int blo, int inPost, int vacant, int inTraining, double skillSum, double tenureDaysSum,
                    long checkpointHours, long patrolHours, long teamHours, long jointOperationHours)
            implements ModelEvent {
    }

    /**
     * One day of legitimate traffic at one BLO's post: arrivals, those chosen for inspection,
     * those inspected, those waved through because the queue was too long, those inspected after
     * a wait, the hours the inspected ones waited, the officer-hours on checkpoint duty, and the
     * service rate per officer-hour (so the post's load is chosen / (officer-hours x rate)).
     */
    record CheckpointDay(long hour, int blo, long arrivals, long chosen, long inspected, long wavedThrough, long waited,
                         double waitHours, long officerHours, double serviceRate) implements ModelEvent {
    }

    /**
     * At the end of a run, one post's whole-run distribution of queueing delay of legitimate
     * traffic: {@code minutes[m]} arrivals waited m to m + 1 minutes (the last bin holds longer waits).
     */
    record WaitHistogram(long hour, int blo, long[] minutes) implements ModelEvent {
        public WaitHistogram {
            minutes = minutes.clone();
        }
    }

    record Spent(long hour, CostItem item, double amount) implements ModelEvent {
    }

    /** The last event of a run: what is still on its way (counted by the model, not derived). */
    record RunEnded(long hour, int shipmentsInTransit, double kgInTransit, double personsInTransit) implements ModelEvent {
    }
}
