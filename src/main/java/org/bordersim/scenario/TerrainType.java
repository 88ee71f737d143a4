package org.bordersim.scenario;

/** A courier's speed across a terrain (km/h), and how visible a courier is on it. */
public record TerrainType(double speedKmh, double visibility) {
}
