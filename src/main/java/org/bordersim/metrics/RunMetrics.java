package org.bordersim.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.bordersim.metrics.ModelEvent.CheckpointDay;
import org.bordersim.metrics.ModelEvent.Crossed;
import org.bordersim.metrics.ModelEvent.Delivered;
import org.bordersim.metrics.ModelEvent.Dispatched;
import org.bordersim.metrics.ModelEvent.OfficerLeft;
import org.bordersim.metrics.ModelEvent.RunEnded;
import org.bordersim.metrics.ModelEvent.Seized;
import org.bordersim.metrics.ModelEvent.Spent;
import org.bordersim.metrics.ModelEvent.StaffDay;
import org.bordersim.metrics.ModelEvent.TrainingStarted;

/**
 * Counts one replication's events into its metrics and weekly series. Averages over officers
 * are weighted by officer-days; the last week may be shorter than seven days.
 */
public final class RunMetrics implements Consumer<ModelEvent> {
    public static final int HOURS_PER_WEEK = 168;

    private final long durationHours;
    private final int officialLocations;
    private final double[] m = new double[Metric.values().length];
    private final long[] crossings;
    private final long[] firstQuarter;
    private final long[] lastQuarter;
    private final double[][] weekly;
    private final double[][] weeklyDenominator;
    private double transitHoursSum;
    private double skillSum;
    private double tenureSum;
    private double officerDays;
    private double inspected;
    private double seizedKgForRate;
    private double deliveredKgForRate;
    private final double[] pricePerKg;
    private final double[][] posts;
    private final double[][] groups;
    private final double[][] blos;
    private int[] seizureCells = new int[16];
    private final List<ModelEvent.TrustChanged> trustChanges = new ArrayList<>();
    private int seizures;
    private double completedTenureSum;
    private double trust = Double.NaN;
    private long chosenForInspection;
    private long waitedOrWaved;
    private double checkpointServiceCapacity;
    private final long[][] byQuarter;
    private long inspectedArrivals;
    private double inspectionWaitHours;
    private long[] waitMinutes;

    /**
     * @param locations         number of crossing locations (crossing points first, then green stretches)
     * @param officialLocations how many of the first locations are official crossing points
     * @param pricePerKg        value of one kg by commodity ordinal (0 for persons)
     */
    public RunMetrics(long durationHours, int locations, int officialLocations, int posts, int groups, double[] pricePerKg) {
        this.durationHours = durationHours;
        this.posts = new double[posts][PostTotals.values().length];
        this.groups = new double[groups][GroupTotals.values().length];
        this.blos = new double[posts][BloTotals.values().length];
        this.pricePerKg = pricePerKg.clone();
        this.officialLocations = officialLocations;
        this.crossings = new long[locations];
        this.firstQuarter = new long[locations];
        this.lastQuarter = new long[locations];
        this.byQuarter = new long[4][locations];
        int weeks = (int) ((durationHours + HOURS_PER_WEEK - 1) / HOURS_PER_WEEK);
        this.weekly = new double[weeks][SeriesMetric.values().length];
        this.weeklyDenominator = new double[weeks][SeriesMetric.values().length];
    }

    @Override
    public void accept(ModelEvent event) {
        int week = (int) Math.min(weekly.length - 1, event.hour() / HOURS_PER_WEEK);
        double[] w = weekly[week];
        if (event instanceof Dispatched d) on(d, w, week);
        else if (event instanceof Delivered d) on(d, w, week);
        else if (event instanceof Seized s) on(s, w, week);
        else if (event instanceof Crossed c) on(c, w, week);
        else if (event instanceof OfficerLeft o) on(o);
        else if (event instanceof ModelEvent.OfficerRotated) add(Metric.OFFICERS_ROTATED, 1);
        else if (event instanceof ModelEvent.DispatchChanged d) add(d.share() == 0 ? Metric.GROUP_WEEKS_PAUSED : Metric.GROUP_WEEKS_SLOWED, 1);
        else if (event instanceof TrainingStarted t) on(t);
        else if (event instanceof ModelEvent.IntelOutcome i) on(i);
        else if (event instanceof ModelEvent.Sighted e) on(e);
        else if (event instanceof ModelEvent.TeamSent e) on(e);
        else if (event instanceof ModelEvent.Trust t) on(t, w, week);
        else if (event instanceof ModelEvent.JointOperation j) on(j);
        else if (event instanceof ModelEvent.LeakFoundOut) add(Metric.LEAKS_FOUND_OUT, 1);
        else if (event instanceof ModelEvent.TrustChanged t) trustChanges.add(t);
        else if (event instanceof ModelEvent.WaitHistogram h) on(h);
        else if (event instanceof StaffDay s) on(s, w, week);
        else if (event instanceof CheckpointDay c) on(c, w, week);
        else if (event instanceof RunEnded e) on(e);
        else if (event instanceof Spent s) on(s);
    }

