package org.bordersim.model;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import org.bordersim.metrics.ModelEvent;
import org.bordersim.scenario.Intelligence;
import org.bordersim.scenario.Scenario;
import org.bordersim.world.CellHeap;
import org.bordersim.world.Season;
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
 * their shift on duty; groups dispatch, intelligence that arrives is acted on, joint operations
 * search; couriers move and are screened; then, at the last hour of each day, BLO bookkeeping,
 * and at the last hour of each week, groups' memory decay.
 *
 * <p>This class keeps the schedule and the world. Each mechanism lives in a class of its own:
 * {@link Patrols} (green-border detection), {@link Seizures} (a seizure and its consequences),
 * {@link Interdiction} (acting on intelligence), {@link ControlledDelivery}, {@link JointOperation},
 * {@link Checkpoint} (inspection) and {@link IntelligenceNetwork} (who learns what, and trust).
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
    /** Some BLO has an inland checkpoint, so a courier away from the border may meet a post. */
    private boolean inlandPosts;
    private Patrols patrols;
    private Seizures seizures;
    private Interdiction interdiction;
    private ControlledDelivery controlledDelivery;
    private int nextCourierId;
    /** Couriers on the road, in dispatch order (so the end-of-run sums are deterministic). */
    private final Set<Courier> onRoad = new LinkedHashSet<>();
    private final Set<Courier> onRoadView = Collections.unmodifiableSet(onRoad);
    private IntelligenceNetwork intelligence;
    /** The BLO whose patrol sector holds each cell, or -1. */
    private int[] sectorOwner;
    /** Today's conditions of travel: winter's factor on mountains, and which closures are shut. */
    private Season season = Season.OPEN;
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
        inlandPosts = world.hasInlandPosts();
        int maxDetectionRange = 0;
        for (int i = 0; i < blos.length; i++) {
            blos[i] = new BorderLiaisonOffice(i, scenario.blos().get(i), world.bloSite(i), this, officerCount);
            officerCount += blos[i].staffing();
            officeAt[world.bloSite(i).postCell()] = blos[i];
            maxDetectionRange = Math.max(maxDetectionRange, world.cellsWithin(scenario.blos().get(i).patrol().detectionRangeKm()));
        }
        PatrolPresence presence = new PatrolPresence(world.cells(), officerCount);
        patrols = new Patrols(this, presence, maxDetectionRange);
        seizures = new Seizures(this);
        sectorOwner = new int[world.cells()];
        Arrays.fill(sectorOwner, -1);
        for (int i = 0; i < blos.length; i++) {
            for (int cell : world.bloSite(i).sectorCells()) if (sectorOwner[cell] < 0) sectorOwner[cell] = i;
        }
        intelligence = new IntelligenceNetwork(this, blos, scenario.groups().size(), world.map().countryIds());
        interdiction = new Interdiction(this, intelligence, blos, scenario.groups().size());
        controlledDelivery = new ControlledDelivery(this, blos, intelligence);
        winter = false;
        season = seasonOn(0);
        groups = new TraffickingGroup[scenario.groups().size()];
        // Groups recompute their fields one at a time, so they share one Dijkstra queue.
        CellHeap heap = new CellHeap(world.routeNodeCount());
        for (int i = 0; i < groups.length; i++) groups[i] = new TraffickingGroup(i, scenario.groups().get(i), world, this, heap);

        schedule.scheduleRepeating(0, Phase.RESET, state -> presence.clear(), 1);
        for (BorderLiaisonOffice blo : blos) {
            blo.staffInitially();
            schedule.scheduleRepeating(0, Phase.POSTS, blo, 1);
            schedule.scheduleRepeating(23, Phase.BOOKKEEPING, state -> blo.endOfDay(), 24);
        }
        for (TraffickingGroup g : groups) {
            schedule.scheduleRepeating(0, Phase.DISPATCH, g, 1);
            schedule.scheduleRepeating(167, Phase.BOOKKEEPING, state -> g.forget(), 168);
            if (g.spec.lossResponse().active()) schedule.scheduleRepeating(167, Phase.BOOKKEEPING, state -> g.reviewLosses(), 168);
            for (int k = 0; k < g.spec.originMoves().size(); k++) {
                int move = k;
                // At the move day's first hour, before the group dispatches (bookkeeping of the hour before).
                schedule.scheduleOnce(g.spec.originMoves().get(k).fromDay() * 24L - 1, Phase.BOOKKEEPING, state -> g.moveOrigins(move));
            }
        }
        schedule.scheduleRepeating(0, Phase.RESET, state -> startOfDay(), 24);
        schedule.scheduleRepeating(23, Phase.BOOKKEEPING, state -> endOfDay(), 24);
        schedule.scheduleRepeating(167, Phase.BOOKKEEPING, state -> {
            double trust = intelligence.meanForeignTrust();
            if (!Double.isNaN(trust)) emit(new ModelEvent.Trust(hour(), trust));
        }, 168);
        if (scenario.jointOperations().perWeek() > 0 && scenario.intelligence().sharing().reachesAcrossBorder()) {
            for (int a = 0; a < blos.length; a++) {
                for (int b : intelligence.counterparts(a)) {
                    if (a < b) schedule.scheduleRepeating(0, Phase.POSTS, new JointOperation(this, blos[a], blos[b]), 168);
                }
            }
        }
    }

    /** On the first hour of each day, winter begins or ends and crossings close or open. */
    private void startOfDay() {
        long day = hour() / 24;
        winter = scenario.seasons().winterOn(day);
        double factor = mountainFactorOn(day);
        long closed = closedOn(day);
        if (factor != season.mountainFactor() || closed != season.closed()) {
            season = factor == 1.0 && closed == 0 ? Season.OPEN : new Season(factor, closed);
            for (TraffickingGroup g : groups) g.invalidateField();
        }
    }

    private Season seasonOn(long day) {
        double factor = mountainFactorOn(day);
        long closed = closedOn(day);
        return factor == 1.0 && closed == 0 ? Season.OPEN : new Season(factor, closed);
    }

    private double mountainFactorOn(long day) {
        return scenario.seasons().winterOn(day) ? scenario.seasons().mountainSlowdown() : 1.0;
    }

    /**
     * The closures shut on a day: the passes (closure 0) while winter slows the mountains (validation demands that of a
     * scenario with passes), and each crossing closed that day (closure 1 on).
     */
    private long closedOn(long day) {
        long closed = mountainFactorOn(day) > 1.0 && !scenario.seasons().closedPasses().isEmpty() ? 1L : 0L;
        List<Scenario.CrossingClosure> closures = scenario.crossingClosures();
        for (int k = 0; k < closures.size(); k++) if (closures.get(k).closedOn(day)) closed |= 1L << (k + 1);
        return closed;
    }

    /** Daily running cost of the intelligence-sharing system. */
    private void endOfDay() {
        var intel = scenario.intelligence();
        var costs = scenario.costs();
        var sharing = intel.sharing();
        double year = sharing == Intelligence.Sharing.NONE ? 0
                : costs.intelligenceSystemYear() * (sharing == Intelligence.Sharing.REGIONAL_HUB ? 2 : 1);
        year += intel.links().size() * costs.sharingLinkYear() + intel.hubs().size() * costs.sharingHubYear();
        if (year > 0) emit(new ModelEvent.Spent(hour(), ModelEvent.CostItem.INTELLIGENCE, year / 365.0));
    }

    /** Every officer in post's effective skill (for tests and displays; allocates nothing). */
    void forEachOfficerSkill(DoubleConsumer skill) {
        for (BorderLiaisonOffice b : blos) b.forEachOfficerSkill(skill);
    }

    /** How many couriers are on the road now. */
    public int couriersOnRoad() {
        return onRoad.size();
    }

    /** Every courier on the road, in dispatch order (for tests and displays). */
    void forEachCourierOnRoad(Consumer<Courier> action) {
        onRoad.forEach(action);
    }

    /** The couriers on the road, in dispatch order, read-only. */
    Set<Courier> couriersOnRoadView() {
        return onRoadView;
    }

    IntelligenceNetwork intelligence() {
        return intelligence;
    }

    Interdiction interdiction() {
        return interdiction;
    }

    ControlledDelivery controlledDelivery() {
        return controlledDelivery;
    }

    Seizures seizures() {
        return seizures;
    }

    Patrols patrols() {
        return patrols;
    }

    BorderLiaisonOffice blo(int index) {
        return blos[index];
    }

    /** The BLO whose patrol sector holds the cell, or -1. */
    int sectorOwner(int cell) {
        return sectorOwner[cell];
    }

    Season season() {
        return season;
    }

    /** Whether the cell is shut today (a pass in winter, a crossing's post while closed). */
    boolean shut(int cell) {
        return world.seasonFactor(cell, season) == Double.POSITIVE_INFINITY;
    }

    boolean winter() {
        return winter;
    }

    /**
     * Runs up to {@code hours} more hours, never past the scenario's end (call after {@link #start()}):
     * for a view that watches the run, such as the studio. Returns how many hours it ran (fewer at the end).
     */
    public int advance(int hours) {
        double last = scenario.durationHours() - 1;
        int ran = 0;
        while (ran < hours) {
            if (schedule.getTime() != Schedule.BEFORE_SIMULATION && schedule.getTime() >= last) break;
            if (!schedule.step(this)) break;
            ran++;
        }
        return ran;
    }

    /** Where every courier on the road is now, in dispatch order (a copy, for views; never used by the model). */
    public int[] courierCells() {
        int[] cells = new int[onRoad.size()];
        int i = 0;
        for (Courier c : onRoad) cells[i++] = c.cell;
        return cells;
    }

    /** A courier on the road as views show it: its id, group (index), quantity, cell and dispatch hour. */
    public record CourierView(int id, int group, double quantity, int cell, long dispatchHour) {
    }

    /** Every courier on the road, in dispatch order (copies, for views; never used by the model). */
    public java.util.List<CourierView> couriers() {
        java.util.List<CourierView> out = new java.util.ArrayList<>(onRoad.size());
        for (Courier c : onRoad) out.add(new CourierView(c.id, c.group.index, c.quantity, c.cell, c.dispatchHour));
        return out;
    }

    /**
     * A BLO as views show it: authorised staffing, officers in post, their mean effective skill, officers on shift
     * this hour, and tasks (teams, joint operations) under way.
     */
    public record BloView(int blo, int staffing, int inPost, double meanSkill, int onShift, int tasksUnderWay) {
    }

    /** BLO {@code blo} (the scenario's index) now (a copy, for views; never used by the model). */
    public BloView bloView(int blo) {
        return blos[blo].view();
    }

    /** Where officers patrolled in the last hour (a copy, for views; never used by the model). */
    public int[] patrolCells() {
        return patrols == null ? new int[0] : patrols.presence().cells();
    }

    /** Where interdiction teams wait now (a copy, for views; never used by the model). */
    public int[] teamCells() {
        return interdiction == null ? new int[0] : interdiction.teamCells(hour());
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
            if (underSurveillance(c)) controlledDelivery.pay();
        }
        for (BorderLiaisonOffice blo : blos) emit(new ModelEvent.WaitHistogram(hour(), blo.index, blo.checkpoint.waitMinutes()));
        double trust = intelligence.meanForeignTrust();
        if (!Double.isNaN(trust)) emit(new ModelEvent.Trust(hour(), trust));
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

    void dispatch(TraffickingGroup group, int origin, double quantity, long luckSeed) {
        Courier courier = new Courier(nextCourierId++, group, origin, quantity, hour(), luckSeed);
        onRoad.add(courier);
        group.courierSet();
        boolean tipped = interdiction.tip(courier);
        group.emitDispatched(hour(), courier.id, quantity, tipped);
        Stoppable stoppable = schedule.scheduleRepeating(schedule.getTime() + 1, Phase.COURIERS, courier, 1);
        courier.scheduledAs(stoppable);
    }

    /** Under surveillance (a controlled delivery under way): screened no more. */
    boolean underSurveillance(Courier c) {
        return hour() >= c.surveillanceFrom;
    }

    /** The courier reached its destination. */
    void arrived(Courier c) {
        controlledDelivery.arrived(c);
    }

    /**
     * A courier stepped into another country. On the green border, interdiction teams sent on
     * intelligence may be waiting. Returns true if the courier was seized.
     */
    boolean crossed(Courier c, int from, int to) {
        int location = world.crossingLocation(from, to);
        boolean official = world.isCrossingPointLocation(location);
        c.crossings++;
        emit(new ModelEvent.Crossed(hour(), c.group.index, c.id, location, official));
        if (official || underSurveillance(c)) return false;
        return interdiction.crossedGreenBorder(c, from, to);
    }

    /** Inspection on entering a staffed post (at a crossing or inland); targeted if the BLO has intelligence in time. */
    boolean caughtAtCheckpoint(Courier c) {
        // Crossing posts are border cells; the distance from the border is read for the patrols anyway (one cache line).
        if (world.cellsFromBorder(c.cell) != 0 && !inlandPosts) return false;
        BorderLiaisonOffice blo = officeAt[c.cell];
        if (blo == null || underSurveillance(c)) return false;
        boolean targeted = blo.checkpoint.onDutyCount() > 0 && interdiction.targetedAtPost(c, blo.index);
        if (!blo.checkpoint.catches(c.group.spec.concealment(), c, targeted, scenario.intelligence().targetedDetection())) {
            return false;
        }
        seizures.seize(c, ModelEvent.SeizureSite.CROSSING_INSPECTION, blo.index, targeted);
        return true;
    }

    /** Patrols on the green border around the courier. */
    boolean detectedByPatrol(Courier c) {
        return patrols.detected(c);
    }

    /** The journey ended (delivered or seized): off the road, and the intelligence about it is reported. */
    void takeOffRoad(Courier c, boolean lost) {
        onRoad.remove(c);
        c.group.courierEnded(lost);
        c.ended = true;
        c.stop();
        interdiction.report(c);
    }
}
