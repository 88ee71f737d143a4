package org.bordersim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import org.bordersim.TestScenarios;
import org.bordersim.experiment.PreparedScenario;
import org.bordersim.files.InputException;
import org.bordersim.files.Json;
import org.bordersim.model.BorderModel;
import org.bordersim.scenario.ScenarioLoader;

/**
 * Fuzzing the loader through the real command line: the shipped baseline, fully resolved, with one
 * field replaced by a value of a random type and size (or removed) must either validate or get
 * exit status 2 with a message naming the file — never a crash, a stack trace or another status —
 * and what validates must run (three weeks, so the fuzzing stays cheap).
 */
class MutatedScenarioPropertiesTest {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static ObjectNode baseline;
    private static List<String> pointers;
    private static Path dir;

    @BeforeContainer
    static void resolveBaseline() throws InputException, IOException {
        baseline = new ScenarioLoader().template(TestScenarios.shipped("baseline.json")).document();
        pointers = new ArrayList<>();
        collect(baseline, "", pointers);
        dir = Files.createTempDirectory("bordersim-mutations");
    }

    @AfterContainer
    static void cleanUp() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) Files.delete(p);
        }
        Files.delete(dir);
    }

    private static void collect(JsonNode node, String at, List<String> out) {
        if (!at.isEmpty()) out.add(at);
        if (node.isObject()) node.fields().forEachRemaining(e -> collect(e.getValue(), at + "/" + e.getKey(), out));
        else if (node.isArray()) for (int i = 0; i < node.size(); i++) collect(node.get(i), at + "/" + i, out);
    }

    @Property(tries = 300, seed = "777", shrinking = ShrinkingMode.OFF)
    void anyOneFieldChangedEitherValidatesOrIsRefusedCleanly(@ForAll("pointer") String pointer, @ForAll("value") JsonNode value)
            throws IOException {
        ObjectNode doc = baseline.deepCopy();
        doc.put("durationDays", 21);
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = doc.at(pointer.substring(0, slash));
        String key = pointer.substring(slash + 1);
        if (parent instanceof ObjectNode o) {
            if (value == null) o.remove(key);
            else o.set(key, value);
        } else if (parent instanceof ArrayNode a) {
            if (value == null) a.remove(Integer.parseInt(key));
            else a.set(Integer.parseInt(key), value);
        }
        Path file = Files.writeString(dir.resolve("mutant.json"), Json.STRICT.writeValueAsString(doc));
        CliRunner.Outcome o = CliRunner.run("validate", file.toString());
        String what = pointer + " = " + value + "\n" + o.err();
        Statistics.collect(o.exit() == 0 ? "validated and ran" : o.exit() == 2 ? "refused with exit 2" : "exit " + o.exit());
        assertTrue(o.exit() == 0 || o.exit() == 2, "exit status " + o.exit() + " for " + what);
        assertFalse(o.err().contains("Exception") || o.err().contains("\tat "), "no stack trace: " + what);
        if (o.exit() == 2) assertTrue(o.err().startsWith(file + ": "), "names the file: " + what);
        if (o.exit() == 0) {
            assertEquals("", o.err(), what);
            // What validates must also run.
            PreparedScenario p = TestScenarios.prepare(file);
            BorderModel model = new BorderModel(1, p.scenario(), p.world(), e -> { });
            model.start();
            model.runToEnd();
        }
    }

    @Provide
    Arbitrary<String> pointer() {
        return Arbitraries.of(pointers);
    }

    /** A replacement value of any JSON type, from the plausible to the absurd; null removes the field. */
    @Provide
    Arbitrary<JsonNode> value() {
        return Arbitraries.oneOf(
                Arbitraries.integers().map(v -> (JsonNode) NODES.numberNode(v)),
                Arbitraries.of(0L, -1L, Long.MAX_VALUE, Long.MIN_VALUE, 1L << 53).map(v -> (JsonNode) NODES.numberNode(v)),
                Arbitraries.doubles().between(-1e6, 1e6).map(v -> (JsonNode) NODES.numberNode(v)),
                Arbitraries.of(1e300, -1e300, 4.9e-324, 0.5, 1.0000001).map(v -> (JsonNode) NODES.numberNode(v)),
                Arbitraries.strings().ofMaxLength(20).map(v -> (JsonNode) NODES.textNode(v)),
                Arbitraries.of("", "X1", "A", "../x", "west", "none").map(v -> (JsonNode) NODES.textNode(v)),
                Arbitraries.of(true, false).map(v -> (JsonNode) NODES.booleanNode(v)),
                Arbitraries.of((JsonNode) NODES.nullNode(), NODES.arrayNode(), NODES.objectNode(),
                        NODES.arrayNode().add(1).add("x"), NODES.objectNode().put("edge", "west")),
                Arbitraries.just((JsonNode) null));
    }
}
