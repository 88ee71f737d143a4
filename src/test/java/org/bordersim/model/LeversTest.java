package org.bordersim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.bordersim.TestScenarios;
import org.bordersim.experiment.Comparison;
import org.bordersim.experiment.PreparedScenario;
import org.bordersim.metrics.Metric;
import org.bordersim.metrics.RunResult;
import org.bordersim.metrics.SeriesMetric;
import org.bordersim.stats.PairedDifference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stylised facts the levers must produce, each a comparison of two scenarios with common random
 * numbers (same seeds), judged by the 95% CI of the paired difference.
 */
class LeversTest {
    @TempDir
    Path tmp;

    private int variant;

    private PreparedScenario with(String resource, String members) {
        return TestScenarios.prepare(TestScenarios.extending(tmp, "v" + (variant++) + ".json",
                TestScenarios.resource("valid/" + resource), members));
    }

    private static Comparison compare(PreparedScenario... scenarios) throws InterruptedException {
        return Comparison.run(List.of(scenarios), 2, () -> { });
    }

    private static double[] share(List<RunResult> runs, int location) {
        return runs.stream().mapToDouble(r -> {
            long total = 0;
            for (long x : r.crossingsByLocation()) total += x;
            return total == 0 ? Double.NaN : r.crossingsByLocation()[location] / (double) total;
        }).toArray();
    }

    @Test
    void tougherInspectionAtOneCrossingDisplacesFlowToTheOther() throws InterruptedException {
        PreparedScenario base = with("two-roads.json", "");
        PreparedScenario tough = with("two-roads.json",
                "\"overrides\": {\"/blos/0/checkpoint/sensitivity\": 0.8, \"/blos/1/checkpoint/sensitivity\": 0.8}");
        Comparison c = compare(base, tough);
        PairedDifference x1 = PairedDifference.of(share(c.runs().get(0), 0), share(c.runs().get(1), 0));
        PairedDifference x2 = PairedDifference.of(share(c.runs().get(0), 1), share(c.runs().get(1), 1));
        assertTrue(x1.ciHigh() < 0, "X1's share falls: " + x1);
        assertTrue(x2.ciLow() > 0, "X2's share rises: " + x2);
    }

    @Test
    void crossBorderSharingHelpsOnlyWhenItArrivesBeforeTheCourier() throws InterruptedException {
        // Every shipment is tipped to the A side at dispatch; couriers reach the B-side post within their first hour.
        String tips = "\"intelligence\": {\"tipProbability\": 1, \"sharing\": \"%s\", \"crossBorderLatencyHours\": %s, \"trust\": 1}";
        PreparedScenario none = with("corridor.json", tips.formatted("none", "0"));
        PreparedScenario fast = with("corridor.json", tips.formatted("cross-border", "0.25"));
        PreparedScenario slow = with("corridor.json", tips.formatted("cross-border", "48"));
        Comparison c = compare(none, fast, slow);
        PairedDifference faster = c.difference(1, Metric.INTERDICTION_RATE);
        PairedDifference slower = c.difference(2, Metric.INTERDICTION_RATE);
        assertTrue(faster.ciLow() > 0, "sharing in time raises interdiction: " + faster);
        assertTrue(slower.ciLow() <= 0 && slower.ciHigh() >= 0, "sharing too late does not: " + slower);
        assertTrue(c.difference(2, Metric.INTEL_WASTED).ciLow() > 0, "late messages are counted as wasted");
        assertTrue(c.difference(1, Metric.INTEL_USED_IN_TIME).ciLow() > 0, "timely messages are counted as used");
    }

    @Test
    void higherTurnoverLowersSkillAndSeizuresAndTrainingRecoversPart() throws InterruptedException {
        PreparedScenario stable = with("career.json", "");
        PreparedScenario churn = with("career.json", "\"overrides\": {\"/blos/0/turnoverPerYear\": 4}");
        PreparedScenario churnTrained = with("career.json",
                "\"overrides\": {\"/blos/0/turnoverPerYear\": 4, \"/training/newArrivals\": true}");
        Comparison c = compare(stable, churn, churnTrained);
        assertTrue(c.difference(1, Metric.OFFICER_MEAN_SKILL).ciHigh() < 0, "churn lowers skill");
        assertTrue(c.difference(1, Metric.SHIPMENTS_SEIZED).ciHigh() < 0, "and seizures at that BLO");
        PairedDifference recovered = PairedDifference.of(c.values(1, Metric.SHIPMENTS_SEIZED), c.values(2, Metric.SHIPMENTS_SEIZED));
        assertTrue(recovered.ciLow() > 0, "training new arrivals recovers part of the seizures: " + recovered);
        assertTrue(c.difference(2, Metric.SHIPMENTS_SEIZED).ciHigh() < 0, "but not all of them");
        PairedDifference skill = PairedDifference.of(c.values(1, Metric.OFFICER_MEAN_SKILL), c.values(2, Metric.OFFICER_MEAN_SKILL));
        assertTrue(skill.ciLow() > 0, "and of the skill: " + skill);
    }

