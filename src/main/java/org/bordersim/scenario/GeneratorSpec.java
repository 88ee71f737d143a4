package org.bordersim.scenario;

/** Parameters of the seeded procedural map; see the schema for meanings and ranges. */
public record GeneratorSpec(
        int width,
        int height,
        long seed,
        String borderShape,
        int borderAmplitude,
        double mountainShare,
        double forestShare,
        boolean river,
        int roads,
        int crossings) {
}
