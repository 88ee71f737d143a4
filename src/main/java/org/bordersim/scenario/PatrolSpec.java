package org.bordersim.scenario;

/** Foot patrols along a BLO's sector of green border. */
public record PatrolSpec(int sectorRadiusCells, int speedCellsPerHour, int detectionRangeCells, double sensitivity) {
}