    private void on(Dispatched d, double[] w, int week) {
        add(Metric.SHIPMENTS_SENT, 1);
        add(d.persons() ? Metric.PERSONS_SENT : Metric.KG_SENT, d.quantity());
        add(Metric.sent(d.commodity()), d.quantity());
        add(Metric.VALUE_SENT, d.quantity() * pricePerKg[d.commodity()]);
        groups[d.group()][GroupTotals.SHIPMENTS_SENT.ordinal()]++;
        groups[d.group()][GroupTotals.QUANTITY_SENT.ordinal()] += d.quantity();
        if (d.tipped()) add(Metric.TIPS, 1);
        w[SeriesMetric.SHIPMENTS_SENT.ordinal()]++;
        if (!d.persons()) w[SeriesMetric.KG_SENT.ordinal()] += d.quantity();
    }

    private void on(Delivered d, double[] w, int week) {
        add(Metric.SHIPMENTS_DELIVERED, 1);
        add(d.persons() ? Metric.PERSONS_DELIVERED : Metric.KG_DELIVERED, d.quantity());
        add(Metric.delivered(d.commodity()), d.quantity());
        add(Metric.VALUE_DELIVERED, d.quantity() * pricePerKg[d.commodity()]);
        groups[d.group()][GroupTotals.SHIPMENTS_DELIVERED.ordinal()]++;
        groups[d.group()][GroupTotals.QUANTITY_DELIVERED.ordinal()] += d.quantity();
        if (d.failedControlled()) {
            add(Metric.CONTROLLED_DELIVERIES, 1);
            if (!d.persons()) add(Metric.KG_IN_CONTROLLED_DELIVERIES, d.quantity());
        }
        transitHoursSum += d.transitHours();
        w[SeriesMetric.SHIPMENTS_DELIVERED.ordinal()]++;
        if (!d.persons()) {
            w[SeriesMetric.KG_DELIVERED.ordinal()] += d.quantity();
            deliveredKgForRate += d.quantity();
        }
    }

    private void on(Seized s, double[] w, int week) {
        add(Metric.SHIPMENTS_SEIZED, 1);
        add(switch (s.site()) {
            case CROSSING_INSPECTION -> Metric.SEIZURES_AT_CROSSINGS;
            case PATROL -> Metric.SEIZURES_ON_PATROL;
            case INTERDICTION_TEAM -> Metric.SEIZURES_BY_TEAMS;
            case JOINT_OPERATION -> Metric.SEIZURES_IN_JOINT_OPERATIONS;
            case CONTROLLED_DELIVERY -> Metric.SEIZURES_IN_CONTROLLED_DELIVERIES;
        }, 1);
        if (s.targeted()) add(Metric.SEIZURES_TARGETED, 1);
        add(Metric.seized(s.commodity()), s.quantity());
        add(Metric.VALUE_SEIZED, s.quantity() * pricePerKg[s.commodity()]);
        groups[s.group()][GroupTotals.SHIPMENTS_SEIZED.ordinal()]++;
        groups[s.group()][GroupTotals.QUANTITY_SEIZED.ordinal()] += s.quantity();
        double[] b = blos[s.blo()];
        b[BloTotals.SEIZURES.ordinal()]++;
        b[(s.persons() ? BloTotals.PERSONS_RESCUED : BloTotals.KG_SEIZED).ordinal()] += s.quantity();
        b[BloTotals.VALUE_SEIZED.ordinal()] += s.quantity() * pricePerKg[s.commodity()];
        if (seizures == seizureCells.length) seizureCells = Arrays.copyOf(seizureCells, 2 * seizures);
        seizureCells[seizures++] = s.cell();
        w[SeriesMetric.SHIPMENTS_SEIZED.ordinal()]++;
        if (s.site() == ModelEvent.SeizureSite.CONTROLLED_DELIVERY) {
            add(Metric.CONTROLLED_DELIVERIES, 1);
            add(Metric.CONTROLLED_DELIVERIES_SUCCEEDED, 1);
            if (!s.persons()) add(Metric.KG_IN_CONTROLLED_DELIVERIES, s.quantity());
        }
        if (s.persons()) {
            add(Metric.PERSONS_RESCUED, s.quantity());
        } else {
            add(Metric.KG_SEIZED, s.quantity());
            add(switch (s.site()) {
                case CROSSING_INSPECTION -> Metric.KG_SEIZED_AT_CROSSINGS;
                case PATROL -> Metric.KG_SEIZED_ON_PATROL;
                case INTERDICTION_TEAM -> Metric.KG_SEIZED_BY_TEAMS;
                case JOINT_OPERATION -> Metric.KG_SEIZED_IN_JOINT_OPERATIONS;
                case CONTROLLED_DELIVERY -> Metric.KG_SEIZED_IN_CONTROLLED_DELIVERIES;
            }, s.quantity());
            w[SeriesMetric.KG_SEIZED.ordinal()] += s.quantity();
            seizedKgForRate += s.quantity();
        }
    }

