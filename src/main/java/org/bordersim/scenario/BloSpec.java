package org.bordersim.scenario;

import java.util.List;

/**
 * A Border Liaison Office on one country's side of one crossing point.
 *
 * @param turnoverPerYear this office's leaving rate, or null for the common {@code officers.turnoverPerYear}
 * @param rotationPerYear this office's rotation rate, or null for the common {@code officers.rotationPerYear}
 */
public record BloSpec(
        String name,
        String crossing,
        String country,
        int staffing,
        double checkpointShare,
        CheckpointSpec checkpoint,
        PatrolSpec patrol,
        Double turnoverPerYear,
        Double rotationPerYear,
        Conditions conditions,
        Upgrades upgrades,
        Equipment equipment,
        List<Agency> agencies) {
    public BloSpec {
        agencies = List.copyOf(agencies);
    }
}
