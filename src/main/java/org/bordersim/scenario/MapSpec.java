package org.bordersim.scenario;

import java.util.Objects;

/**
 * Where the grid comes from: exactly one of {@code ascii} and {@code generator} is non-null.
 * {@code routeLatticeKm} (0: none) lets routes far from every border run on a lattice of that
 * spacing instead of through every cell (docs/ODD.md §7.2).
 */
public record MapSpec(double cellKm, AsciiMap ascii, GeneratorSpec generator, double routeLatticeKm) {
    /** The same cells, terrain and countries (the route lattice aside). */
    public boolean sameGeography(MapSpec other) {
        return cellKm == other.cellKm && Objects.equals(ascii, other.ascii)
                && Objects.equals(generator, other.generator);
    }
}
