package org.bordersim.invest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** An uncertain condition: values set in the base scenario (turnover doubles, fewer tips), under which leading portfolios run again. */
public record Condition(String name, String label, Map<String, JsonNode> set) {
    public Condition {
        set = Map.copyOf(set);
    }
}
