package org.bordersim.model;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.bordersim.metrics.ModelEvent;
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
    enum Stream { TRAFFICKING_GROUP, WORKFORCE, LEGITIMATE_TRAFFIC }

    /** A generator of its own for one process of one agent, derived from the replication seed. */
    ec.util.MersenneTwisterFast stream(Stream process, int index) {
        return new ec.util.MersenneTwisterFast(SplitMix64.mix(replicationSeed, ((long) (process.ordinal() + 1) << 32) | index));
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
        group.emitDispatched(hour(), courier.id, quantity);
        onRoad.add(courier);
        Stoppable stoppable = schedule.scheduleRepeating(schedule.getTime() + 1, Phase.COURIERS, courier, 1);
        courier.scheduledAs(stoppable);
    }

    void deliver(Courier c) {
        emit(new ModelEvent.Delivered(hour(), c.group.index, c.id, c.quantity, c.group.countsPersons(),
                hour() + 1 - c.dispatchHour));
        takeOffRoad(c);
    }

    void crossed(Courier c, int from, int to) {
        int location = world.crossingLocation(from, to);
        emit(new ModelEvent.Crossed(hour(), c.group.index, c.id, location, world.isCrossingPointLocation(location)));
    }

    /** Inspection on entering a staffed crossing post. */
    boolean caughtAtCheckpoint(Courier c) {
        BorderLiaisonOffice blo = officeAt[c.cell];
        if (blo == null || !blo.checkpoint.catches(c.group.spec.concealment(), c)) return false;
        seize(c, ModelEvent.SeizureSite.CROSSING_INSPECTION, blo.index);
        return true;
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
                    if (c.chance(patrol.sensitivity() * o.skill * exposure)) {
                        seize(c, ModelEvent.SeizureSite.PATROL, o.office.index);
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private void seize(Courier c, ModelEvent.SeizureSite site, int blo) {
        emit(new ModelEvent.Seized(hour(), c.group.index, c.id, c.quantity, c.group.countsPersons(), site, blo));
        c.group.recordLoss(c.cell);
        takeOffRoad(c);
    }

    private void takeOffRoad(Courier c) {
        onRoad.remove(c);
        c.stop();
    }
}
