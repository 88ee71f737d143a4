package org.bordersim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import org.bordersim.TestScenarios;
import org.bordersim.experiment.PreparedScenario;
import org.bordersim.experiment.Seeds;
import org.bordersim.metrics.Metric;
import org.bordersim.metrics.ModelEvent;
import org.bordersim.metrics.RunMetrics;
import org.bordersim.metrics.RunResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bookkeeping that must hold in every run, checked on the raw event stream of the shipped
 * scenarios: every shipment ends at most once and is accounted for; nothing crosses after it
 * ended; posts are never over-filled; costs are never negative.
 */
class InvariantsTest {

    @ParameterizedTest
    @ValueSource(strings = {"baseline.json", "more-staff.json", "high-turnover.json", "train-new-officers.json", "cross-border-sharing.json", "regional-hub.json", "dash-cams.json", "better-comms.json", "joint-operations.json", "controlled-deliveries.json"})
    void everyShipmentIsAccountedForAndPostsAreNeverOverfilled(String file) {
        PreparedScenario p = TestScenarios.prepare(TestScenarios.shipped(file));
        for (int rep = 0; rep < 3; rep++) {
            RunMetrics metrics = new RunMetrics(p.scenario().durationHours(), p.world().locationNames().size(),
                    p.world().crossingPoints().size());
            BitSet ended = new BitSet();
            BitSet dispatched = new BitSet();
            BorderModel model = new BorderModel(Seeds.replication(p.scenario().seed(), rep), p.scenario(), p.world(), e -> {
                check(p, e, dispatched, ended);
                metrics.accept(e);
            });
            model.start();
            model.runToEnd();
            RunResult r = metrics.finish(rep, 0);

            assertEquals(r.get(Metric.SHIPMENTS_SENT), r.get(Metric.SHIPMENTS_DELIVERED) + r.get(Metric.SHIPMENTS_SEIZED)
                    + r.get(Metric.SHIPMENTS_IN_TRANSIT), 0.0, "shipments balance");
            assertEquals(r.get(Metric.KG_SENT), r.get(Metric.KG_DELIVERED) + r.get(Metric.KG_SEIZED)
                    + r.get(Metric.KG_IN_TRANSIT), 1e-9 * r.get(Metric.KG_SENT), "kg balance");
            assertEquals(r.get(Metric.KG_SEIZED), r.get(Metric.KG_SEIZED_AT_CROSSINGS) + r.get(Metric.KG_SEIZED_ON_PATROL)
                    + r.get(Metric.KG_SEIZED_IN_JOINT_OPERATIONS), 1e-9 * r.get(Metric.KG_SEIZED), "kg seized by site");
            double sent = 0;
            double seized = 0;
            double delivered = 0;
            for (int c = 0; c < Metric.COMMODITIES; c++) {
                sent += r.get(Metric.sent(c));
                seized += r.get(Metric.seized(c));
                delivered += r.get(Metric.delivered(c));
            }
            assertEquals(r.get(Metric.KG_SENT) + r.get(Metric.PERSONS_SENT), sent, 1e-9 * sent, "commodities add up (sent)");
            assertEquals(r.get(Metric.KG_SEIZED) + r.get(Metric.PERSONS_RESCUED), seized, 1e-9 * sent, "commodities add up (seized)");
            assertEquals(r.get(Metric.KG_DELIVERED) + r.get(Metric.PERSONS_DELIVERED), delivered, 1e-9 * sent, "commodities add up (delivered)");
            assertTrue(r.get(Metric.INTEL_USED_IN_TIME) + r.get(Metric.INTEL_WASTED) + r.get(Metric.INTEL_UNUSED)
                    <= r.get(Metric.TIPS) * p.scenario().blos().size(), "at most one message per tip and BLO");
            assertEquals(r.get(Metric.PERSONS_SENT), r.get(Metric.PERSONS_DELIVERED) + r.get(Metric.PERSONS_RESCUED)
                    + r.get(Metric.PERSONS_IN_TRANSIT), 1e-9 * r.get(Metric.PERSONS_SENT), "persons balance");
            assertEquals(dispatched.cardinality(), (int) r.get(Metric.SHIPMENTS_SENT));
            for (Metric m : Metric.values()) {
                double v = r.get(m);
                assertTrue(Double.isNaN(v) || v >= 0, m + " is negative: " + v);
            }
        }
    }

    private static void check(PreparedScenario p, ModelEvent e, BitSet dispatched, BitSet ended) {
        if (e instanceof ModelEvent.Dispatched d) {
            assertFalse(dispatched.get(d.courier()), "courier dispatched twice");
            dispatched.set(d.courier());
            assertTrue(d.quantity() > 0);
        } else if (e instanceof ModelEvent.Delivered d) {
            assertFalse(ended.get(d.courier()), "courier " + d.courier() + " ended twice");
            ended.set(d.courier());
            assertTrue(d.transitHours() >= 1);
        } else if (e instanceof ModelEvent.Seized s) {
            assertFalse(ended.get(s.courier()), "courier " + s.courier() + " ended twice");
            ended.set(s.courier());
        } else if (e instanceof ModelEvent.Crossed c) {
            assertTrue(dispatched.get(c.courier()) && !ended.get(c.courier()), "crossing by a courier not on the road");
        } else if (e instanceof ModelEvent.StaffDay s) {
            int authorised = p.scenario().blos().get(s.blo()).staffing();
            assertEquals(authorised, s.inPost() + s.vacant(), "posts filled + vacant = authorised");
            assertTrue(s.inTraining() <= s.inPost());
            assertTrue(s.skillSum() <= s.inPost() * p.scenario().officers().maxSkill() + 1e-9, "skill above sMax");
        } else if (e instanceof ModelEvent.Spent s) {
            assertTrue(s.amount() >= 0);
        }
    }
}
