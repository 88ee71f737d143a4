package org.bordersim.design;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Which points a sweep runs. A point is one value per parameter; points are numbered 0..n-1
 * and the numbering is part of the design (sensitivity estimators rely on it), so it never
 * depends on threads or shards.
 */
public interface SweepDesign {
    /** The design's name as written in sweep files. */
    String type();

    int points();

    /** The unit-scale position of point p on parameter i (in [0, 1]). */
    double position(int point, int parameter);

    /** The values of point p, one per parameter. */
    default JsonNode[] values(List<SweepParameter> parameters, int point) {
        JsonNode[] out = new JsonNode[parameters.size()];
        for (int i = 0; i < out.length; i++) out[i] = parameters.get(i).at(position(point, i));
        return out;
    }
}
