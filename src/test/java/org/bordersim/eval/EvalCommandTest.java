package org.bordersim.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.bordersim.ChildJvm;
import org.bordersim.TestScenarios;
import org.bordersim.cli.BorderSimCommand;
import org.bordersim.experiment.Replication;
import org.bordersim.experiment.Seeds;
import org.bordersim.files.Json;
import org.bordersim.metrics.Metric;
import org.bordersim.metrics.RunResult;
import org.bordersim.scenario.LoadedScenario;
import org.bordersim.scenario.ScenarioLoader;
import org.bordersim.world.World;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bordersim eval} driven as another program drives it: a child JVM, requests written one
 * at a time, each answer read before the next request is sent.
 */
class EvalCommandTest {
    @TempDir
    Path tmp;

    @Test
    @Timeout(180)
    void answersEachRequestAsItArrivesWithTheOutputsRunGivesAndGoesOnAfterABadOne() throws Exception {
        Path scenario = TestScenarios.extending(tmp, "short.json", TestScenarios.shipped("baseline.json").toAbsolutePath(),
                "\"name\": \"short\", \"durationDays\": 21");
        Process child = new ProcessBuilder(ChildJvm.command(BorderSimCommand.class.getName(), "eval", scenario.toString(), "--threads", "2")).redirectError(tmp.resolve("stderr.txt").toFile()).start();
        try (Writer in = new OutputStreamWriter(child.getOutputStream(), StandardCharsets.UTF_8);
             BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            // 1. The base scenario, 3 replications of seed 5: the lines come before stdin is closed.
            send(in, "{\"id\": \"base\", \"replications\": 3, \"seed\": 5}");
            List<JsonNode> base = read(out, 3);
            // 2. A request the scenario refuses: one error line naming the line, the pointer and the rule.
            send(in, "{\"id\": 2, \"set\": {\"/blos/0/staffing\": -3}}");
            JsonNode refused = read(out, 1).get(0);
            // 3. More staff at every post, same seed, two outputs only: the session is still serving.
            send(in, "{\"id\": 3, \"set\": {\"/blos/*/staffing\": 40}, \"replications\": 3, \"seed\": 5, "
                    + "\"outputs\": [\"value_seized\", \"total_cost\"]}");
            List<JsonNode> moreStaff = read(out, 3);
            in.close();
            assertTrue(child.waitFor(60, TimeUnit.SECONDS), "eval did not end when its input ended");

            var template = new ScenarioLoader().template(scenario);
            LoadedScenario plain = template.with(Map.of());
            LoadedScenario staffed = template.with(Map.of("/blos/*/staffing", IntNode.valueOf(40)));
            for (int r = 0; r < 3; r++) {
                long seed = Seeds.replication(5, r);
                RunResult expected = Replication.run(plain.scenario(), World.build("x", plain.scenario()), r, seed);
                JsonNode line = base.get(r);
                assertEquals("base", line.get("id").asText());
                assertEquals(r, line.get("replication").asInt());
                assertEquals(seed, line.get("seed").asLong());
                assertEquals(Metric.values().length, line.get("outputs").size());
                for (Metric m : Metric.values()) {
                    double v = expected.metrics()[m.ordinal()];
                    JsonNode got = line.get("outputs").get(m.column());
                    if (Double.isFinite(v)) assertEquals(v, got.doubleValue(), 0.0, m.column());
                    else assertTrue(got.isNull(), m.column());
                }
                // Same seeds with the change applied: common random numbers, and the change really made.
                RunResult withStaff = Replication.run(staffed.scenario(), World.build("x", staffed.scenario()), r, seed);
                JsonNode s = moreStaff.get(r);
                assertEquals(seed, s.get("seed").asLong());
                assertEquals(2, s.get("outputs").size());
                assertEquals(withStaff.metrics()[Metric.TOTAL_COST.ordinal()], s.get("outputs").get("total_cost").doubleValue(), 0.0);
                assertEquals(withStaff.metrics()[Metric.VALUE_SEIZED.ordinal()], s.get("outputs").get("value_seized").doubleValue(), 0.0);
                assertNotEquals(line.get("outputs").get("total_cost").doubleValue(), s.get("outputs").get("total_cost").doubleValue());
            }
            assertEquals(2, refused.get("id").asInt());
            assertEquals(4, refused.get("line").asInt());
            String error = refused.get("error").asText();
            assertTrue(error.contains("stdin line 4") && error.contains("/blos/0/staffing") && error.contains("-3"), error);
            assertEquals(2, child.exitValue(), "a refused request makes the exit status 2");
        } finally {
            child.destroyForcibly();
        }
    }

    private static void send(Writer in, String line) throws Exception {
        // A blank line between requests is allowed, and shifts the line numbers errors give.
        in.write("\n" + line + "\n");
        in.flush();
    }

    private static List<JsonNode> read(BufferedReader out, int lines) throws Exception {
        List<JsonNode> got = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            String text = out.readLine();
            assertTrue(text != null, "eval ended before answering");
            got.add(Json.STRICT.readTree(text));
        }
        return got;
    }
}
