package org.bordersim.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.constraints.LongRange;
import org.bordersim.TestScenarios;
import org.bordersim.files.InputException;
import org.bordersim.scenario.LoadedScenario;
import org.bordersim.scenario.ScenarioLoader;
import org.bordersim.scenario.ScenarioTemplate;
import org.bordersim.world.World;

/**
 * Property-based: random valid scenarios (the baseline with a random generated map and random
 * settings of every lever) keep {@link RunInvariants} for any seed. jqwik's seed is fixed, so the
 * same scenarios are drawn on every build; a failure prints the settings that broke it.
 */
class ModelPropertiesTest {
    private static final ScenarioTemplate BASELINE = template();
    private static final JsonNode WEST = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode()
            .put("edge", "west").put("country", "A");

    private static ScenarioTemplate template() {
        try {
            return new ScenarioLoader().template(TestScenarios.shipped("baseline.json"));
        } catch (InputException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    @Property(tries = 200, seed = "20261123", shrinking = ShrinkingMode.BOUNDED)
    void anyValidScenarioKeepsTheBooks(@ForAll("scenarios") Map<String, JsonNode> settings,
                                       @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long seed) {
        LoadedScenario loaded;
        World world;
        try {
            loaded = BASELINE.with(settings);
            world = World.build("generated", loaded.scenario());
        } catch (InputException e) {
            // A random map can cut off a destination or hold fewer crossings than the BLOs name;
            // the loader refusing it is right, and jqwik fails the property if it happens too often.
            Assume.that(false);
            return;
        }
        RunInvariants invariants = new RunInvariants(loaded.scenario(), world);
        invariants.run(seed, 0);
        double dispatch = 0;
        for (var g : loaded.scenario().groups()) dispatch += g.dispatchPerWeek();
        assertTrue(dispatch < 5 || invariants.courierChecks() > 0, "couriers were on the road and checked");
    }

    @Provide
    Arbitrary<Map<String, JsonNode>> scenarios() {
        List<Arbitrary<Map.Entry<String, JsonNode>>> levers = new ArrayList<>();
        levers.add(integer("/durationDays", 7, 120));
        levers.add(integer("/map/generator/width", 16, 70));
        levers.add(integer("/map/generator/height", 8, 45));
        levers.add(Arbitraries.longs().between(0, 1_000_000).map(v -> Map.entry("/map/generator/seed", LongNode.valueOf(v))));
        levers.add(Arbitraries.of("straight", "wavy").map(v -> Map.entry("/map/generator/borderShape", TextNode.valueOf(v))));
        levers.add(integer("/map/generator/borderAmplitude", 0, 6));
        levers.add(number("/map/generator/mountainShare", 0, 0.4));
        levers.add(number("/map/generator/forestShare", 0, 0.4));
        levers.add(bool("/map/generator/river"));
        levers.add(integer("/map/generator/roads", 2, 5));
        for (int g = 0; g < 4; g++) {
            levers.add(number("/groups/" + g + "/dispatchPerWeek", 0, 120));
            levers.add(number("/groups/" + g + "/concealment", 0, 1));
            levers.add(bool("/groups/" + g + "/adaptation"));
        }
        for (int b = 0; b < 4; b++) {
            levers.add(integer("/blos/" + b + "/staffing", 0, 12));
            levers.add(number("/blos/" + b + "/checkpointShare", 0, 1));
            levers.add(number("/blos/" + b + "/conditions/communications", 0, 1));
            levers.add(integer("/blos/" + b + "/equipment/dashCams", 0, 4));
            levers.add(integer("/blos/" + b + "/equipment/nightVision", 0, 4));
            levers.add(integer("/blos/" + b + "/equipment/radios", 0, 4));
            levers.add(integer("/blos/" + b + "/equipment/scanners", 0, 2));
        }
        levers.add(number("/officers/turnoverPerYear", 0, 10));
        levers.add(integer("/officers/vacancyDays", 0, 120));
        levers.add(bool("/training/newArrivals"));
        levers.add(integer("/training/refresherEveryDays", 0, 60));
        levers.add(Arbitraries.of("none", "interagency", "cross-border", "regional-hub")
                .map(v -> Map.entry("/intelligence/sharing", TextNode.valueOf(v))));
        levers.add(number("/intelligence/tipProbability", 0, 1));
        levers.add(number("/intelligence/crossBorderLatencyHours", 0, 72));
        levers.add(number("/intelligence/trust", 0, 1));
        levers.add(number("/intelligence/sightingProbability", 0, 1));
        levers.add(integer("/intelligence/seizureAlertDays", 0, 30));
        levers.add(number("/jointOperations/perWeek", 0, 5));
        levers.add(number("/controlledDeliveries/share", 0, 1));
        levers.add(number("/controlledDeliveries/trustLossOnFailure", 0, 1));
        levers.add(number("/intelligence/routeAccuracy", 0, 1));
        levers.add(integer("/intelligence/teamOfficers", 1, 4));
        levers.add(integer("/intelligence/teamHours", 1, 48));
        levers.add(integer("/jointOperations/officersPerSide", 1, 4));
        levers.add(bool("/training/trainOfficersInPost"));
        levers.add(number("/training/initiallyTrainedShare", 0, 1));
        levers.add(bool("/blos/1/upgrades/power"));
        levers.add(number("/map/cellKm", 0.25, 3));
        levers.add(number("/seasons/mountainSlowdown", 1, 1000));
        return Combinators.combine(levers).as(entries -> {
            Map<String, JsonNode> settings = new LinkedHashMap<>();
            // Two baseline groups start in fixed rectangles that a smaller map would not hold.
            settings.put("/groups/1/origin", WEST);
            settings.put("/groups/3/origin", WEST);
            entries.forEach(e -> settings.put(e.getKey(), e.getValue()));
            return settings;
        });
    }

    private static Arbitrary<Map.Entry<String, JsonNode>> integer(String pointer, int min, int max) {
        return Arbitraries.integers().between(min, max).map(v -> Map.entry(pointer, IntNode.valueOf(v)));
    }

    private static Arbitrary<Map.Entry<String, JsonNode>> number(String pointer, double min, double max) {
        return Arbitraries.doubles().between(min, max).ofScale(3).map(v -> Map.entry(pointer, DoubleNode.valueOf(v)));
    }

    private static Arbitrary<Map.Entry<String, JsonNode>> bool(String pointer) {
        return Arbitraries.of(true, false).map(v -> Map.entry(pointer, BooleanNode.valueOf(v)));
    }
}
