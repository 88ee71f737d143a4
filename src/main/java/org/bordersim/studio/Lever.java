package org.bordersim.studio;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.bordersim.scenario.PublishedSchema;

/**
 * A lever the page offers: a JSON pointer, what it is in words, and the bounds and choices the
 * published schema gives it, so that a control can never ask for a value validation refuses.
 */
record Lever(String pointer, String label, String type, double min, double max, List<String> choices, String unit) {
    /** The levers of the first page, in the order planners asked for them. */
    static final List<String[]> OFFERED = List.of(
            new String[] {"/blos/*/staffing", "Officers per BLO"},
            new String[] {"/officers/turnoverPerYear", "Turnover (share leaving a year)"},
            new String[] {"/officers/vacancyDays", "Days a post stays empty"},
            new String[] {"/training/newArrivals", "Train new arrivals"},
            new String[] {"/intelligence/sharing", "Intelligence sharing"},
            new String[] {"/intelligence/tipProbability", "Share of shipments tipped"},
            new String[] {"/blos/*/equipment/dashCams", "Dash cams per BLO"},
            new String[] {"/blos/*/equipment/nightVision", "Night-vision devices per BLO"},
            new String[] {"/jointOperations/perWeek", "Joint operations a week"});

    /** The lever at {@code pointer} with its bounds from the schema. */
    static Lever of(String pointer, String label) {
        JsonNode s = PublishedSchema.scenario().schemaAt(pointer);
        if (s == null) throw new IllegalStateException("the schema has no field at " + pointer);
        String unit = s.path("unit").asText("");
        if (s.has("enum")) {
            List<String> choices = new java.util.ArrayList<>();
            s.get("enum").forEach(v -> choices.add(v.asText()));
            return new Lever(pointer, label, "choice", 0, 0, choices, unit);
        }
        String type = s.path("type").asText();
        if (type.equals("boolean")) return new Lever(pointer, label, "boolean", 0, 1, List.of(), unit);
        double min = s.has("minimum") ? s.get("minimum").asDouble() : s.path("exclusiveMinimum").asDouble(0);
        double max = s.has("maximum") ? s.get("maximum").asDouble() : 1e9;
        return new Lever(pointer, label, type.equals("integer") ? "integer" : "number", min, max, List.of(), unit);
    }
}
