package org.bordersim.scenario;

/** Travel time to enter one cell of a terrain, and how visible a courier is on it. */
public record TerrainType(double travelHours, double visibility) {
}
