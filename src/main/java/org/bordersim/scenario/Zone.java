package org.bordersim.scenario;

import java.util.List;

/** A set of cells given as a map edge, a rectangle, a list or the cells around a place; exactly one form is used. */
public record Zone(String edge, String country, List<Integer> rect, List<List<Integer>> cells, Around around) {
    public Zone {
        rect = rect == null ? null : List.copyOf(rect);
        cells = cells == null ? null : cells.stream().map(List::copyOf).toList();
    }

    /** The cells within {@code radiusKm} of a place, on maps from geography. */
    public record Around(double lon, double lat, double radiusKm, String place) {
    }

    /** How many of the four forms are given (1 for a valid zone). */
    public int formsGiven() {
        return (edge != null ? 1 : 0) + (rect != null ? 1 : 0) + (cells != null ? 1 : 0) + (around != null ? 1 : 0);
    }
}
