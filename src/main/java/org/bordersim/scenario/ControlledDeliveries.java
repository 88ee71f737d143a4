package org.bordersim.scenario;

/** Controlled deliveries of shipments known on both sides; see the schema for units. */
public record ControlledDeliveries(double share, double successProbability, int disruptionDays, double disruptionFactor,
                                   double trustLossOnFailure, double trustGainOnSuccess) {
}
