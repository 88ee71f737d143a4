package org.bordersim.scenario;

/** Inspection at a BLO's crossing post: an M/M/c queue for the arrivals chosen for inspection. */
public record CheckpointSpec(
        double legitimateArrivalsPerHour,
        double targetInspectionShare,
        double inspectionsPerOfficerHour,
        double sensitivity,
        double maxQueueHours) {
}
