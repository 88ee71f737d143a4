package org.bordersim.design;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Exactly the points listed, in order: one value per parameter each. A listed parameter's value
 * must be one of its values; a range's must lie in the range. Used where another computation
 * chooses the points (the portfolios a selection round runs again, or a condition tests).
 */
public final class ListDesign implements SweepDesign {
    private final JsonNode[][] values;
    private final double[][] positions;

    /** @param points one row of values per point, each checked by the caller against its parameter */
    public ListDesign(List<SweepParameter> parameters, List<JsonNode[]> points) {
        values = new JsonNode[points.size()][];
        positions = new double[points.size()][parameters.size()];
        for (int p = 0; p < values.length; p++) {
            values[p] = points.get(p).clone();
            for (int i = 0; i < parameters.size(); i++) positions[p][i] = position(parameters.get(i), values[p][i]);
        }
    }

    /** Where a value sits on the parameter's unit scale: the middle of its list slot, or its place in the range. */
    static double position(SweepParameter parameter, JsonNode value) {
        if (parameter.isRange()) {
            double u = (value.asDouble() - parameter.min()) / (parameter.max() - parameter.min());
            return Math.max(0, Math.min(1, u));
        }
        int n = parameter.values().size();
        return (parameter.values().indexOf(value) + 0.5) / n;
    }

    /** Whether {@code value} is one the parameter can take: listed, or a number in its range. */
    public static boolean admits(SweepParameter parameter, JsonNode value) {
        if (!parameter.isRange()) return parameter.values().contains(value);
        return value.isNumber() && value.asDouble() >= parameter.min() && value.asDouble() <= parameter.max();
    }

    @Override
    public String type() {
        return "list";
    }

    @Override
    public int points() {
        return values.length;
    }

    @Override
    public double position(int point, int parameter) {
        return positions[point][parameter];
    }

    @Override
    public JsonNode[] values(List<SweepParameter> parameters, int point) {
        return values[point].clone();
    }
}