    @Test
    void betterCommunicationsGetIntelligenceThereInTime() throws InterruptedException {
        PreparedScenario poor = with("relay.json", "\"overrides\": {\"/blos/1/conditions/communications\": 0.25}");
        PreparedScenario good = with("relay.json", "");
        Comparison c = compare(poor, good);
        assertTrue(c.difference(1, Metric.INTEL_USED_IN_TIME).ciLow() > 0, "more messages used in time");
        assertTrue(c.difference(1, Metric.INTEL_WASTED).ciHigh() < 0, "fewer wasted");
        assertTrue(c.difference(1, Metric.INTERDICTION_RATE).ciLow() > 0, "and more couriers stopped");
        PreparedScenario radios = with("relay.json", "\"overrides\": {\"/blos/1/conditions/communications\": 0.25, "
                + "\"/blos/1/equipment/radios\": 2}");
        Comparison r = compare(poor, radios);
        assertTrue(r.difference(1, Metric.INTEL_USED_IN_TIME).ciLow() > 0, "radios restore it");
        assertTrue(r.difference(1, Metric.COST_EQUIPMENT).ciLow() > 0, "at a cost");
    }

    @Test
    void jointOperationsSeizeInStagingAreasOnlyWhereCounterpartsShareAcrossTheBorder() throws InterruptedException {
        String ops = "\"jointOperations\": {\"perWeek\": 3, \"stagingRadiusKm\": 4, \"durationHours\": 12, \"detection\": 0.3}, "
                + "\"intelligence\": {\"sharing\": \"%s\"}";
        Comparison c = compare(with("corridor.json", ops.formatted("none")), with("corridor.json", ops.formatted("cross-border")));
        assertTrue(c.values(0, Metric.JOINT_OPERATIONS)[0] == 0, "no cross-border sharing, no joint operations");
        PairedDifference seized = c.difference(1, Metric.SEIZURES_IN_JOINT_OPERATIONS);
        assertTrue(seized.ciLow() > 0, "joint operations seize in the staging area: " + seized);
        assertTrue(c.difference(1, Metric.COST_JOINT_OPERATIONS).ciLow() > 0);
    }

    @Test
    void seizuresInJointOperationsBuildTrustBetweenTheTwoSides() throws InterruptedException {
        String ops = "\"jointOperations\": {\"perWeek\": 3, \"stagingRadiusKm\": 4, \"durationHours\": 12, \"detection\": 0.3, "
                + "\"trustGainOnSeizure\": %s}, \"intelligence\": {\"sharing\": \"cross-border\", \"trust\": 0.5}";
        Comparison c = compare(with("corridor.json", ops.formatted("0")), with("corridor.json", ops.formatted("0.02")));
        for (int rep = 0; rep < c.replications(); rep++) {
            double seizures = c.values(1, Metric.SEIZURES_IN_JOINT_OPERATIONS)[rep];
            RunResult flat = c.runs().get(0).get(rep);
            RunResult rising = c.runs().get(1).get(rep);
            int last = rising.weeks() - 1;
            assertEquals(0.5, flat.weekly(last, SeriesMetric.CROSS_BORDER_TRUST), 1e-12, "no gain, no change");
            // Each seizure adds 0.02 on the one counterpart pair, both ways, up to 1: the mean over the pair's two links.
            double expected = Math.min(1.0, 0.5 + 0.02 * seizures);
            assertEquals(expected, rising.weekly(last, SeriesMetric.CROSS_BORDER_TRUST), 1e-9, "replication " + rep);
        }
        assertTrue(c.values(1, Metric.SEIZURES_IN_JOINT_OPERATIONS)[0] > 0, "the operations seize");
    }

    @Test
    void everyControlledDeliveryIsPaidFor() throws InterruptedException {
        String members = "\"intelligence\": {\"tipProbability\": 0.3, \"sharing\": \"cross-border\", \"crossBorderLatencyHours\": 0, "
                + "\"trust\": 1}, \"controlledDeliveries\": {\"share\": 1}, \"costs\": {\"controlledDelivery\": 3000}";
        Comparison c = compare(with("corridor.json", members));
        for (RunResult r : c.runs().get(0)) {
            double paid = r.get(Metric.COST_CONTROLLED_DELIVERIES) / 3000;
            // Those that reached their destination, and those still under surveillance when the run ended.
            assertEquals(Math.rint(paid), paid, 1e-9, "whole deliveries");
            assertTrue(paid >= r.get(Metric.CONTROLLED_DELIVERIES) && paid <= r.get(Metric.CONTROLLED_DELIVERIES)
                    + r.get(Metric.SHIPMENTS_IN_TRANSIT), paid + " paid for " + r.get(Metric.CONTROLLED_DELIVERIES));
            assertTrue(r.get(Metric.CONTROLLED_DELIVERIES) > 0);
        }
    }

