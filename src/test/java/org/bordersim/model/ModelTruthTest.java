package org.bordersim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.bordersim.TestScenarios;
import org.bordersim.experiment.PreparedScenario;
import org.bordersim.experiment.Replications;
import org.bordersim.metrics.Metric;
import org.bordersim.metrics.RunResult;
import org.bordersim.stats.Summary;
import org.bordersim.world.CostField;
import org.bordersim.world.World;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Defects a sceptical review found in the numbers behind the levers (each test failed on the code
 * before its fix): transit time, training paid for, seasons in joint operations, controlled
 * deliveries counted as seizures, displacement without change, cell size.
 */
class ModelTruthTest {
    @TempDir
    Path tmp;

    private int variant;

    private PreparedScenario with(Path parent, String members) {
        return TestScenarios.prepare(TestScenarios.extending(tmp, "v" + (variant++) + ".json", parent, members));
    }

    private PreparedScenario with(String resource, String members) {
        return with(TestScenarios.resource("valid/" + resource), members);
    }

    private static List<RunResult> run(PreparedScenario p) throws InterruptedException {
        return Replications.run(p.scenario(), p.world(), 2, () -> { });
    }

    private static double[] values(List<RunResult> runs, Metric m) {
        return runs.stream().mapToDouble(r -> r.get(m)).toArray();
    }

    /** A route of 9 road cells (0.9 h) is delivered in the courier's first hour on the road: 1 h, not 2. */
    @Test
    void transitTimeIsTheHoursOnTheRoad() throws InterruptedException {
        PreparedScenario p = with("corridor.json", "\"overrides\": {\"/blos/0/checkpoint/sensitivity\": 0, "
                + "\"/blos/1/checkpoint/sensitivity\": 0}");
        World w = p.world();
        double hours = 0;
        int cell = w.width() + 0;
        CostField field = new CostField(w, w.destinations(0), new org.bordersim.world.CellHeap(w.cells()));
        field.compute(null, 0, 0, org.bordersim.world.Season.OPEN);
        while (!field.isDestination(cell)) {
            hours += CostField.stepHours(w, cell, field.next(cell));
            cell = field.next(cell);
        }
        for (RunResult r : run(p)) assertEquals(Math.ceil(hours), r.get(Metric.MEAN_TRANSIT_HOURS), 1e-12);
    }

    /** Officers in post at the start are untrained: no course was paid for them, so their skill is the untrained one. */
    @Test
    void officersInPostAtTheStartHaveNotTakenTheNewArrivalCourse() throws InterruptedException {
        Path baseline = TestScenarios.shipped("baseline.json");
        List<RunResult> untrained = run(with(baseline, "\"durationDays\": 7, \"replications\": 3"));
        List<RunResult> policy = run(with(baseline, "\"durationDays\": 7, \"replications\": 3, \"training\": {\"newArrivals\": true}"));
        for (int i = 0; i < 3; i++) {
            assertEquals(untrained.get(i).get(Metric.OFFICER_MEAN_SKILL), policy.get(i).get(Metric.OFFICER_MEAN_SKILL), 1e-12,
                    "a training policy in force from today trains nobody already in post");
        }
    }

    /** Joint operations search like any patrol: with winter all year and patrols useless in winter, they find nothing. */
    @Test
    void jointOperationsAreSubjectToTheSeason() throws InterruptedException {
        String ops = "\"jointOperations\": {\"perWeek\": 3, \"stagingRadiusKm\": 4, \"durationHours\": 12, \"detection\": 0.5}, "
                + "\"intelligence\": {\"sharing\": \"cross-border\"}, "
                + "\"seasons\": {\"winterMonths\": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], \"patrolEffectiveness\": 0}";
        List<RunResult> runs = run(with("corridor.json", ops));
        assertTrue(values(runs, Metric.JOINT_OPERATIONS)[0] > 0, "operations ran");
        for (RunResult r : runs) assertEquals(0.0, r.get(Metric.SEIZURES_IN_JOINT_OPERATIONS), "a search in a season that blinds patrols finds nothing");
    }

    /**
     * Every shipment is tipped and known on both sides at once, and every controlled delivery
     * succeeds: each shipment is seized (at the border or at its destination); none reaches the market.
     */
    @Test
    void aSuccessfulControlledDeliveryIsASeizureNotADelivery() throws InterruptedException {
        List<RunResult> runs = run(with("corridor.json", "\"intelligence\": {\"tipProbability\": 1, \"sharing\": \"cross-border\", "
                + "\"crossBorderLatencyHours\": 0, \"trust\": 1}, \"controlledDeliveries\": {\"share\": 1, \"successProbability\": 1}"));
        for (RunResult r : runs) {
            assertTrue(r.get(Metric.CONTROLLED_DELIVERIES) > 0, "shipments went under surveillance");
            assertEquals(0.0, r.get(Metric.SHIPMENTS_DELIVERED), "a successful controlled delivery is not a delivery");
            assertEquals(r.get(Metric.SHIPMENTS_SENT) - r.get(Metric.SHIPMENTS_IN_TRANSIT), r.get(Metric.SHIPMENTS_SEIZED));
        }
    }

