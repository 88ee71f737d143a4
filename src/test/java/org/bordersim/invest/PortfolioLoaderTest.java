package org.bordersim.invest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.bordersim.TestScenarios;
import org.bordersim.files.InputException;
import org.bordersim.scenario.BloSpec;
import org.bordersim.sweep.Sweep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The three ways to write an option, and the overlaps the loader refuses. */
class PortfolioLoaderTest {
    @TempDir
    Path dir;

    /** The baseline with BLOs of different sizes: 6, 6, 4 and 9 officers. */
    private Path unevenBase() {
        return TestScenarios.write(dir, "uneven.json", """
                {"extends": "%s", "name": "uneven", "overrides": {"/blos/2/staffing": 4, "/blos/3/staffing": 9}}
                """.formatted(TestScenarios.shippedJsonPath("baseline.json")));
    }

    private Path portfolio(String options) {
        return TestScenarios.write(dir, "p.json", """
                {"name": "p", "scenario": "%s", "horizonYears": 0.1, "budget": {"currency": "USD", "total": 100000},
                 "maximise": "value_seized", "options": %s, "replications": 2}
                """.formatted(unevenBase(), options));
    }

    @Test
    void addingOfficersAddsToEveryBloItsOwnStaffing() throws Exception {
        Portfolio p = PortfolioLoader.load(portfolio("""
                [{"name": "extra", "pointer": "/blos/*/staffing", "add": true, "levels": [{"value": 0}, {"value": 2}]}]"""));
        assertEquals(List.of("/blos/0/staffing", "/blos/1/staffing", "/blos/2/staffing", "/blos/3/staffing"), p.options().get(0).pointers());
        assertEquals("+2", p.options().get(0).level(1).label());
        Sweep sweep = PortfolioSweep.write(p, dir);
        assertEquals(List.of(6, 6, 4, 9), staffing(sweep, 0));
        assertEquals(List.of(8, 8, 6, 11), staffing(sweep, 1));
    }

    private static List<Integer> staffing(Sweep sweep, int point) throws InputException {
        return sweep.prepare(point).scenario().blos().stream().map(BloSpec::staffing).toList();
    }

    @Test
    void anOptionCanSetSeveralValuesTogether() throws Exception {
        Portfolio p = PortfolioLoader.load(portfolio("""
                [{"name": "x2_upgrades", "levels": [
                   {"set": {"/blos/2/upgrades/water": false, "/blos/2/upgrades/power": false}},
                   {"set": {"/blos/2/upgrades/water": true, "/blos/2/upgrades/power": true}, "capitalCost": 5000}]}]"""));
        Sweep sweep = PortfolioSweep.write(p, dir);
        assertEquals(2, sweep.parameters().size(), "one sweep parameter per value set");
        assertEquals("x2_upgrades_1", sweep.parameters().get(0).name());
        assertTrue(sweep.prepare(1).scenario().blos().get(2).upgrades().water());
        assertTrue(sweep.prepare(1).scenario().blos().get(2).upgrades().power());
        assertTrue(!sweep.prepare(0).scenario().blos().get(2).upgrades().water());
    }

    @Test
    void theFilesUnitCostsReplaceTheScenariosInEveryRunAndAnUnknownOneIsRefused() throws Exception {
        Path file = TestScenarios.write(dir, "c.json", """
                {"name": "c", "scenario": "%s", "horizonYears": 0.1, "budget": {"currency": "USD", "total": 100000},
                 "costs": {"dashCamYear": 1234},
                 "maximise": "value_seized", "replications": 2,
                 "options": [{"name": "cams", "pointer": "/blos/*/equipment/dashCams", "levels": [{"value": 0}, {"value": 1}]}]}
                """.formatted(TestScenarios.shippedJsonPath("baseline.json")));
        Portfolio p = PortfolioLoader.load(file);
        assertEquals(1234.0, p.base().scenario().costs().dashCamYear());
        assertEquals(1234.0, PortfolioSweep.write(p, dir).prepare(1).scenario().costs().dashCamYear());
        Path bad = TestScenarios.write(dir, "bad.json", java.nio.file.Files.readString(file).replace("dashCamYear", "dashcamYear"));
        InputException e = assertThrows(InputException.class, () -> PortfolioLoader.load(bad));
        assertTrue(e.getMessage().contains("/costs/dashcamYear"), e.getMessage());
    }

    @Test
    void levelsThatSetOtherPointersAndOptionsThatOverlapAreRefusedByPointer() {
        InputException e = assertThrows(InputException.class, () -> PortfolioLoader.load(portfolio("""
                [{"name": "staff", "pointer": "/blos/*/staffing", "levels": [{"value": 6}, {"value": 8}]},
                 {"name": "first", "pointer": "/blos/0/staffing", "levels": [{"value": 6}, {"value": 7}]},
                 {"name": "pack", "levels": [{"set": {"/officers/vacancyDays": 45}}, {"set": {"/officers/learningDays": 90}}]}]""")));
        String text = e.getMessage();
        assertTrue(text.contains("/options/1: '/blos/0/staffing' overlaps '/blos/*/staffing'"), text);
        assertTrue(text.contains("/options/2/levels/1/set: every level sets the same pointers"), text);
        // The uneven base has 6 officers at BLO 0 only: a first level of 6 everywhere is not the base.
        assertTrue(text.contains("/options/0/levels/0/value: the first level must be what the base scenario already has"), text);
    }
}
