package org.bordersim.scenario;

import java.util.Objects;

/**
 * Where the grid comes from: exactly one of {@code ascii}, {@code generator} and {@code geo} is non-null.
 * {@code routeLatticeKm} (0: none) lets routes far from every border run on a lattice of that
 * spacing instead of through every cell (docs/ODD.md §7.2).
 */
public record MapSpec(double cellKm, AsciiMap ascii, GeneratorSpec generator, GeoMap geo, double routeLatticeKm) {
    /** The same cells, terrain and countries (the route lattice aside). */
    public boolean sameGeography(MapSpec other) {
        return cellKm == other.cellKm && Objects.equals(ascii, other.ascii)
                && Objects.equals(generator, other.generator) && Objects.equals(geo, other.geo);
    }

    /** Columns x rows of the grid, known before any file is read. */
    public long cells() {
        if (generator != null) return (long) generator.width() * generator.height();
        if (ascii != null) return (long) ascii.terrain().size() * ascii.terrain().get(0).length();
        if (geo != null) return (long) geo.box().columns(cellKm) * geo.box().rows(cellKm);
        return 0;
    }
}
