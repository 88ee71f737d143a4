package org.bordersim.metrics;

/**
 * Everything the model tells the outside world. Quantities are kg, or persons when
 * {@code persons} is true. {@code hour} is the tick (hours since the start).
 */
public sealed interface ModelEvent {
    long hour();

    /** Where a shipment was seized. */
    enum SeizureSite { CROSSING_INSPECTION, PATROL }

    /** What money was spent on. */
    enum CostItem { STAFF, TRAINING, OFFICE }

    record Dispatched(long hour, int group, int courier, double quantity, boolean persons) implements ModelEvent {
    }

    /** A courier stepped into another country at {@code location} (a crossing point or green-border stretch). */
    record Crossed(long hour, int group, int courier, int location, boolean official) implements ModelEvent {
    }

    record Seized(long hour, int group, int courier, double quantity, boolean persons, SeizureSite site, int blo)
            implements ModelEvent {
    }

    record Delivered(long hour, int group, int courier, double quantity, boolean persons, double transitHours)
            implements ModelEvent {
    }

    record OfficerLeft(long hour, int blo, double tenureDays) implements ModelEvent {
    }

    record TrainingStarted(long hour, int blo) implements ModelEvent {
    }

    /** End-of-day staffing of one BLO; skill and tenure are summed over officers in post. */
    record StaffDay(long hour, int blo, int inPost, int vacant, int inTraining, double skillSum, double tenureDaysSum)
            implements ModelEvent {
    }

    /** One day of legitimate traffic and inspection at one BLO's post. */
    record CheckpointDay(long hour, int blo, long arrivals, double inspected) implements ModelEvent {
    }

    record Spent(long hour, CostItem item, double amount) implements ModelEvent {
    }

    /** The last event of a run: what is still on its way (counted by the model, not derived). */
    record RunEnded(long hour, int shipmentsInTransit, double kgInTransit, double personsInTransit) implements ModelEvent {
    }
}
