package org.bordersim.model;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.bordersim.metrics.ModelEvent;
import org.bordersim.scenario.Intelligence;
import org.bordersim.scenario.Scenario;
import org.bordersim.world.CellHeap;
import org.bordersim.world.World;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Stoppable;

/**
 * The simulation of one replication: MASON {@code SimState} holding the world, trafficking groups,
 * couriers and BLOs. One tick is one hour. All randomness comes from MASON generators seeded from
 * the replication seed, so a (scenario, seed) pair always gives the same events.
 *
 * <p>Random streams: {@link #random} drives the schedule's shuffling; each trafficking group, each
 * BLO's workforce (tenure, turnover, shifts, patrol walks) and each crossing's legitimate traffic
 * draw from a stream of their own (see {@link #stream}), and every courier carries its own for
 * the screenings it meets (see {@link Courier}). A change to
 * one part of a scenario then leaves the other parts' draws as they were: two scenarios compared
 * with the same seed send the same shipments and keep the same luck wherever they do not differ,
 * which is what makes common random numbers pair them closely.
 *
 * <p>Schedule within an hour (see {@link Phase}): forget last hour's patrol positions; BLOs put
 * their shift on duty; groups dispatch; couriers move and are screened; then, at the last hour
 * of each day, BLO bookkeeping, and at the last hour of each week, groups' memory decay.
 */
public final class BorderModel extends SimState {
    private static final long serialVersionUID = 1L;

    private final Scenario scenario;
    private final World world;
    private final Consumer<ModelEvent> events;
    private final long replicationSeed;
    private TraffickingGroup[] groups;
    private BorderLiaisonOffice[] blos;
    private BorderLiaisonOffice[] officeAt;
    private PatrolPresence patrols;
    private int maxDetectionRange;
    private int nextCourierId;
    /** Couriers on the road, in dispatch order (so the end-of-run sums are deterministic). */
    private final Set<Courier> onRoad = new LinkedHashSet<>();
    private IntelligenceNetwork intelligence;
    /** The BLO whose patrol sector holds each cell, or -1. */
    private int[] sectorOwner;
    /** Travel-time factor on mountain cells today (above 1 in winter). */
    private double mountainFactor = 1.0;
    private boolean winter;

    public BorderModel(long seed, Scenario scenario, World world, Consumer<ModelEvent> events) {
        super(seed);
        this.replicationSeed = seed;
        this.scenario = Objects.requireNonNull(scenario);
        this.world = Objects.requireNonNull(world);
        this.events = Objects.requireNonNull(events);
    }

