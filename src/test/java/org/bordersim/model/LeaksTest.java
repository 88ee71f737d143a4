package org.bordersim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.bordersim.TestScenarios;
import org.bordersim.experiment.Comparison;
import org.bordersim.experiment.PreparedScenario;
import org.bordersim.metrics.Metric;
import org.bordersim.metrics.ModelEvent.TrustCause;
import org.bordersim.metrics.ModelEvent.TrustChanged;
import org.bordersim.metrics.RunResult;
import org.bordersim.stats.PairedDifference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Leaks of shared tips (docs/ODD.md §7.11) on the corridor: A-side learns every tip it gets, B-side across the border
 * receives it at once (no latency, full trust), and nothing else is shared (no alerts), so each tip is exactly one
 * foreign message. Ten replications of 800 shipments each, with common random numbers.
 */
class LeaksTest {
    private static final String SHARING = "\"intelligence\": {\"tipProbability\": 0.3, \"sharing\": \"cross-border\", "
            + "\"crossBorderLatencyHours\": 0, \"trust\": 1, \"seizureAlertDays\": 0, \"sightingProbability\": 0%s}";

    @TempDir
    Path tmp;

    private int variant;

    private PreparedScenario corridor(String leaks, String more) {
        return TestScenarios.prepare(TestScenarios.extending(tmp, "v" + (variant++) + ".json",
                TestScenarios.resource("valid/corridor.json"), SHARING.formatted(leaks) + more));
    }

    private static double total(List<RunResult> runs, Metric m) {
        return runs.stream().mapToDouble(r -> r.get(m)).sum();
    }

    @Test
    void eachForeignTipLeaksAndIsFoundOutWithItsProbability() throws InterruptedException {
        List<RunResult> runs = Comparison.run(List.of(corridor(", \"leaks\": {\"chance\": 0.4, \"discovered\": 0.25}", "")), 2, () -> { })
                .runs().get(0);
        double foreign = total(runs, Metric.INTEL_SHARED);
        double leaked = total(runs, Metric.INTEL_LEAKED);
        double found = total(runs, Metric.LEAKS_FOUND_OUT);
        assertTrue(foreign > 1000, "enough tips: " + foreign);
        // Binomial counts: within 4 standard deviations of their expectation (a false alarm about once in 16,000).
        assertEquals(0.4 * foreign, leaked, 4 * Math.sqrt(foreign * 0.4 * 0.6), "leaked of " + foreign);
        assertEquals(0.25 * leaked, found, 4 * Math.sqrt(leaked * 0.25 * 0.75), "found out of " + leaked);
    }

    @Test
    void aLeakWarnsTheCourierSoWhatIsAimedAtItFails() throws InterruptedException {
        String controlled = ", \"controlledDeliveries\": {\"share\": 0.5, \"successProbability\": 1, "
                + "\"trustLossOnFailure\": 0, \"trustGainOnSuccess\": 0}";
        Comparison c = Comparison.run(List.of(corridor("", controlled),
                corridor(", \"leaks\": {\"chance\": 1, \"discovered\": 1, \"trustLoss\": 0.05}", controlled)), 2, () -> { });
        assertEquals(0, total(c.runs().get(0), Metric.INTEL_LEAKED));
        assertTrue(total(c.runs().get(0), Metric.CONTROLLED_DELIVERIES_SUCCEEDED) > 0, "without leaks controlled deliveries succeed");
        assertTrue(total(c.runs().get(1), Metric.CONTROLLED_DELIVERIES) > 0, "with leaks they are still tried");
        assertEquals(0, total(c.runs().get(1), Metric.CONTROLLED_DELIVERIES_SUCCEEDED), "but the warned receivers never come");
        // A-side's targeted inspections at its own post miss the warned couriers, which come in another vehicle.
        PairedDifference targeted = c.difference(1, Metric.SEIZURES_TARGETED);
        assertTrue(targeted.ciHigh() < 0, "targeted seizures fall: " + targeted);
        assertTrue(total(c.runs().get(1), Metric.INTEL_VOIDED) > 0);
        assertEquals(0, total(c.runs().get(1), Metric.INTEL_USED_IN_TIME), "a leak at hour 0 voids every tip");
    }

    @Test
    void everyLeakFoundOutLowersThePairsTrustAndTheMovesFormItsPath() throws InterruptedException {
        List<RunResult> runs = Comparison.run(List.of(corridor(", \"leaks\": {\"chance\": 0.5, \"discovered\": 1, \"trustLoss\": 0.05}", "")),
                2, () -> { }).runs().get(0);
        for (RunResult r : runs) {
            assertEquals(r.get(Metric.INTEL_LEAKED), r.get(Metric.LEAKS_FOUND_OUT), "all found out");
            double trust = 1;
            int moves = 0;
            for (TrustChanged t : r.trustChanges()) {
                assertEquals(TrustCause.LEAK_FOUND_OUT, t.cause());
                assertEquals(trust, t.before(), 1e-12, "a path: each move starts where the last ended");
                trust = Math.max(0, trust - 0.05);
                assertEquals(trust, t.after(), 1e-12);
                moves++;
            }
            // Moves stop at 0; a leak found out then changes nothing, and no move is reported.
            int expected = 0;
            for (double level = 1; level > 0 && expected < r.get(Metric.LEAKS_FOUND_OUT); expected++) level = Math.max(0, level - 0.05);
            assertEquals(expected, moves);
            assertEquals(trust, r.get(Metric.CROSS_BORDER_TRUST), 1e-12);
        }
    }
}