    private void on(Crossed c, double[] w, int week) {
        crossings[c.location()]++;
        byQuarter[(int) Math.min(3, c.hour() * 4 / Math.max(1, durationHours))][c.location()]++;
        if (c.hour() < durationHours / 4) firstQuarter[c.location()]++;
        if (c.hour() >= durationHours - durationHours / 4) lastQuarter[c.location()]++;
        w[(c.official() ? SeriesMetric.CROSSINGS_OFFICIAL : SeriesMetric.CROSSINGS_GREEN).ordinal()]++;
    }

    private void on(OfficerLeft o) {
        add(Metric.OFFICERS_LEFT, 1);
        completedTenureSum += o.tenureDays();
    }

    private void on(TrainingStarted t) {
        add(t.refresher() ? Metric.REFRESHER_COURSES : Metric.TRAINING_COURSES, 1);
    }

    private void on(ModelEvent.IntelOutcome i) {
        add(Metric.INTEL_SHARED, i.shared());
        add(Metric.INTEL_USED_IN_TIME, i.used());
        add(Metric.INTEL_WASTED, i.late() + i.mispredicted() + i.noOfficer() + i.voided());
        add(Metric.INTEL_LATE, i.late());
        add(Metric.INTEL_MISPREDICTED, i.mispredicted());
        add(Metric.INTEL_NO_OFFICER_FREE, i.noOfficer());
        add(Metric.INTEL_UNUSED, i.unused());
        add(Metric.INTEL_DISTRUSTED, i.distrusted());
        add(Metric.INTEL_LEAKED, i.leaked());
        add(Metric.INTEL_VOIDED, i.voided());
    }

    private void on(ModelEvent.Sighted e) {
        add(Metric.SIGHTINGS, 1);
        blos[e.blo()][BloTotals.SIGHTINGS.ordinal()]++;
    }

    private void on(ModelEvent.TeamSent e) {
        add(Metric.TEAMS_SENT, 1);
        blos[e.blo()][BloTotals.TEAMS_SENT.ordinal()]++;
    }

    private void on(ModelEvent.Trust t, double[] w, int week) {
        trust = t.mean();
        w[SeriesMetric.CROSS_BORDER_TRUST.ordinal()] = t.mean();
    }

    private void on(ModelEvent.JointOperation j) {
        add(j.held() ? Metric.JOINT_OPERATIONS : Metric.JOINT_OPERATIONS_CALLED_OFF, 1);
    }

    private void on(ModelEvent.WaitHistogram h) {
        if (waitMinutes == null) waitMinutes = new long[h.minutes().length];
        for (int i = 0; i < h.minutes().length; i++) waitMinutes[i] += h.minutes()[i];
    }

    private void on(StaffDay s, double[] w, int week) {
        skillSum += s.skillSum();
        tenureSum += s.tenureDaysSum();
        officerDays += s.inPost();
        add(Metric.VACANT_POST_DAYS, s.vacant());
        add(Metric.OFFICER_DAYS_IN_TRAINING, s.inTraining());
        add(Metric.OFFICER_HOURS_CHECKPOINT, s.checkpointHours());
        add(Metric.OFFICER_HOURS_PATROL, s.patrolHours());
        add(Metric.OFFICER_HOURS_TEAMS, s.teamHours());
        add(Metric.OFFICER_HOURS_JOINT_OPERATIONS, s.jointOperationHours());
        w[SeriesMetric.OFFICER_MEAN_SKILL.ordinal()] += s.skillSum();
        weeklyDenominator[week][SeriesMetric.OFFICER_MEAN_SKILL.ordinal()] += s.inPost();
        w[SeriesMetric.VACANT_POSTS.ordinal()] += s.vacant();
    }