    @Override
    public void start() {
        super.start();
        nextCourierId = 0;
        onRoad.clear();
        int officerCount = 0;
        blos = new BorderLiaisonOffice[scenario.blos().size()];
        officeAt = new BorderLiaisonOffice[world.cells()];
        maxDetectionRange = 0;
        for (int i = 0; i < blos.length; i++) {
            blos[i] = new BorderLiaisonOffice(i, scenario.blos().get(i), world.bloSite(i), this, officerCount);
            officerCount += blos[i].staffing();
            officeAt[world.bloSite(i).postCell()] = blos[i];
            maxDetectionRange = Math.max(maxDetectionRange, scenario.blos().get(i).patrol().detectionRangeCells());
        }
        patrols = new PatrolPresence(world.cells(), officerCount);
        sectorOwner = new int[world.cells()];
        Arrays.fill(sectorOwner, -1);
        for (int i = 0; i < blos.length; i++) {
            for (int cell : world.bloSite(i).sectorCells()) if (sectorOwner[cell] < 0) sectorOwner[cell] = i;
        }
        intelligence = new IntelligenceNetwork(scenario.intelligence(), blos, scenario.groups().size());
        mountainFactor = 1.0;
        winter = false;
        groups = new TraffickingGroup[scenario.groups().size()];
        // Groups recompute their fields one at a time, so they share one Dijkstra queue.
        CellHeap heap = new CellHeap(world.cells());
        for (int i = 0; i < groups.length; i++) groups[i] = new TraffickingGroup(i, scenario.groups().get(i), world, this, heap);

        schedule.scheduleRepeating(0, Phase.RESET, state -> patrols.clear(), 1);
        for (BorderLiaisonOffice blo : blos) {
            blo.staffInitially();
            schedule.scheduleRepeating(0, Phase.POSTS, blo, 1);
            schedule.scheduleRepeating(23, Phase.BOOKKEEPING, state -> blo.endOfDay(), 24);
        }
        for (TraffickingGroup g : groups) {
            schedule.scheduleRepeating(0, Phase.DISPATCH, g, 1);
            schedule.scheduleRepeating(167, Phase.BOOKKEEPING, state -> g.forget(), 168);
        }
        schedule.scheduleRepeating(0, Phase.RESET, state -> startOfDay(), 24);
        schedule.scheduleRepeating(23, Phase.BOOKKEEPING, state -> endOfDay(), 24);
        if (scenario.jointOperations().perWeek() > 0 && scenario.intelligence().sharing().reachesAcrossBorder()) {
            for (int a = 0; a < blos.length; a++) {
                for (int b : intelligence.counterparts(a)) {
                    if (a < b) schedule.scheduleRepeating(0, Phase.POSTS, new JointOperation(this, blos[a], blos[b]), 168);
                }
            }
        }
    }

    /** Seasons: on the first hour of each day, winter begins or ends. */
    private void startOfDay() {
        boolean w = scenario.seasons().winterOn(hour() / 24);
        if (w == winter) return;
        winter = w;
        double factor = w ? scenario.seasons().mountainSlowdown() : 1.0;
        if (factor != mountainFactor) {
            mountainFactor = factor;
            for (TraffickingGroup g : groups) g.invalidateField();
        }
    }

    /** Daily running cost of the intelligence-sharing system. */
    private void endOfDay() {
        var sharing = scenario.intelligence().sharing();
        if (sharing == Intelligence.Sharing.NONE) return;
        double year = scenario.costs().intelligenceSystemYear() * (sharing == Intelligence.Sharing.REGIONAL_HUB ? 2 : 1);
        emit(new ModelEvent.Spent(hour(), ModelEvent.CostItem.INTELLIGENCE, year / 365.0));
    }

    /** Every officer in post's effective skill (for tests and displays; allocates nothing). */
    void forEachOfficerSkill(java.util.function.DoubleConsumer skill) {
        for (BorderLiaisonOffice b : blos) b.forEachOfficerSkill(skill);
    }

    /** How many couriers are on the road now. */
    public int couriersOnRoad() {
        return onRoad.size();
    }

    /** Every courier on the road, in dispatch order (for tests and displays). */
    void forEachCourierOnRoad(java.util.function.Consumer<Courier> action) {
        onRoad.forEach(action);
    }

    double mountainFactor() {
        return mountainFactor;
    }

    /** Runs the whole scenario duration (call after {@link #start()}). */
    public void runToEnd() {
        double last = scenario.durationHours() - 1;
        while (schedule.getTime() == Schedule.BEFORE_SIMULATION || schedule.getTime() < last) {
            if (!schedule.step(this)) break;
        }
        double kg = 0;
        double persons = 0;
        for (Courier c : onRoad) {
            if (c.group.countsPersons()) persons += c.quantity;
            else kg += c.quantity;
        }
        for (BorderLiaisonOffice blo : blos) emit(new ModelEvent.WaitHistogram(hour(), blo.index, blo.checkpoint.waitMinutes()));
        emit(new ModelEvent.RunEnded(hour(), onRoad.size(), kg, persons));
        finish();
    }

    public Scenario scenario() {
        return scenario;
    }

    public World world() {
        return world;
    }

