package org.bordersim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.bordersim.TestScenarios;
import org.bordersim.files.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioLoaderTest {
    @TempDir
    Path tmp;

    private final ScenarioLoader loader = new ScenarioLoader();

    @Test
    void defaultsComeFromTheSchema() throws InputException {
        Scenario s = loader.load(TestScenarios.resource("valid/hand-grid.json")).scenario();
        assertEquals(365, s.durationDays());
        assertEquals(10, s.replications());
        assertEquals(2.0, s.terrain().plain().speedKmh());
        assertEquals(0.4, s.terrain().forest().visibility());
        assertEquals(3, s.groups().get(0).dispatchPerWeek());
        assertEquals(Commodity.OPIATES, s.groups().get(0).commodity());
        assertEquals(0.3, s.officers().turnoverPerYear());
        assertTrue(s.training().newArrivals());
        assertEquals(1, s.groups().get(0).riskAversion());
    }

    @Test
    void extendsMergesObjectsAndOverridesFanOutOverArrays() throws InputException {
        LoadedScenario base = loader.load(TestScenarios.shipped("baseline.json"));
        LoadedScenario more = loader.load(TestScenarios.shipped("more-staff.json"));
        assertEquals("more-staff", more.scenario().name());
        assertEquals(4, more.scenario().blos().size());
        more.scenario().blos().forEach(b -> assertEquals(10, b.staffing()));
        assertEquals(base.scenario().groups(), more.scenario().groups());
        assertEquals(base.scenario().map(), more.scenario().map());
        assertNotEquals(base.sha256(), more.sha256());

        LoadedScenario turnover = loader.load(TestScenarios.shipped("high-turnover.json"));
        assertEquals(1.0, turnover.scenario().officers().turnoverPerYear());
        assertEquals(90, turnover.scenario().officers().vacancyDays());
        // Merged key by key: the other officer fields keep the parent's values.
        assertEquals(base.scenario().officers().learningDays(), turnover.scenario().officers().learningDays());
    }

    @Test
    void nullInAChildRestoresTheDefault() throws InputException {
        Path base = TestScenarios.resource("valid/corridor.json");
        Path child = TestScenarios.extending(tmp, "child.json", base, "\"durationDays\": null");
        assertEquals(365, loader.load(child).scenario().durationDays());
    }

    @Test
    void hashIgnoresKeyOrderButNotValues() throws InputException {
        Path a = TestScenarios.write(tmp, "a.json", "{\"name\": \"x\", \"seed\": 3, \"map\": {\"generator\": {}},"
                + " \"groups\": [{\"name\": \"g\", \"origin\": {\"edge\": \"west\"}, \"destination\": {\"edge\": \"east\"}}]}");
        Path b = TestScenarios.write(tmp, "b.json", "{\"seed\": 3, \"groups\": [{\"destination\": {\"edge\": \"east\"},"
                + " \"name\": \"g\", \"origin\": {\"edge\": \"west\"}}], \"map\": {\"generator\": {}}, \"name\": \"x\"}");
        Path c = TestScenarios.write(tmp, "c.json", "{\"name\": \"x\", \"seed\": 4, \"map\": {\"generator\": {}},"
                + " \"groups\": [{\"name\": \"g\", \"origin\": {\"edge\": \"west\"}, \"destination\": {\"edge\": \"east\"}}]}");
        assertEquals(loader.load(a).sha256(), loader.load(b).sha256());
        assertNotEquals(loader.load(a).sha256(), loader.load(c).sha256());
    }

    @Test
    void everyProblemIsReportedNotJustTheFirst() {
        Path bad = TestScenarios.write(tmp, "bad.json", "{\"name\": \"x\", \"seed\": -1, \"replications\": 0,"
                + " \"map\": {\"generator\": {}}, \"groups\": [{\"name\": \"g\", \"origin\": {\"edge\": \"west\"},"
                + " \"destination\": {\"edge\": \"east\"}, \"concealment\": 2}]}");
        InputException e = assertThrows(InputException.class, () -> loader.load(bad));
        assertEquals(3, e.problems().size(), e.getMessage());
        assertEquals("/groups/0/concealment", e.problems().get(0).where());
        assertEquals("/replications", e.problems().get(1).where());
        assertEquals("/seed", e.problems().get(2).where());
    }

    @Test
    void suggestionsFindCloseNamesOnly() {
        assertEquals("; did you mean 'staffing'?", Suggestions.didYouMean("staffng", java.util.List.of("name", "staffing")));
        assertTrue(Suggestions.didYouMean("zzzzzz", java.util.List.of("name", "staffing")).startsWith("; valid fields here"));
    }
}
