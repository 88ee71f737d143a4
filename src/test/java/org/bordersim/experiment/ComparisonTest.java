package org.bordersim.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.bordersim.TestScenarios;
import org.bordersim.metrics.Metric;
import org.bordersim.stats.PairedDifference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * compare's statistics on the shipped baseline (one year, 10 replications: the count the README
 * and scenarios/README.md document for a what-if).
 */
class ComparisonTest {
    static final int REPLICATIONS = 10;

    @TempDir
    Path tmp;

    private Comparison compare(PreparedScenario... scenarios) throws InterruptedException {
        List<PreparedScenario> list = java.util.Arrays.stream(scenarios).map(s -> s.withRun(20260101, REPLICATIONS)).toList();
        return Comparison.run(list, 2, () -> { });
    }

    @Test
    void aScenarioComparedWithItselfShowsNoDifferenceInAnyOutcome() throws InterruptedException {
        PreparedScenario baseline = TestScenarios.prepare(TestScenarios.shipped("baseline.json"));
        Comparison c = compare(baseline, baseline);
        for (Metric m : Metric.values()) {
            PairedDifference d = c.difference(1, m);
            if (d.n() == 0) continue;
            assertEquals(0, d.meanDifference(), 0, m.column());
            assertTrue(d.ciLow() <= 0 && d.ciHigh() >= 0, m.column());
            assertFalse(d.detectable(), m.column());
        }
    }

    @Test
    void doublingStaffingIsDetectedAtTheDocumentedReplicationCount() throws InterruptedException {
        PreparedScenario baseline = TestScenarios.prepare(TestScenarios.shipped("baseline.json"));
        PreparedScenario doubled = TestScenarios.prepare(TestScenarios.extending(tmp, "doubled.json",
                TestScenarios.shipped("baseline.json"), "\"name\": \"doubled\", \"overrides\": {\"/blos/*/staffing\": 12}"));
        Comparison c = compare(baseline, doubled);
        PairedDifference kg = c.difference(1, Metric.KG_SEIZED);
        assertTrue(kg.ciLow() > 0, "more kg seized, CI excluding 0: " + kg);
        PairedDifference rate = c.difference(1, Metric.INTERDICTION_RATE);
        assertTrue(rate.ciLow() > 0, "higher interdiction rate: " + rate);
        PairedDifference cost = c.difference(1, Metric.COST_STAFF);
        assertEquals(2.0, c.values(1, Metric.COST_STAFF)[0] / c.values(0, Metric.COST_STAFF)[0], 0.05, "twice the salaries");
        assertTrue(cost.detectable());

        // Common random numbers: staffing does not touch the traffickers' draws, so every
        // replication sends exactly the same shipments in both scenarios.
        assertArrayEquals(c.values(0, Metric.KG_SENT), c.values(1, Metric.KG_SENT));
        assertArrayEquals(c.values(0, Metric.SHIPMENTS_SENT), c.values(1, Metric.SHIPMENTS_SENT));
    }
}
