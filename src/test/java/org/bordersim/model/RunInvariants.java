package org.bordersim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import org.bordersim.experiment.Replication;
import org.bordersim.metrics.BloTotals;
import org.bordersim.metrics.Metric;
import org.bordersim.metrics.ModelEvent;
import org.bordersim.metrics.RunMetrics;
import org.bordersim.metrics.RunResult;
import org.bordersim.scenario.Scenario;
import org.bordersim.world.CostField;
import org.bordersim.world.World;

/**
 * Bookkeeping that must hold in every run, checked on one replication while it runs and on its
 * result: every shipment ends at most once and is accounted for (in shipments, kg, persons and per
 * commodity); nothing crosses after it ended; posts are never over-filled; no count or cost is
 * negative; every courier stands on a passable cell and its route ahead is a chain of passable
 * neighbouring cells that ends at a destination.
 */
final class RunInvariants {
    private final Scenario scenario;
    private final World world;
    private final BitSet dispatched = new BitSet();
    private final BitSet ended = new BitSet();
    private long courierChecks;
    private double spent;

    RunInvariants(Scenario scenario, World world) {
        this.scenario = scenario;
        this.world = world;
    }

    /** Runs replication {@code rep} with every check on and returns its result. */
    RunResult run(long seed, int rep) {
        RunMetrics metrics = Replication.metricsFor(scenario, world);
        BorderModel model = new BorderModel(seed, scenario, world, e -> {
            check(e);
            metrics.accept(e);
        });
        model.start();
        model.schedule.scheduleRepeating(0, Phase.BOOKKEEPING + 1, state -> model.forEachCourierOnRoad(this::checkRoute), 1);
        model.runToEnd();
        RunResult r = metrics.finish(rep, 0);
        check(r);
        return r;
    }

    /** How many courier positions were checked (a check that never ran proves nothing). */
    long courierChecks() {
        return courierChecks;
    }

    private void checkRoute(Courier c) {
        courierChecks++;
        assertTrue(world.passable(c.cell), "courier " + c.id + " stands on impassable cell " + c.cell);
        CostField field = c.group.field();
        // Walked as the courier walks it: the field read at route nodes, straight on between them (a route lattice).
        int cell = c.cell;
        int target = c.routeCell(world);
        for (int steps = 0; ; steps++) {
            if (world.routeNode(cell)) target = field.next(cell);
            if (target == cell) break;
            int next = world.stepToward(cell, target);
            assertTrue(steps < world.cells() && Courier.isStep(world, cell, next),
                    "courier " + c.id + "'s route leaves passable neighbouring cells at " + cell + " -> " + next);
            cell = next;
        }
    }

