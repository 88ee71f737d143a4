package org.bordersim.design;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.LongNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * One varied parameter of a sweep: a JSON pointer into the scenario and either a list of
 * values or a range. Designs choose a position u in [0, 1] and the parameter turns it into a
 * value: a range maps linearly (min at 0, max at 1), a list picks element floor(u n).
 *
 * @param values  the listed values, or null for a range
 * @param levels  factorial levels of a range (null: 3)
 * @param integer round a range's values to whole numbers
 */
public record SweepParameter(String name, String pointer, List<JsonNode> values, double min, double max,
                             Integer levels, boolean integer) {
    public static final int DEFAULT_FACTORIAL_LEVELS = 3;
    /** The inert input added to Sobol and Morris designs: it sets nothing, so its indices measure noise alone. */
    public static final String NOISE_FLOOR = "noise_floor";

    /** A parameter that varies over [0, 1] and sets nothing in the scenario (its pointer is null). */
    public static SweepParameter noiseFloor() {
        return new SweepParameter(NOISE_FLOOR, null, null, 0, 1, null, false);
    }

    /** Whether this is the inert noise-floor input. */
    public boolean inert() {
        return pointer == null;
    }

    public SweepParameter {
        values = values == null ? null : List.copyOf(values);
    }

    public boolean isRange() {
        return values == null;
    }

    /** The value at position u in [0, 1]. */
    public JsonNode at(double u) {
        if (isRange()) {
            double v = min + u * (max - min);
            return integer ? LongNode.valueOf(Math.round(v)) : DoubleNode.valueOf(v);
        }
        int i = (int) Math.min(values.size() - 1, Math.floor(u * values.size()));
        return values.get(Math.max(0, i));
    }

    /** The values a factorial design takes: the list, or {@code levels} evenly spaced from min to max. */
    public List<JsonNode> grid() {
        if (!isRange()) return values;
        int n = levels == null ? DEFAULT_FACTORIAL_LEVELS : levels;
        List<JsonNode> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            JsonNode v = integer ? at(i / (double) (n - 1)) : DoubleNode.valueOf(level(i, n));
            if (!out.contains(v)) out.add(v);
        }
        return out;
    }

    /**
     * Level i of n from min to max, worked out in decimal and rounded once: in doubles, 0.3 + 0.7 / 2
     * is 0.6499999999999999, which would then be the level every report shows and every run uses.
     */
    private double level(int i, int n) {
        if (i == n - 1) return max;
        BigDecimal lo = BigDecimal.valueOf(min);
        BigDecimal step = BigDecimal.valueOf(max).subtract(lo).multiply(BigDecimal.valueOf(i))
                .divide(BigDecimal.valueOf(n - 1), MathContext.DECIMAL64);
        return lo.add(step, MathContext.DECIMAL64).doubleValue();
    }

    /** The extreme and listed values, each of which must give a valid scenario. */
    public List<JsonNode> valuesToCheck() {
        return isRange() ? List.of(at(0), at(1)) : values;
    }

    /** True if every value is a number, so main effects can be drawn on a numeric axis. */
    public boolean numeric() {
        return isRange() || values.stream().allMatch(JsonNode::isNumber);
    }

    /** How a value is written in runs.csv: numbers exactly, anything else as its JSON text. */
    public static String text(JsonNode value) {
        if (value.isTextual()) return value.asText();
        if (value.isNumber()) return org.bordersim.metrics.Numbers.exact(value.asDouble());
        return value.toString();
    }
}