    /**
     * Nothing changes over the run (no adaptation, no winter): the displacement index, corrected
     * for the sampling noise of two quarters' counts, has a CI that contains 0.
     */
    @Test
    void displacementIsAboutZeroWhenNothingChanges() throws InterruptedException {
        PreparedScenario p = with(TestScenarios.shipped("baseline.json"), "\"replications\": 20, "
                + "\"seasons\": {\"winterMonths\": []}, \"overrides\": {\"/groups/*/adaptation\": false}");
        Summary d = Summary.of95(values(run(p), Metric.DISPLACEMENT_INDEX));
        assertTrue(d.contains(0), "displacement without change: " + d);
        assertTrue(d.halfWidth() < 0.03, "and the CI is narrow enough to tell: " + d);
    }

    /** The same geography drawn at half the cell size takes the same time to cross. */
    @Test
    void halfTheCellSizeGivesTheSameTravelTimes() throws InterruptedException {
        String wall = "###########";
        String road = ".=..f.BB=..";
        String countries = "AAAAAAABBBB";
        String coarse = "\"map\": {\"cellKm\": 1, \"ascii\": {\"terrain\": [" + quoted(wall, road, wall) + "], \"countries\": ["
                + quoted(countries, countries, countries) + "]}}";
        // Drawn twice as fine: every coarse cell becomes 2 x 2 fine cells of half the size (posts only on the border).
        String fineRoad = twice(road).replace("BBBB", "=BB=");
        String fine = "\"map\": {\"cellKm\": 0.5, \"ascii\": {\"terrain\": [" + quoted(twice(wall), fineRoad, fineRoad, twice(wall))
                + "], \"countries\": [" + quoted(twice(countries), twice(countries), twice(countries), twice(countries)) + "]}}";
        String group = ", \"groups\": [{\"name\": \"g\", \"commodity\": \"hashish\", \"origin\": {\"cells\": [[0, %d]]}, "
                + "\"destination\": {\"cells\": [[%d, %d]]}, \"dispatchPerWeek\": 20, \"adaptation\": false}], "
                + "\"blos\": [], \"durationDays\": 28";
        double[] a = values(run(with("corridor.json", coarse + group.formatted(1, 10, 1))), Metric.MEAN_TRANSIT_HOURS);
        double[] b = values(run(with("corridor.json", fine + group.formatted(2, 20, 2))), Metric.MEAN_TRANSIT_HOURS);
        for (int i = 0; i < a.length; i++) assertEquals(a[i], b[i], 1e-9, "transit hours at 1 km and at 0.5 km cells");
    }

    /**
     * The A-side BLO has one officer: a tip can name where the courier crosses the green border,
     * but one officer cannot be a team, so intelligence seizes nothing there.
     */
    @Test
    void intelligenceWithNoOfficersToSendSeizesNothing() throws InterruptedException {
        List<RunResult> runs = run(with("green-border.json", "\"overrides\": {\"/blos/0/staffing\": 1}"));
        for (RunResult r : runs) {
            assertTrue(r.get(Metric.TIPS) > 100, "every shipment was tipped");
            assertEquals(0.0, r.get(Metric.SEIZURES_TARGETED), "no team, no intelligence-led seizure");
        }
    }

    /** A newer alert still on its way does not suspend the one a BLO already holds. */
    @Test
    void anAlertOnItsWayDoesNotSuspendALiveOne() {
        PreparedScenario p = with("relay.json", "\"intelligence\": {\"seizureAlertDays\": 7}");
        BorderModel model = new BorderModel(1, p.scenario(), p.world(), e -> { });
        model.start();
        model.schedule.step(model);
        model.interdiction().learn(0, 0, 0, null);     // X1-A seizes at hour 0: it knows at once, for 7 days
        model.schedule.step(model);
        model.interdiction().learn(1, 0, 0, null);     // X2-A seizes at hour 1: X1-A hears of it 4 h later
        model.schedule.step(model);
        assertTrue(model.intelligence().alerted(0, 0, 2), "X1-A's own alert is still live at hour 2");
    }