    /** Which process a random stream serves; the index says which group or BLO. */
    enum Stream { TRAFFICKING_GROUP, WORKFORCE, LEGITIMATE_TRAFFIC, JOINT_OPERATIONS }

    /** A generator of its own for one process of one agent, derived from the replication seed. */
    MersenneTwisterFast stream(Stream process, int index) {
        return new MersenneTwisterFast(SplitMix64.mix(replicationSeed, ((long) (process.ordinal() + 1) << 32) | index));
    }

    public long hour() {
        return (long) schedule.getTime();
    }

    void emit(ModelEvent event) {
        events.accept(event);
    }

    PatrolPresence patrols() {
        return patrols;
    }

    void dispatch(TraffickingGroup group, int origin, double quantity, long luckSeed) {
        Courier courier = new Courier(nextCourierId++, group, origin, quantity, hour(), luckSeed);
        boolean tipped = tip(courier);
        group.emitDispatched(hour(), courier.id, quantity, tipped);
        onRoad.add(courier);
        Stoppable stoppable = schedule.scheduleRepeating(schedule.getTime() + 1, Phase.COURIERS, courier, 1);
        courier.scheduledAs(stoppable);
    }

    /**
     * With the tip probability, the shipment is known in advance by the BLO of its origin's country
     * nearest its origin, and spreads from there.
     */
    private boolean tip(Courier c) {
        double p = scenario.intelligence().tipProbability();
        if (p == 0 || !c.chance(p)) return false;
        int learner = -1;
        int best = Integer.MAX_VALUE;
        int w = world.width();
        for (BorderLiaisonOffice b : blos) {
            if (b.site.country() != world.country(c.cell)) continue;
            int post = b.site.postCell();
            int d = Math.max(Math.abs(post % w - c.cell % w), Math.abs(post / w - c.cell / w));
            if (d < best) {
                best = d;
                learner = b.index;
            }
        }
        if (learner < 0) return true;
        c.intelAt = new double[blos.length];
        c.intelState = new byte[blos.length];
        c.intelLearner = learner;
        intelligence.spread(learner, hour(), c.intelAt, c.intelState, c);
        considerControlledDelivery(c, learner);
        return true;
    }

    /**
     * Whether {@code blo} acts on intelligence about this courier now: a tip that has arrived (the
     * tip counts as used in time; one that has not arrived yet is now late), or a live seizure
     * alert about its group.
     */
    private boolean targeted(Courier c, int blo) {
        boolean tip = false;
        if (c.intelState != null && c.intelState[blo] == IntelligenceNetwork.PENDING) {
            if (c.intelAt[blo] <= hour()) {
                c.intelState[blo] = IntelligenceNetwork.USED;
                tip = true;
            } else {
                c.intelState[blo] = IntelligenceNetwork.LATE;
            }
        }
        return tip || intelligence.alerted(blo, c.group.index, hour());
    }

    /**
     * A tipped shipment that a BLO across the border also knows (and trusts) may be placed under
     * surveillance, from the moment both sides know it, with the controlled-delivery share.
     */
    private void considerControlledDelivery(Courier c, int learner) {
        var cd = scenario.controlledDeliveries();
        if (cd.share() == 0) return;
        int partner = -1;
        for (int b = 0; b < blos.length; b++) {
            if (c.intelState[b] != IntelligenceNetwork.PENDING || blos[b].site.country() == blos[learner].site.country()) continue;
            if (partner < 0 || c.intelAt[b] < c.intelAt[partner]) partner = b;
        }
        if (partner < 0 || !c.chance(cd.share())) return;
        c.surveillanceFrom = c.intelAt[partner];
        c.surveillanceComms = Math.min(blos[learner].communications, blos[partner].communications);
    }

    /** Under surveillance (a controlled delivery under way): screened no more. */
    private boolean underSurveillance(Courier c) {
        return hour() >= c.surveillanceFrom;
    }

