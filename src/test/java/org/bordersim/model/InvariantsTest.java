package org.bordersim.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bordersim.TestScenarios;
import org.bordersim.experiment.PreparedScenario;
import org.bordersim.experiment.Seeds;
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
}
