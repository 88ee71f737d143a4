package org.bordersim.scenario;

/** Foot patrols along a BLO's sector of green border. */
public record PatrolSpec(double sectorRadiusKm, double speedKmh, double detectionRangeKm, double sensitivity) {
}
