package org.bordersim.scenario;

import java.util.List;

/** A set of cells given as a map edge, a rectangle or a list; exactly one form is used. */
public record Zone(String edge, String country, List<Integer> rect, List<List<Integer>> cells) {
    public Zone {
        rect = rect == null ? null : List.copyOf(rect);
        cells = cells == null ? null : cells.stream().map(List::copyOf).toList();
    }

    /** How many of the three forms are given (1 for a valid zone). */
    public int formsGiven() {
        return (edge != null ? 1 : 0) + (rect != null ? 1 : 0) + (cells != null ? 1 : 0);
    }
}
