package org.bordersim.scenario;

/** A trafficking group's configuration; see the schema for units and ranges. */
public record GroupSpec(
        String name,
        Commodity commodity,
        Zone origin,
        Zone destination,
        double dispatchPerWeek,
        Range shipmentSize,
        double concealment,
        double riskAversion,
        double knownPostRisk,
        boolean adaptation,
        double lossRiskIncrement,
        double memoryRadiusKm,
        double memoryHalfLifeWeeks,
        double routeRevisionFactor,
        LossResponse lossResponse) {
}