    private void check(ModelEvent e) {
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
            int authorised = scenario.blos().get(s.blo()).staffing();
            assertTrue(s.inPost() >= 0 && s.vacant() >= 0 && s.inPost() <= authorised, "officers in post exceed staffing");
            assertEquals(authorised, s.inPost() + s.vacant(), "posts filled + vacant = authorised");
            assertTrue(s.inTraining() >= 0 && s.inTraining() <= s.inPost());
            assertTrue(s.skillSum() <= s.inPost() * scenario.officers().maxSkill() + 1e-9, "skill above sMax");
            long hours = s.checkpointHours() + s.patrolHours() + s.teamHours() + s.jointOperationHours();
            int shifts = scenario.officers().shiftsPerDay();
            assertTrue(hours <= (long) authorised * ((24 + shifts - 1) / shifts), "an officer works one shift a day: " + hours + " officer-hours");
        } else if (e instanceof ModelEvent.CheckpointDay d) {
            assertTrue(d.arrivals() >= 0 && d.inspected() >= 0 && d.wavedThrough() >= 0 && d.waitHours() >= 0, "negative checkpoint counts");
        } else if (e instanceof ModelEvent.Spent s) {
            assertTrue(s.amount() >= 0, "negative spending");
            spent += s.amount();
        }
    }

    private void check(RunResult r) {
        assertEquals(r.get(Metric.SHIPMENTS_SENT), r.get(Metric.SHIPMENTS_DELIVERED) + r.get(Metric.SHIPMENTS_SEIZED)
                + r.get(Metric.SHIPMENTS_IN_TRANSIT), 0.0, "shipments balance");
        double tolerance = 1e-9 * Math.max(1, r.get(Metric.KG_SENT) + r.get(Metric.PERSONS_SENT));
        assertEquals(r.get(Metric.KG_SENT), r.get(Metric.KG_DELIVERED) + r.get(Metric.KG_SEIZED)
                + r.get(Metric.KG_IN_TRANSIT), tolerance, "kg sent = kg delivered + kg seized + kg in transit");
        assertEquals(r.get(Metric.PERSONS_SENT), r.get(Metric.PERSONS_DELIVERED) + r.get(Metric.PERSONS_RESCUED)
                + r.get(Metric.PERSONS_IN_TRANSIT), tolerance, "persons balance");
        assertEquals(r.get(Metric.KG_SEIZED), r.get(Metric.KG_SEIZED_AT_CROSSINGS) + r.get(Metric.KG_SEIZED_ON_PATROL)
                + r.get(Metric.KG_SEIZED_BY_TEAMS) + r.get(Metric.KG_SEIZED_IN_JOINT_OPERATIONS)
                + r.get(Metric.KG_SEIZED_IN_CONTROLLED_DELIVERIES), tolerance, "kg seized by site");
        assertEquals(r.get(Metric.SHIPMENTS_SEIZED), r.get(Metric.SEIZURES_AT_CROSSINGS) + r.get(Metric.SEIZURES_ON_PATROL)
                + r.get(Metric.SEIZURES_BY_TEAMS) + r.get(Metric.SEIZURES_IN_JOINT_OPERATIONS)
                + r.get(Metric.SEIZURES_IN_CONTROLLED_DELIVERIES), 0.0, "seizures by site");
        double costTolerance = 1e-9 * Math.max(1, spent);
        assertEquals(spent, r.get(Metric.TOTAL_COST), costTolerance, "total cost = everything spent, counted once");
        var costs = scenario.costs();
        assertEquals(r.get(Metric.TRAINING_COURSES) * costs.trainingCourse() + r.get(Metric.REFRESHER_COURSES) * costs.refresherCourse(),
                r.get(Metric.COST_TRAINING), costTolerance, "training cost = courses x unit cost");
        assertEquals(r.get(Metric.JOINT_OPERATIONS) * costs.jointOperation()
                + r.get(Metric.OFFICER_HOURS_JOINT_OPERATIONS) * costs.officerYear() * scenario.officers().shiftsPerDay() / 8760,
                r.get(Metric.COST_JOINT_OPERATIONS), costTolerance, "joint operations cost cash plus officer time");
        double sent = 0;
        double seized = 0;
        double delivered = 0;
        for (int c = 0; c < Metric.COMMODITIES; c++) {
            sent += r.get(Metric.sent(c));
            seized += r.get(Metric.seized(c));
            delivered += r.get(Metric.delivered(c));
        }
        assertEquals(r.get(Metric.KG_SENT) + r.get(Metric.PERSONS_SENT), sent, tolerance, "commodities add up (sent)");
        assertEquals(r.get(Metric.KG_SEIZED) + r.get(Metric.PERSONS_RESCUED), seized, tolerance, "commodities add up (seized)");
        assertEquals(r.get(Metric.KG_DELIVERED) + r.get(Metric.PERSONS_DELIVERED), delivered, tolerance, "commodities add up (delivered)");
        assertTrue(r.get(Metric.INTEL_USED_IN_TIME) + r.get(Metric.INTEL_LATE) + r.get(Metric.INTEL_MISPREDICTED)
                + r.get(Metric.INTEL_UNUSED) <= r.get(Metric.TIPS) * scenario.blos().size(), "at most one message per tip and BLO");
        assertEquals(r.get(Metric.INTEL_WASTED), r.get(Metric.INTEL_LATE) + r.get(Metric.INTEL_MISPREDICTED)
                + r.get(Metric.INTEL_NO_OFFICER_FREE), 0.0, "wasted = late + mispredicted + no officer free");
        assertEquals(dispatched.cardinality(), (int) r.get(Metric.SHIPMENTS_SENT), "every dispatch counted");
        double[] byBlo = new double[BloTotals.values().length];
        for (double[] b : r.blos()) for (int t = 0; t < byBlo.length; t++) byBlo[t] += b[t];
        assertEquals(r.get(Metric.SHIPMENTS_SEIZED), byBlo[BloTotals.SEIZURES.ordinal()], 0.0, "every seizure has one seizing BLO");
        assertEquals(r.get(Metric.KG_SEIZED), byBlo[BloTotals.KG_SEIZED.ordinal()], tolerance, "kg seized by BLO add up");
        assertEquals(r.get(Metric.PERSONS_RESCUED), byBlo[BloTotals.PERSONS_RESCUED.ordinal()], tolerance, "persons rescued by BLO add up");
        assertEquals(r.get(Metric.VALUE_SEIZED), byBlo[BloTotals.VALUE_SEIZED.ordinal()], 1e-9 * Math.max(1, r.get(Metric.VALUE_SEIZED)),
                "value seized by BLO adds up");
        assertEquals(r.get(Metric.SIGHTINGS), byBlo[BloTotals.SIGHTINGS.ordinal()], 0.0, "sightings by BLO add up");
        assertEquals(r.get(Metric.TEAMS_SENT), byBlo[BloTotals.TEAMS_SENT.ordinal()], 0.0, "teams by BLO add up");
        assertEquals((int) r.get(Metric.SHIPMENTS_SEIZED), r.seizureCells().length, "one mapped cell per seizure");
        for (int cell : r.seizureCells()) assertTrue(cell >= 0 && cell < world.cells(), "seizure off the map: " + cell);
        for (Metric m : Metric.values()) {
            // The displacement index has its chance level subtracted, so it may dip below 0.
            if (m == Metric.DISPLACEMENT_INDEX) continue;
            double v = r.get(m);
            assertTrue(Double.isNaN(v) || v >= 0, m + " is negative: " + v);
        }
    }
}
