package org.bordersim.scenario;

import java.util.List;
import java.util.Map;

/** A map drawn as text rows: one layer of terrain characters, one of country ids. */
public record AsciiMap(List<String> terrain, List<String> countries, Map<String, String> legend) {
    public AsciiMap {
        terrain = List.copyOf(terrain);
        countries = List.copyOf(countries);
        legend = legend == null ? Map.of() : Map.copyOf(legend);
    }
}
