package org.bordersim.scenario;

/** Joint cross-border operations by counterpart BLOs; see the schema for units. */
public record JointOperations(double perWeek, double stagingRadiusKm, int durationHours, double detection, int officersPerSide,
                              double trustGainOnSeizure) {
}
