package org.bordersim.scenario;

import java.util.List;

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
        LossResponse lossResponse,
        int activeFromDay,
        Integer activeUntilDay,
        List<OriginMove> originMoves) {
    public GroupSpec {
        originMoves = List.copyOf(originMoves);
    }

    /** From {@code fromDay} on, shipments leave from {@code origin}. */
    public record OriginMove(int fromDay, Zone origin) {
    }
}
