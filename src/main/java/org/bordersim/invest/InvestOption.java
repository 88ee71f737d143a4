package org.bordersim.invest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One investment option: a value in the scenario (at {@code pointer}) chosen from its levels. The
 * first level is what the base scenario already has, so a portfolio with every option at level 0
 * is the base scenario itself.
 */
public record InvestOption(String name, String label, String pointer, List<Level> levels) {
    /**
     * @param capitalCost one-off cost in the portfolio's currency, paid in the first year; running
     *                    costs are booked by the model from the scenario's unit costs
     */
    public record Level(JsonNode value, String label, double capitalCost) {
    }

    public InvestOption {
        levels = List.copyOf(levels);
    }

    public Level level(int i) {
        return levels.get(i);
    }
}