    private void on(CheckpointDay c, double[] w, int week) {
        add(Metric.LEGITIMATE_ARRIVALS, c.arrivals());
        add(Metric.WAVED_THROUGH, c.wavedThrough());
        chosenForInspection += c.chosen();
        waitedOrWaved += c.waited() + c.wavedThrough();
        checkpointServiceCapacity += c.officerHours() * c.serviceRate();
        double[] p = posts[c.blo()];
        p[PostTotals.ARRIVALS.ordinal()] += c.arrivals();
        p[PostTotals.CHOSEN.ordinal()] += c.chosen();
        p[PostTotals.INSPECTED.ordinal()] += c.inspected();
        p[PostTotals.WAVED_THROUGH.ordinal()] += c.wavedThrough();
        p[PostTotals.WAITED.ordinal()] += c.waited();
        p[PostTotals.WAIT_HOURS.ordinal()] += c.waitHours();
        p[PostTotals.OFFICER_HOURS.ordinal()] += c.officerHours();
        p[PostTotals.CAPACITY.ordinal()] += c.officerHours() * c.serviceRate();
        inspected += c.inspected();
        inspectedArrivals += c.inspected();
        inspectionWaitHours += c.waitHours();
        w[SeriesMetric.INSPECTION_SHARE.ordinal()] += c.inspected();
        weeklyDenominator[week][SeriesMetric.INSPECTION_SHARE.ordinal()] += c.arrivals();
    }

    private void on(RunEnded e) {
        m[Metric.SHIPMENTS_IN_TRANSIT.ordinal()] = e.shipmentsInTransit();
        m[Metric.KG_IN_TRANSIT.ordinal()] = e.kgInTransit();
        m[Metric.PERSONS_IN_TRANSIT.ordinal()] = e.personsInTransit();
    }

    private void on(Spent s) {
        add(switch (s.item()) {
            case STAFF -> Metric.COST_STAFF;
            case TRAINING -> Metric.COST_TRAINING;
            case OFFICE -> Metric.COST_OFFICES;
            case EQUIPMENT -> Metric.COST_EQUIPMENT;
            case UPGRADES -> Metric.COST_UPGRADES;
            case INTELLIGENCE -> Metric.COST_INTELLIGENCE;
            case INTERDICTION_TEAMS -> Metric.COST_INTERDICTION_TEAMS;
            case JOINT_OPERATIONS -> Metric.COST_JOINT_OPERATIONS;
            case CONTROLLED_DELIVERIES -> Metric.COST_CONTROLLED_DELIVERIES;
        }, s.amount());
    }

    private void add(Metric metric, double amount) {
        m[metric.ordinal()] += amount;
    }

