package org.bordersim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.bordersim.TestScenarios;
import org.bordersim.metrics.Metric;
import org.bordersim.metrics.RunResult;
import org.bordersim.stats.Summary;
import org.junit.jupiter.api.Test;

/** The headline and its intervals: nothing a reader could misread. */
class OutcomeTableTest {
    private static List<RunResult> runs(Metric m, double... values) {
        List<RunResult> out = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            double[] metrics = new double[Metric.values().length];
            metrics[m.ordinal()] = values[i];
            out.add(new RunResult(i, i, metrics, new long[0], new double[0][], new long[4][0], new double[0][], new double[0][], new double[0][], new int[0], java.util.List.of()));
        }
        return out;
    }

    @Test
    void intervalsStayWithinWhatTheQuantityCanBe() {
        Summary kg = OutcomeTable.summarise(runs(Metric.KG_SEIZED, 0, 0, 0, 0, 40), Metric.KG_SEIZED);
        assertEquals(0.0, kg.ciLow(), "kg seized cannot be negative (the t interval alone reaches " + (8 - 2.776 * Math.sqrt(320) / Math.sqrt(5)) + ")");
        assertEquals(8.0, kg.mean(), 1e-12);
        Summary rate = OutcomeTable.summarise(runs(Metric.INTERDICTION_RATE, 1, 1, 1, 0.6), Metric.INTERDICTION_RATE);
        assertEquals(1.0, rate.ciHigh(), "a share cannot exceed 1");
        Summary displacement = OutcomeTable.summarise(runs(Metric.DISPLACEMENT_INDEX, -0.01, 0.0, 0.01, -0.02), Metric.DISPLACEMENT_INDEX);
        assertTrue(displacement.ciLow() < 0, "the chance-corrected displacement may be below 0");
    }

    @Test
    void theHeadlineShowsEachCommodityAndTheValueNeverMixedKilograms() {
        var s = TestScenarios.prepare(TestScenarios.shipped("baseline.json")).scenario();
        List<Metric> headline = OutcomeTable.headline(s);
        assertFalse(headline.contains(Metric.KG_SEIZED), "kg of different commodities are not added up in the headline");
        for (Metric m : List.of(Metric.seized(0), Metric.seized(1), Metric.seized(3), Metric.seized(4), Metric.VALUE_SEIZED,
                Metric.COST_PER_VALUE_SEIZED)) {
            assertTrue(headline.contains(m), m + " in " + headline);
        }
        assertFalse(headline.contains(Metric.seized(2)), "methamphetamine is not moved in the baseline");
        assertEquals("USD per currency".replace("currency", "USD"), OutcomeTable.unit(Metric.COST_PER_VALUE_SEIZED, s));
    }

    @Test
    void fewReplicationsAreFlagged() {
        assertTrue(OutcomeTable.fewReplicationsWarning(4).contains("only 4 replications"));
        assertEquals(null, OutcomeTable.fewReplicationsWarning(5));
    }
}
