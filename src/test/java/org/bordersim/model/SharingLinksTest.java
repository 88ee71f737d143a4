package org.bordersim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.bordersim.TestScenarios;
import org.bordersim.experiment.PreparedScenario;
import org.bordersim.experiment.Replication;
import org.bordersim.experiment.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Named sharing links and hubs (docs/ODD.md §7.11) on the corridor through three countries: X1-A | X1-B at the first
 * crossing, X2-B | X2-C at the second, every BLO at communications 1, no sharing level. Messages go the quickest way
 * over links, hubs and on from whoever they reach.
 */
class SharingLinksTest {
    private static final int X1_A = 0;
    private static final int X1_B = 1;
    private static final int X2_B = 2;
    private static final int X2_C = 3;

    @TempDir
    Path dir;

    private IntelligenceNetwork network(String intelligence) {
        PreparedScenario p = TestScenarios.prepare(TestScenarios.extending(dir, "s.json",
                TestScenarios.resource("valid/corridor-three-countries.json"), "\"intelligence\": " + intelligence));
        BorderModel model = new BorderModel(Seeds.replication(p.scenario().seed(), 0), p.scenario(), p.world(),
                Replication.metricsFor(p.scenario(), p.world()));
        model.start();
        return model.intelligence();
    }

    private static double[] arrivals(IntelligenceNetwork network, int learner, byte[] state) {
        double[] arrival = new double[4];
        network.spread(learner, 0, arrival, state, new Courier(0, null, 0, 1, 0, 42));
        return arrival;
    }

    @Test
    void aLinkCarriesAMessageBetweenItsTwoBlosOnly() {
        IntelligenceNetwork n = network("{\"links\": [{\"between\": [\"X1-A\", \"X2-C\"], \"latencyHours\": 6, \"trust\": 1}]}");
        byte[] state = new byte[4];
        double[] a = arrivals(n, X1_A, state);
        assertEquals(6.0, a[X2_C], 1e-12);
        assertEquals(Double.POSITIVE_INFINITY, a[X1_B]);
        assertEquals(Double.POSITIVE_INFINITY, a[X2_B]);
        assertEquals(IntelligenceNetwork.PENDING, state[X2_C]);
    }

    @Test
    void aHubReachesItsMembersAndALinkCarriesItOn() {
        IntelligenceNetwork n = network("{\"hubs\": [{\"name\": \"centre\", \"members\": [\"B\", \"X2-C\"], \"latencyHours\": 24}],"
                + " \"links\": [{\"between\": [\"X1-A\", \"X2-C\"], \"latencyHours\": 6}]}");
        double[] a = arrivals(n, X1_B, new byte[4]);
        assertEquals(24.0, a[X2_B], 1e-12, "a member by country");
        assertEquals(24.0, a[X2_C], 1e-12, "a member by name");
        assertEquals(30.0, a[X1_A], 1e-12, "not a member, but linked to one");
        // From the linked end: over the link to X2-C (6 h), then through the centre (24 h) to country B.
        double[] b = arrivals(n, X1_A, new byte[4]);
        assertEquals(6.0, b[X2_C], 1e-12);
        assertEquals(30.0, b[X1_B], 1e-12);
        assertEquals(30.0, b[X2_B], 1e-12);
    }

    @Test
    void theMeanTrustReportedIsOverThePairsThatShare() {
        // No level, one link: the only foreign pair that exchanges messages is the link's (the others stay at the
        // level's 0.7, which means nothing when they never share).
        assertEquals(0.3, network("{\"links\": [{\"between\": [\"X1-A\", \"X2-C\"], \"trust\": 0.3}]}").meanForeignTrust(), 1e-12);
        assertEquals(Double.NaN, network("{}").meanForeignTrust(), "no sharing across a border: nothing to report");
    }

    @Test
    void aLinksTrustDecidesWhetherItsMessagesAreActedOn() {
        byte[] state = new byte[4];
        arrivals(network("{\"links\": [{\"between\": [\"X1-A\", \"X2-C\"], \"trust\": 0}]}"), X1_A, state);
        assertEquals(IntelligenceNetwork.DISTRUSTED, state[X2_C]);
    }
}
