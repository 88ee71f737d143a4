package org.bordersim.design;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** Every combination of every parameter's grid values; the last parameter varies fastest. */
public final class FactorialDesign implements SweepDesign {
    private final int[] sizes;
    private final int points;

    public FactorialDesign(List<SweepParameter> parameters) {
        sizes = parameters.stream().mapToInt(p -> p.grid().size()).toArray();
        points = Math.toIntExact(size(parameters));
    }

    /** Number of points, computed without overflow so that oversized grids can be refused. */
    public static long size(List<SweepParameter> parameters) {
        long n = 1;
        for (SweepParameter p : parameters) {
            n *= p.grid().size();
            if (n > Integer.MAX_VALUE) return Long.MAX_VALUE;
        }
        return n;
    }

    @Override
    public String type() {
        return "factorial";
    }

    @Override
    public int points() {
        return points;
    }

    /** Index of point p's value in parameter i's grid. */
    public int level(int point, int parameter) {
        int rest = point;
        for (int i = sizes.length - 1; i > parameter; i--) rest /= sizes[i];
        return rest % sizes[parameter];
    }

    @Override
    public double position(int point, int parameter) {
        int n = sizes[parameter];
        return n == 1 ? 0 : level(point, parameter) / (double) (n - 1);
    }

    @Override
    public JsonNode[] values(List<SweepParameter> parameters, int point) {
        JsonNode[] out = new JsonNode[parameters.size()];
        for (int i = 0; i < out.length; i++) out[i] = parameters.get(i).grid().get(level(point, i));
        return out;
    }
}
