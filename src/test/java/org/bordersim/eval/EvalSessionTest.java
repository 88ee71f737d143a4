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
}