    @Test
    void successfulControlledDeliveriesDisruptTheGroupInsteadOfSeizingAtTheBorder() throws InterruptedException {
        String base = "\"intelligence\": {\"tipProbability\": 0.3, \"sharing\": \"cross-border\", \"crossBorderLatencyHours\": 0, \"trust\": 1}";
        PreparedScenario seize = with("corridor.json", base);
        PreparedScenario control = with("corridor.json", base + ", \"controlledDeliveries\": {\"share\": 1, \"successProbability\": 1, "
                + "\"disruptionDays\": 14, \"disruptionFactor\": 0.2}");
        Comparison c = compare(seize, control);
        assertTrue(c.values(1, Metric.CONTROLLED_DELIVERIES)[0] > 0, "tipped shipments are let through under surveillance");
        assertTrue(c.difference(1, Metric.SEIZURES_TARGETED).ciHigh() < 0, "instead of being seized at the border");
        assertTrue(c.difference(1, Metric.SHIPMENTS_SENT).ciHigh() < 0, "and the disrupted group sends less");
    }

    @Test
    void eachAgencyKeepsItsOwnDutySplit() throws InterruptedException {
        String split = "\"overrides\": {\"/blos/0/agencies\": [{\"agency\": \"%s\", \"staffing\": 2, \"checkpointShare\": %s}], "
                + "\"/blos/1/agencies\": [{\"agency\": \"%s\", \"staffing\": 2, \"checkpointShare\": %s}]}";
        Comparison c = compare(with("fork.json", split.formatted("customs", "1", "customs", "1")),
                with("fork.json", split.formatted("border-guards", "0", "border-guards", "0")));
        assertTrue(c.values(0, Metric.SEIZURES_ON_PATROL)[0] == 0 && c.values(0, Metric.SEIZURES_AT_CROSSINGS)[0] > 0,
                "customs officers all inspect at the post");
        assertTrue(c.values(1, Metric.SEIZURES_AT_CROSSINGS)[0] == 0, "border guards all patrol");
    }

    @Test
    void theRegionalCentreReachesTheOtherSideAfterItsOwnLatency() throws InterruptedException {
        String hub = "\"intelligence\": {\"tipProbability\": 1, \"sharing\": \"%s\", \"interagencyLatencyHours\": 0, "
                + "\"hubLatencyHours\": %s, \"hubTrust\": 1}";
        Comparison c = compare(with("corridor.json", hub.formatted("none", "0")), with("corridor.json", hub.formatted("regional-hub", "0.25")),
                with("corridor.json", hub.formatted("regional-hub", "48")));
        assertTrue(c.difference(1, Metric.INTERDICTION_RATE).ciLow() > 0, "a prompt centre lets the far side target too");
        PairedDifference late = c.difference(2, Metric.INTERDICTION_RATE);
        assertTrue(late.ciLow() <= 0 && late.ciHigh() >= 0, "a slow one does not: " + late);
        // 56 days of a regional centre at twice the yearly system cost (10,000 by default).
        org.junit.jupiter.api.Assertions.assertEquals(2 * 10_000 * 56 / 365.0, c.values(1, Metric.COST_INTELLIGENCE)[0], 1e-6,
                "and the centre costs money");
    }

    @Test
    void sightingsBecomeAlertsThatTargetTheGroupsLaterCouriers() throws InterruptedException {
        String base = "\"durationDays\": 91, \"intelligence\": {\"seizureAlertDays\": 14, \"sharing\": \"interagency\", "
                + "\"sightingProbability\": %s}";
        Path baseline = TestScenarios.shipped("baseline.json");
        PreparedScenario blind = TestScenarios.prepare(TestScenarios.extending(tmp, "blind.json", baseline, base.formatted("0")));
        PreparedScenario seeing = TestScenarios.prepare(TestScenarios.extending(tmp, "seeing.json", baseline, base.formatted("0.5")));
        Comparison c = compare(blind, seeing);
        assertTrue(c.values(0, Metric.SIGHTINGS)[0] == 0 && c.difference(1, Metric.SIGHTINGS).ciLow() > 0, "patrols sight couriers");
        PairedDifference targeted = c.difference(1, Metric.SEIZURES_TARGETED);
        assertTrue(targeted.ciLow() > 0, "and the alerts lead to more targeted seizures: " + targeted);
    }
}
