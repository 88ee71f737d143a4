package org.bordersim.scenario;

/** A Border Liaison Office on one country's side of one crossing point. */
public record BloSpec(
        String name,
        String crossing,
        String country,
        int staffing,
        double checkpointShare,
        CheckpointSpec checkpoint,
        PatrolSpec patrol) {
}
