package org.bordersim.scenario;

/** Inspection at a BLO's crossing post. */
public record CheckpointSpec(
        double legitimateArrivalsPerHour,
        double targetInspectionShare,
        double inspectionsPerOfficerHour,
        double sensitivity) {
}
