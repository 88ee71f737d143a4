package org.bordersim.metrics;

/**
 * Everything the model tells the outside world. Quantities are kg, or persons when
 * {@code persons} is true. {@code hour} is the tick (hours since the start).
 */
public sealed interface ModelEvent {
    long hour();

    /** Where a shipment was seized. */
    enum SeizureSite { CROSSING_INSPECTION, PATROL, JOINT_OPERATION }

    /** What money was spent on. */
    enum CostItem { STAFF, TRAINING, OFFICE, EQUIPMENT, INTELLIGENCE, JOINT_OPERATIONS }

    /** {@code commodity} is the ordinal of the scenario's commodity. */
    record Dispatched(long hour, int group, int courier, double quantity, boolean persons, int commodity, boolean tipped)
            implements ModelEvent {
    }

    /** A courier stepped into another country at {@code location} (a crossing point or green-border stretch). */
    record Crossed(long hour, int group, int courier, int location, boolean official) implements ModelEvent {
    }

    /** {@code targeted}: the seizing action was aimed at this courier by intelligence that arrived in time. */
    record Seized(long hour, int group, int courier, double quantity, boolean persons, int commodity, SeizureSite site,
                  int blo, boolean targeted) implements ModelEvent {
    }

    /** {@code controlled}: let through under surveillance (a controlled delivery), with its outcome. */
    record Delivered(long hour, int group, int courier, double quantity, boolean persons, int commodity,
                     double transitHours, boolean controlled, boolean disrupted) implements ModelEvent {
    }

    /**
     * What became of the intelligence about one shipment, when the shipment's journey ended. Each
     * count is of messages, one per BLO that received it: {@code used} arrived before the courier
     * reached that BLO's post or sector and led to a targeted action; {@code late} arrived after the
     * courier had passed or finished (wasted); {@code unused} arrived in time but the courier never
     * came that way; {@code distrusted} were not acted on (trust).
     */
    record IntelOutcome(long hour, int group, int shared, int used, int late, int unused, int distrusted)
            implements ModelEvent {
    }

    record JointOperation(long hour, int blo, int counterpart) implements ModelEvent {
    }

    /** A patrol of {@code blo} saw a courier it did not stop. */
    record Sighted(long hour, int group, int courier, int blo) implements ModelEvent {
    }

    record OfficerLeft(long hour, int blo, double tenureDays) implements ModelEvent {
    }

    /** A course begins: a new arrival's, or a refresher. */
    record TrainingStarted(long hour, int blo, boolean refresher) implements ModelEvent {
    }

    /** End-of-day staffing of one BLO; skill and tenure are summed over officers in post. */
    record StaffDay(long hour, int blo, int inPost, int vacant, int inTraining, double skillSum, double tenureDaysSum)
            implements ModelEvent {
    }

    /**
     * One day of legitimate traffic at one BLO's post: arrivals, those inspected, those waved
     * through because the queue was too long, and the hours the inspected ones waited in the queue.
     */
    record CheckpointDay(long hour, int blo, long arrivals, long inspected, long wavedThrough, double waitHours)
            implements ModelEvent {
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
