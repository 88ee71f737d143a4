package org.bordersim.world;

import java.util.List;

/**
 * An official crossing: a connected group of BCP cells, usually one on each side of the border.
 * Named {@code X1, X2, ...} in the order of their first cell, north to south then west to east.
 */
public record CrossingPoint(int index, String name, List<Integer> cells) {
    public CrossingPoint {
        cells = List.copyOf(cells);
    }
}