    /** With 4 officers in 3 shifts, the first shift has the extra officer, at every BLO, wherever it stands in the file. */
    @Test
    void theExtraOfficerWorksTheSameShiftAtEveryBlo() {
        PreparedScenario p = with("two-roads.json", "\"officers\": {\"shiftsPerDay\": 3}, \"overrides\": {\"/blos/0/staffing\": 1, "
                + "\"/blos/1/staffing\": 4, \"/blos/2/staffing\": 4, \"/blos/3/staffing\": 4}");
        BorderModel model = new BorderModel(1, p.scenario(), p.world(), e -> { });
        model.start();
        model.schedule.step(model);
        for (int b = 1; b < 4; b++) assertEquals(2, model.blo(b).onDutyNow(), "officers on duty in the first shift at BLO " + b);
    }

    /** The lever to train officers already in post: every one of them takes one paid course, and nothing else is free. */
    @Test
    void trainingOfficersInPostPaysForEveryCourse() throws InterruptedException {
        Path baseline = TestScenarios.shipped("baseline.json");
        String noTurnover = "\"durationDays\": 182, \"replications\": 3, \"officers\": {\"turnoverPerYear\": 0}, ";
        List<RunResult> before = run(with(baseline, noTurnover + "\"training\": {\"newArrivals\": true}"));
        List<RunResult> after = run(with(baseline, noTurnover + "\"training\": {\"newArrivals\": true, \"trainOfficersInPost\": true}"));
        List<RunResult> already = run(with(baseline, noTurnover
                + "\"training\": {\"trainOfficersInPost\": true, \"initiallyTrainedShare\": 1}"));
        for (int i = 0; i < 3; i++) {
            assertEquals(0.0, before.get(i).get(Metric.COST_TRAINING), "nobody arrives, nobody is trained, nothing is paid");
            assertEquals(24.0, after.get(i).get(Metric.TRAINING_COURSES), "each of the 24 officers in post takes the course once");
            assertEquals(24 * 1500.0, after.get(i).get(Metric.COST_TRAINING), 1e-9, "at 1,500 a course");
            assertEquals(24 * 10.0, after.get(i).get(Metric.OFFICER_DAYS_IN_TRAINING), "10 days each off duty");
            assertEquals(0.0, already.get(i).get(Metric.TRAINING_COURSES), "officers trained before the run are not trained again");
        }
    }

    /** Better water, power and communications at a post are bought, and make the post's officers better. */
    @Test
    void postUpgradesArePaidFor() throws InterruptedException {
        Path baseline = TestScenarios.shipped("baseline.json");
        List<RunResult> plain = run(with(baseline, "\"replications\": 3"));
        List<RunResult> upgraded = run(with(baseline, "\"replications\": 3, \"overrides\": {"
                + "\"/blos/2/upgrades\": {\"water\": true, \"power\": true, \"communications\": true}}"));
        for (int i = 0; i < 3; i++) {
            assertEquals(3000 + 5000 + 4000, upgraded.get(i).get(Metric.COST_UPGRADES), 1e-6, "one post-year of the three upgrades");
            assertEquals(0.0, plain.get(i).get(Metric.COST_UPGRADES));
            assertTrue(upgraded.get(i).get(Metric.OFFICER_MEAN_SKILL) > plain.get(i).get(Metric.OFFICER_MEAN_SKILL),
                    "a less harsh post has more skilled officers");
        }
    }

    /**
     * A joint operation takes officersPerSide officers from each roster for its duration: those
     * hours are missing from the posts, and cost their wage plus the operation's cash cost.
     */
    @Test
    void jointOperationsTakeOfficersFromBothRosters() throws InterruptedException {
        String ops = "\"jointOperations\": {\"perWeek\": 2, \"stagingRadiusKm\": 4, \"durationHours\": 12, \"officersPerSide\": 2}, "
                + "\"intelligence\": {\"sharing\": \"cross-border\"}";
        for (RunResult r : run(with("corridor.json", ops))) {
            double held = r.get(Metric.JOINT_OPERATIONS);
            double hours = r.get(Metric.OFFICER_HOURS_JOINT_OPERATIONS);
            assertTrue(held > 5, "operations were held: " + held);
            // Every held operation has 2 + 2 officers for 12 hours, except one cut short by the end of the run.
            assertTrue(hours <= held * 48 && hours > (held - 1) * 48, hours + " officer-hours for " + held + " operations");
            assertEquals(2 * 2 * 24 * 56, r.get(Metric.OFFICER_HOURS_CHECKPOINT) + hours, 0.0,
                    "the posts lose exactly the operations' officer-hours");
        }
    }

    private static String twice(String row) {
        StringBuilder sb = new StringBuilder();
        for (char ch : row.toCharArray()) sb.append(ch).append(ch);
        return sb.toString();
    }

    private static String quoted(String... rows) {
        return "\"" + String.join("\", \"", rows) + "\"";
    }
}