    void deliver(Courier c) {
        boolean disrupted = false;
        boolean controlled = underSurveillance(c);
        if (controlled) {
            var cd = scenario.controlledDeliveries();
            disrupted = c.chance(cd.successProbability() * c.surveillanceComms);
            if (disrupted) c.group.disrupt(hour() + cd.disruptionDays() * 24L);
        }
        emit(new ModelEvent.Delivered(hour(), c.group.index, c.id, c.quantity, c.group.countsPersons(),
                c.group.spec.commodity().ordinal(), hour() + 1 - c.dispatchHour, controlled, disrupted));
        takeOffRoad(c);
    }

    /**
     * A courier stepped into another country. On the green border the BLOs whose sectors hold the
     * two cells may act on intelligence: patrols sent to the reported route.
     * Returns true if the courier was seized.
     */
    boolean crossed(Courier c, int from, int to) {
        int location = world.crossingLocation(from, to);
        boolean official = world.isCrossingPointLocation(location);
        c.crossings++;
        emit(new ModelEvent.Crossed(hour(), c.group.index, c.id, location, official));
        if (official || underSurveillance(c)) return false;
        for (int side = 0; side < 2; side++) {
            int b = sectorOwner[side == 0 ? from : to];
            // Only a BLO with someone on duty can act; for one without, the message stays unused.
            if (b < 0 || blos[b].onDutyNow() == 0 || !targeted(c, b)) continue;
            BorderLiaisonOffice blo = blos[b];
            double p = scenario.intelligence().targetedDetection() * blo.meanSkillInPost() * world.visibility(to)
                    * (1.0 - c.group.spec.concealment()) * seasonalPatrolFactor();
            if (c.chance(p)) {
                seize(c, ModelEvent.SeizureSite.PATROL, b, true);
                return true;
            }
        }
        return false;
    }

    /** Inspection on entering a staffed crossing post; targeted if the BLO has intelligence in time. */
    boolean caughtAtCheckpoint(Courier c) {
        BorderLiaisonOffice blo = officeAt[c.cell];
        if (blo == null || underSurveillance(c)) return false;
        boolean targeted = blo.checkpoint.onDutyCount() > 0 && targeted(c, blo.index);
        if (!blo.checkpoint.catches(c.group.spec.concealment(), c, targeted, scenario.intelligence().targetedDetection())) {
            return false;
        }
        seize(c, ModelEvent.SeizureSite.CROSSING_INSPECTION, blo.index, targeted);
        return true;
    }

    /** Patrol detection in winter is multiplied by the season's effectiveness. */
    private double seasonalPatrolFactor() {
        return winter ? scenario.seasons().patrolEffectiveness() : 1.0;
    }

    /** Night (20:00 to 06:00) dims patrols without night vision; dash cameras help. */
    private double patrolFactor(Officer o) {
        var e = scenario.equipmentEffects();
        int hourOfDay = (int) (hour() % 24);
        double f = seasonalPatrolFactor();
        if (hourOfDay >= 20 || hourOfDay < 6) f *= o.nightVision ? e.nightVisionEffectiveness() : e.nightPatrolEffectiveness();
        if (o.dashCam) f *= 1 + e.dashCamDetection();
        return f;
    }

    /** A joint operation searching this hour: couriers not yet across, near the pair's crossing. */
    void searchStagingArea(BorderLiaisonOffice a, BorderLiaisonOffice b, int crossingPoint) {
        var jo = scenario.jointOperations();
        var cells = world.crossingPoints().get(crossingPoint).cells();
        int w = world.width();
        double skill = (a.meanSkillInPost() + b.meanSkillInPost()) / 2;
        List<Courier> found = null;
        for (Courier c : onRoad) {
            if (c.crossings > 0 || underSurveillance(c)) continue;
            int near = Integer.MAX_VALUE;
            for (int x : cells) near = Math.min(near, Math.max(Math.abs(x % w - c.cell % w), Math.abs(x / w - c.cell / w)));
            if (near > jo.stagingRadiusCells()) continue;
            double p = jo.detection() * skill * world.visibility(c.cell) * (1.0 - c.group.spec.concealment());
            if (c.chance(p)) {
                if (found == null) found = new ArrayList<>();
                found.add(c);
            }
        }
        if (found != null) for (Courier c : found) seize(c, ModelEvent.SeizureSite.JOINT_OPERATION, a.index, false);
    }

