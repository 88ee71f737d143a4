package org.bordersim.invest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One investment option: values at one or more JSON pointers in the scenario, chosen together from
 * its levels (a package of post upgrades sets three; extra officers set every BLO's staffing). The
 * first level is what the base scenario already has, so a portfolio with every option at level 0
 * is the base scenario itself.
 *
 * @param pointers the pointers the option sets ({@code *} allowed), the same for every level
 */
public record InvestOption(String name, String label, List<String> pointers, List<Level> levels) {
    /**
     * @param values      one value per pointer, in the order of the option's pointers
     * @param capitalCost one-off cost in the portfolio's currency, paid in the first year; running
     *                    costs are booked by the model from the scenario's unit costs
     */
    public record Level(List<JsonNode> values, String label, double capitalCost) {
        public Level {
            values = List.copyOf(values);
        }
    }

    public InvestOption {
        pointers = List.copyOf(pointers);
        levels = List.copyOf(levels);
    }

    public Level level(int i) {
        return levels.get(i);
    }

    /** What level {@code i} sets: each pointer and its value. */
    public Map<String, JsonNode> settings(int i) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (int k = 0; k < pointers.size(); k++) out.put(pointers.get(k), levels.get(i).values().get(k));
        return out;
    }

    /** Whether two pointers can reach the same place: equal, one inside the other, or matching through {@code *}. */
    public static boolean overlap(String a, String b) {
        String[] x = a.substring(1).split("/", -1);
        String[] y = b.substring(1).split("/", -1);
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            if (!x[i].equals(y[i]) && !x[i].equals("*") && !y[i].equals("*")) return false;
        }
        return true;
    }
}
