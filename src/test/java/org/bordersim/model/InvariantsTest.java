package org.bordersim.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bordersim.TestScenarios;
import org.bordersim.experiment.PreparedScenario;
import org.bordersim.experiment.Replications;
import org.bordersim.experiment.Seeds;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link RunInvariants} on three replications of every shipped scenario. */
class InvariantsTest {

    @ParameterizedTest
    @ValueSource(strings = {"baseline.json", "more-staff.json", "high-turnover.json", "train-new-officers.json", "cross-border-sharing.json", "regional-hub.json", "dash-cams.json", "better-comms.json", "joint-operations.json", "controlled-deliveries.json"})
    void everyShipmentIsAccountedForAndPostsAreNeverOverfilled(String file) {
        PreparedScenario p = TestScenarios.prepare(TestScenarios.shipped(file));
        for (int rep = 0; rep < 3; rep++) {
            RunInvariants invariants = new RunInvariants(p.scenario(), p.world());
            invariants.run(Seeds.replication(p.scenario().seed(), rep), rep);
            assertTrue(invariants.courierChecks() > 1000, "couriers were checked: " + invariants.courierChecks());
        }
    }

    /**
     * The same on a route lattice (map.routeLatticeKm): couriers walk runs between route nodes far from the border,
     * and every remembered risk falls on a route node (an assertion in TraffickingGroup, on in tests).
     */
    @Test
    void onARouteLatticeToo(@TempDir Path tmp) throws InterruptedException {
        PreparedScenario p = TestScenarios.prepare(tmp, "lattice.json", """
                {"extends": "%s", "name": "lattice", "durationDays": 120,
                 "map": {"routeLatticeKm": 4, "generator": {"width": 200, "height": 80, "borderAmplitude": 8, "roads": 4,
                         "crossings": 2}}}
                """.formatted(TestScenarios.shippedJsonPath("baseline.json")));
        assertTrue(p.world().routeLatticeSpacing() == 4);
        long seizures = 0;
        for (int rep = 0; rep < 2; rep++) {
            RunInvariants invariants = new RunInvariants(p.scenario(), p.world());
            seizures += invariants.run(Seeds.replication(p.scenario().seed(), rep), rep).seizureCells().length;
            assertTrue(invariants.courierChecks() > 1000, "couriers were checked: " + invariants.courierChecks());
        }
        assertTrue(seizures >= 5, "seizures, so that risk was remembered: " + seizures);
        // Groups of replications on other threads share the lattice world's first fields: the same numbers whatever
        // the thread count (a fresh world each time, so that the first fields are computed under each).
        PreparedScenario four = TestScenarios.prepare(tmp.resolve("lattice.json")).withRun(p.scenario().seed(), 4);
        PreparedScenario again = TestScenarios.prepare(tmp.resolve("lattice.json")).withRun(p.scenario().seed(), 4);
        var oneThread = Replications.run(four.scenario(), four.world(), 1, () -> { });
        var twoThreads = Replications.run(again.scenario(), again.world(), 2, () -> { });
        for (int rep = 0; rep < 4; rep++) {
            assertArrayEquals(oneThread.get(rep).metrics(), twoThreads.get(rep).metrics(), "replication " + rep);
            assertArrayEquals(oneThread.get(rep).crossingsByLocation(), twoThreads.get(rep).crossingsByLocation());
        }
    }
}
