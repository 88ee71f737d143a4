package org.bordersim.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bordersim.TestScenarios;
import org.bordersim.files.Json;
import org.bordersim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The line protocol of {@code eval}: what each kind of bad request answers, and that the session goes on. */
class EvalSessionTest {
    @TempDir
    Path tmp;

    private List<JsonNode> serve(EvalSession session, String input) throws Exception {
        StringWriter out = new StringWriter();
        session.serve(new BufferedReader(new StringReader(input)), out);
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString().split("\n")) lines.add(Json.STRICT.readTree(line));
        return lines;
    }

    @Test
    void everyBadRequestGetsOneLineSayingWhereAndWhatAndTheNextRequestIsServed() throws Exception {
        Path scenario = TestScenarios.extending(tmp, "short.json", TestScenarios.shipped("baseline.json").toAbsolutePath(),
                "\"name\": \"short\", \"durationDays\": 7");
        EvalSession session = new EvalSession(new ScenarioLoader().template(scenario), 1);
        List<JsonNode> lines = serve(session, String.join("\n",
                "[1, 2]",
                "{\"outputs\": [\"kg_of_everything\"]}",
                "{\"id\": 3, \"id\": 4}",
                "{\"id\": {\"trial\": 5}, \"replications\": 2.5}",
                "",
                "{\"id\": {\"trial\": 6}, \"outputs\": [\"value_seized\"]}"));
        assertEquals(5, lines.size(), lines.toString());
        assertTrue(lines.get(0).get("error").asText().contains("stdin line 1") && lines.get(0).get("error").asText()
                .contains("expected a JSON object"), lines.get(0).toString());
        assertTrue(lines.get(1).get("error").asText().contains("/outputs/0") && lines.get(1).get("error").asText()
                .contains("kg_of_everything"), lines.get(1).toString());
        assertTrue(lines.get(2).get("error").asText().contains("not valid JSON"), "duplicate keys are refused: " + lines.get(2));
        assertEquals(5, lines.get(3).get("id").get("trial").asInt(), "the id of a refused request is echoed");
        assertTrue(lines.get(3).get("error").asText().contains("/replications"), lines.get(3).toString());
        // The blank line is skipped, the last request runs, and its id comes back as given.
        assertEquals(6, lines.get(4).get("id").get("trial").asInt());
        assertEquals(1, lines.get(4).get("outputs").size());
        assertTrue(lines.get(4).get("outputs").get("value_seized").isNumber());
        assertEquals(5, session.requests());
        assertEquals(4, session.refused());
    }

    /**
     * Crossings per place and seizures per BLO, by name, as in a compare's runs.csv: the places add up to all
     * crossings and the BLOs to all seizures (each seizure has one seizing BLO); a name the variant lacks is refused
     * with the names it has.
     */
    @Test
    void placesAndBlosAreOutputsByNameAndAddUp() throws Exception {
        Path scenario = TestScenarios.extending(tmp, "short.json", TestScenarios.shipped("baseline.json").toAbsolutePath(),
                "\"name\": \"short\", \"durationDays\": 60");
        EvalSession session = new EvalSession(new ScenarioLoader().template(scenario), 1);
        var template = new ScenarioLoader().template(scenario);
        var world = org.bordersim.world.World.build(scenario.toString(), template.with(java.util.Map.of()).scenario());
        List<String> names = new ArrayList<>(List.of("\"crossings\"", "\"shipments_seized\""));
        for (String place : world.locationNames()) names.add("\"crossings_" + place + "\"");
        for (var blo : template.with(java.util.Map.of()).scenario().blos()) names.add("\"blo_seizures_" + blo.name() + "\"");
        List<JsonNode> lines = serve(session, String.join("\n",
                "{\"replications\": 3, \"outputs\": [" + String.join(", ", names) + "]}",
                "{\"id\": 2, \"outputs\": [\"crossings_nowhere\", \"blo_seizures_X1-A\", \"blo_seizures_Z9\"]}"));
        assertEquals(4, lines.size(), lines.toString());
        double seizures = 0;
        for (int rep = 0; rep < 3; rep++) {
            JsonNode out = lines.get(rep).get("outputs");
            assertEquals(names.size(), out.size(), out.toString());
            double placeSum = 0;
            double bloSum = 0;
            for (var it = out.fields(); it.hasNext(); ) {
                var e = it.next();
                if (e.getKey().startsWith("crossings_")) placeSum += e.getValue().asDouble();
                if (e.getKey().startsWith("blo_seizures_")) bloSum += e.getValue().asDouble();
            }
            assertEquals(out.get("crossings").asDouble(), placeSum, 0.0, out.toString());
            assertEquals(out.get("shipments_seized").asDouble(), bloSum, 0.0, out.toString());
            seizures += bloSum;
        }
        assertTrue(seizures > 0, "seizures, so the BLO outputs are tested");
        String error = lines.get(3).get("error").asText();
        assertTrue(error.contains("/outputs/0") && error.contains("no place 'nowhere'") && error.contains("green-1"), error);
        assertTrue(error.contains("/outputs/2") && error.contains("no BLO 'Z9'") && !error.contains("/outputs/1"), error);
    }
}