    /** Freezes the counts into a result; call once, after the last event. */
    public RunResult finish(int replication, long seed) {
        double[] out = m.clone();
        double finished = out[Metric.SHIPMENTS_SEIZED.ordinal()] + out[Metric.SHIPMENTS_DELIVERED.ordinal()];
        out[Metric.INTERDICTION_RATE.ordinal()] = ratio(out[Metric.SHIPMENTS_SEIZED.ordinal()], finished);
        out[Metric.KG_INTERDICTION_RATE.ordinal()] = ratio(seizedKgForRate, seizedKgForRate + deliveredKgForRate);
        out[Metric.MEAN_TRANSIT_HOURS.ordinal()] = ratio(transitHoursSum, out[Metric.SHIPMENTS_DELIVERED.ordinal()]);
        long total = 0;
        long official = 0;
        for (int i = 0; i < crossings.length; i++) {
            total += crossings[i];
            if (i < officialLocations) official += crossings[i];
        }
        out[Metric.CROSSINGS.ordinal()] = total;
        out[Metric.OFFICIAL_CROSSING_SHARE.ordinal()] = ratio(official, total);
        out[Metric.CROSSING_ENTROPY.ordinal()] = Distributions.entropyBits(crossings);
        double noise = Distributions.totalVariationNoise(firstQuarter, lastQuarter);
        out[Metric.DISPLACEMENT_INDEX.ordinal()] = Distributions.totalVariation(firstQuarter, lastQuarter) - noise;
        out[Metric.DISPLACEMENT_NOISE.ordinal()] = noise;
        out[Metric.CROSS_BORDER_TRUST.ordinal()] = trust;
        out[Metric.COMPLETED_TENURE_DAYS.ordinal()] = ratio(completedTenureSum, out[Metric.OFFICERS_LEFT.ordinal()]);
        out[Metric.POST_LOAD.ordinal()] = ratio(chosenForInspection, checkpointServiceCapacity);
        out[Metric.POST_WAIT_PROBABILITY.ordinal()] = ratio(waitedOrWaved, chosenForInspection);
        out[Metric.OFFICER_MEAN_SKILL.ordinal()] = ratio(skillSum, officerDays);
        out[Metric.OFFICER_MEAN_TENURE_DAYS.ordinal()] = ratio(tenureSum, officerDays);
        out[Metric.INSPECTION_SHARE.ordinal()] = ratio(inspected, out[Metric.LEGITIMATE_ARRIVALS.ordinal()]);
        out[Metric.INSPECTION_WAIT_MEAN_MINUTES.ordinal()] = ratio(60 * inspectionWaitHours, inspectedArrivals);
        out[Metric.TRADE_DELAY_MEAN_MINUTES.ordinal()] = ratio(60 * inspectionWaitHours, out[Metric.LEGITIMATE_ARRIVALS.ordinal()]);
        out[Metric.TRADE_DELAY_P95_MINUTES.ordinal()] = percentile(waitMinutes, 0.95);
        double cost = 0;
        for (Metric c : Metric.COSTS_BY_LEVER) cost += out[c.ordinal()];
        out[Metric.TOTAL_COST.ordinal()] = cost;
        out[Metric.COST_PER_KG_SEIZED.ordinal()] = ratio(cost, out[Metric.KG_SEIZED.ordinal()]);
        out[Metric.COST_PER_VALUE_SEIZED.ordinal()] = ratio(cost, out[Metric.VALUE_SEIZED.ordinal()]);

        double[][] series = new double[weekly.length][];
        for (int week = 0; week < weekly.length; week++) {
            double[] row = weekly[week].clone();
            double days = Math.min(7.0, (durationHours - (long) week * HOURS_PER_WEEK) / 24.0);
            for (SeriesMetric s : new SeriesMetric[] {SeriesMetric.OFFICER_MEAN_SKILL, SeriesMetric.INSPECTION_SHARE}) {
                row[s.ordinal()] = ratio(row[s.ordinal()], weeklyDenominator[week][s.ordinal()]);
            }
            row[SeriesMetric.VACANT_POSTS.ordinal()] = ratio(row[SeriesMetric.VACANT_POSTS.ordinal()], Math.ceil(days));
            if (trust != trust) row[SeriesMetric.CROSS_BORDER_TRUST.ordinal()] = Double.NaN;
            series[week] = row;
        }
        long[][] quarters = new long[4][];
        for (int q = 0; q < 4; q++) quarters[q] = byQuarter[q].clone();
        double[][] postRows = new double[posts.length][];
        for (int b = 0; b < posts.length; b++) postRows[b] = posts[b].clone();
        double[][] groupRows = new double[groups.length][];
        for (int g = 0; g < groups.length; g++) groupRows[g] = groups[g].clone();
        double[][] bloRows = new double[blos.length][];
        for (int b = 0; b < blos.length; b++) bloRows[b] = blos[b].clone();
        return new RunResult(replication, seed, out, crossings.clone(), series, quarters, postRows, groupRows, bloRows,
                Arrays.copyOf(seizureCells, seizures), trustChanges);
    }

    /** The minute below which a share p of the counted arrivals waited; NaN without arrivals. */
    private static double percentile(long[] minutes, double p) {
        if (minutes == null) return Double.NaN;
        long total = 0;
        for (long m : minutes) total += m;
        if (total == 0) return Double.NaN;
        long below = 0;
        for (int i = 0; i < minutes.length; i++) {
            below += minutes[i];
            if (below >= p * total) return i;
        }
        return minutes.length - 1;
    }

    /** a / b, or NaN when b is 0 (written as an empty cell: "not defined in this run"). */
    private static double ratio(double a, double b) {
        double r = a / b;
        return Double.isFinite(r) ? r : Double.NaN;
    }
}
