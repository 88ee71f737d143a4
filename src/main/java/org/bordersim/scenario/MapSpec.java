package org.bordersim.scenario;

/** Where the grid comes from: exactly one of {@code ascii} and {@code generator} is non-null. */
public record MapSpec(double cellKm, AsciiMap ascii, GeneratorSpec generator) {
}