    /**
     * Every patrolling officer within range has one chance per hour to detect the courier:
     * sensitivity x skill x terrain visibility x (1 - concealment).
     */
    boolean detectedByPatrol(Courier c) {
        int r = maxDetectionRange;
        if (blos.length == 0) return false;
        int w = world.width();
        int cx = c.cell % w;
        int cy = c.cell / w;
        long hour = hour();
        double exposure = world.visibility(c.cell) * (1.0 - c.group.spec.concealment());
        for (int y = Math.max(0, cy - r); y <= Math.min(world.height() - 1, cy + r); y++) {
            for (int x = Math.max(0, cx - r); x <= Math.min(w - 1, cx + r); x++) {
                for (int id = patrols.first(y * w + x); id >= 0; id = patrols.next(id)) {
                    Officer o = patrols.officer(id);
                    var patrol = o.office.spec.patrol();
                    if (Math.max(Math.abs(x - cx), Math.abs(y - cy)) > patrol.detectionRangeCells()) continue;
                    if (o.lastCourier == c.id && o.lastCourierHour == hour) continue;
                    o.lastCourier = c.id;
                    o.lastCourierHour = hour;
                    if (underSurveillance(c)) return false;
                    if (c.chance(Math.min(1.0, patrol.sensitivity() * o.skill * exposure * patrolFactor(o)))) {
                        seize(c, ModelEvent.SeizureSite.PATROL, o.office.index, false);
                        return true;
                    }
                    sight(c, o.office.index);
                }
            }
        }
        return false;
    }

    /** A courier seen but not stopped: once per courier, a sighting becomes an alert about its group. */
    private void sight(Courier c, int blo) {
        double p = scenario.intelligence().sightingProbability();
        if (p == 0 || c.sighted || !c.chance(p)) return;
        c.sighted = true;
        emit(new ModelEvent.Sighted(hour(), c.group.index, c.id, blo));
        intelligence.alert(blo, c.group.index, hour(), c, this);
    }

    private void seize(Courier c, ModelEvent.SeizureSite site, int blo, boolean targeted) {
        emit(new ModelEvent.Seized(hour(), c.group.index, c.id, c.quantity, c.group.countsPersons(),
                c.group.spec.commodity().ordinal(), site, blo, targeted));
        c.group.recordLoss(c.cell);
        intelligence.alert(blo, c.group.index, hour(), c, this);
        takeOffRoad(c);
    }

    private void takeOffRoad(Courier c) {
        onRoad.remove(c);
        c.stop();
        reportIntelligence(c);
    }

    /** At the end of a tipped courier's journey: what became of each message about it. */
    private void reportIntelligence(Courier c) {
        if (c.intelState == null) return;
        int shared = 0;
        int used = 0;
        int late = 0;
        int unused = 0;
        int distrusted = 0;
        for (int b = 0; b < c.intelState.length; b++) {
            byte st = c.intelState[b];
            if (st == IntelligenceNetwork.NONE) continue;
            if (b != c.intelLearner) shared++;
            switch (st) {
                case IntelligenceNetwork.USED -> used++;
                case IntelligenceNetwork.LATE -> late++;
                case IntelligenceNetwork.DISTRUSTED -> distrusted++;
                default -> {
                    if (c.intelAt[b] > hour()) late++;
                    else unused++;
                }
            }
        }
        emit(new ModelEvent.IntelOutcome(hour(), c.group.index, shared, used, late, unused, distrusted));
    }
}
