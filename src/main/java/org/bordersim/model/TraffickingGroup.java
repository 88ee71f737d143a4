package org.bordersim.model;

import ec.util.MersenneTwisterFast;
import org.bordersim.metrics.ModelEvent;
import org.bordersim.scenario.GroupSpec;
import org.bordersim.scenario.LossResponse;
import org.bordersim.world.CellHeap;
import org.bordersim.world.CostField;
import org.bordersim.world.RememberedRisk;
import org.bordersim.world.RiskChanges;
import org.bordersim.world.World;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.util.distribution.Poisson;

/**
 * A trafficking group: dispatches couriers hour by hour (Poisson) and keeps one cost field that
 * all its couriers follow. Its perceived risk is the publicly known risk of crossing posts plus
 * a memory of its own losses; a loss raises the memory around where it happened (so later
 * couriers are displaced), and the memory decays week by week.
 */
final class TraffickingGroup implements Steppable {
    private static final long serialVersionUID = 1L;

    final int index;
    final GroupSpec spec;
    private final BorderModel model;
    private final CostField field;
    /** Null if the group does not adapt. */
    private final RememberedRisk memory;
    /** Where shipments leave from now (dated moves replace it, GroupSpec.originMoves). */
    private int[] origins;
    private final Poisson dispatches;
    /** This group's own draws (dispatch times, origins, sizes), apart from everyone else's. */
    private final MersenneTwisterFast random;
    private final double weeklyRetention;
    private boolean fieldStale = true;
    /** Cells whose remembered risk changed since the field was brought up to date. */
    private final RiskChanges changes;
    /** This group's couriers on the road now. */
    private int onRoad;
    private long disruptedUntil = -1;
    /** The true memory when routes follow a revised one (a route revision factor above 1); else null. */
    private final RememberedRisk faded;
    /** How much the true memory has faded since the routes' memory was last revised. */
    private double unrevisedFading = 1;
    /** Where the true memory's fading lists its cells: nothing reads them, and never cleared it lists nothing. */
    private final RiskChanges unread = new RiskChanges(1);
    /** Shipments seized and ended, week by week over the loss-response window (a ring); null without a response. */
    private final int[] lostByWeek;
    private final int[] endedByWeek;
    private int week;
    /** The share of usual dispatches sent this week (1 unless slowed), and the hour a pause ends. */
    private double dispatchShare = 1;
    private long pausedUntil = -1;

    TraffickingGroup(int index, GroupSpec spec, World world, BorderModel model, CellHeap heap) {
        this.index = index;
        this.spec = spec;
        this.model = model;
        this.field = new CostField(world, world.destinations(index), heap);
        this.memory = spec.adaptation() ? new RememberedRisk(world.width(), world.height()) : null;
        // With a revision factor above 1 the field follows `memory`, which fades only now and then, towards `faded`.
        this.faded = spec.adaptation() && spec.routeRevisionFactor() > 1 ? new RememberedRisk(world.width(), world.height()) : null;
        // Past an eighth of the map a full computation costs no more than a repair.
        this.changes = new RiskChanges(world.cells() / 8);
        this.origins = world.origins(index);
        this.random = model.stream(BorderModel.Stream.TRAFFICKING_GROUP, index);
        this.dispatches = spec.dispatchPerWeek() > 0 ? new Poisson(spec.dispatchPerWeek() / 168.0, random) : null;
        this.weeklyRetention = Math.pow(0.5, 1.0 / spec.memoryHalfLifeWeeks());
        boolean responds = spec.lossResponse().active();
        this.lostByWeek = responds ? new int[spec.lossResponse().windowWeeks()] : null;
        this.endedByWeek = responds ? new int[spec.lossResponse().windowWeeks()] : null;
    }

    CostField field() {
        return field;
    }

    /**
     * Hourly: dispatch this hour's couriers. The field is brought up to date first, but only if
     * someone will use it this hour (a courier of the group on the road, or one leaving now):
     * a field nobody follows is not computed, and the next use finds the same inputs, so routes
     * are exactly those of a field recomputed at every change.
     */
    @Override
    public void step(SimState state) {
        int n = dispatches == null ? 0 : dispatches.nextInt();
        if (model.hour() < pausedUntil || !activeNow()) n = 0;
        if (onRoad > 0 || n > 0) refreshField();
        boolean disrupted = model.hour() < disruptedUntil;
        for (int i = 0; i < n; i++) {
            // A disrupted network sends only a share of what it would (thinning keeps it Poisson).
            if (disrupted && !random.nextBoolean(model.scenario().controlledDeliveries().disruptionFactor())) continue;
            // So does a group slowed by its losses (no draw otherwise, so groups without a response keep their numbers).
            if (dispatchShare < 1 && !random.nextBoolean(dispatchShare)) continue;
            int origin = origins[random.nextInt(origins.length)];
            double size = spec.shipmentSize().min()
                    + random.nextDouble() * (spec.shipmentSize().max() - spec.shipmentSize().min());
            if (spec.commodity().countedInPersons()) size = Math.max(1, Math.round(size));
            model.dispatch(this, origin, size, random.nextLong());
        }
    }

    /**
     * Brings the shared field up to date if perceived risk or the season changed since: a repair
     * of the part the changes can reach, or a full computation at first (shared with any group
     * that starts from the same inputs) and when changes cover more than an eighth of the map.
     * When a season begins or ends and the group remembers fewer cells than the map has mountain
     * cells, the season's shared field plus what is remembered is less work than repairing every
     * mountain cell. All give the same field to the bit (see CostField.repair).
     */
    private void refreshField() {
        if (!fieldStale) return;
        FieldRefreshEvent event = new FieldRefreshEvent();
        event.begin();
        if (changes.isEverything() && (memory == null || memory.isEmpty())) {
            // Nothing remembered (a group's first field, always): a field others may already have computed.
            field.computeWithoutMemory(spec.knownPostRisk(), spec.riskAversion(), model.season());
            event.kind = "first";
        } else if (changes.isEverything()) {
            field.compute(memory, spec.knownPostRisk(), spec.riskAversion(), model.season());
            event.kind = "full";
        } else if (!model.season().equals(field.season())
                && (memory == null || memory.count() < model.world().seasonalCellCount())) {
            // A season began or ended: start from the season's shared field and add what is remembered (if anything).
            field.computeFromFirstField(memory, spec.knownPostRisk(), spec.riskAversion(), model.season(), changes);
            event.kind = "season";
        } else {
            event.kind = !model.season().equals(field.season()) ? "season" : changes.kind();
            field.repair(memory, spec.knownPostRisk(), spec.riskAversion(), model.season(), changes);
        }
        if (event.shouldCommit()) {
            event.group = index;
            event.changed = changes.isEverything() ? model.world().cells() : changes.count();
            event.commit();
        }
        changes.clear();
        fieldStale = false;
    }

    void courierSet() {
        onRoad++;
    }

    /** Whether the group dispatches this hour: from activeFromDay, until activeUntilDay. */
    private boolean activeNow() {
        long day = model.hour() / 24;
        return day >= spec.activeFromDay() && (spec.activeUntilDay() == null || day < spec.activeUntilDay());
    }

    /** A dated move: from now on shipments leave from the move's zone. */
    void moveOrigins(int move) {
        origins = model.world().originsAfterMove(index, move);
    }

    /** One of this group's shipments ended: seized ({@code lost}) or delivered. The group learns which at once. */
    void courierEnded(boolean lost) {
        onRoad--;
        if (endedByWeek == null) return;
        endedByWeek[week % endedByWeek.length]++;
        if (lost) lostByWeek[week % lostByWeek.length]++;
    }

    /**
     * Weekly, after the week's last hour: the group looks at the shipments that ended in its window and decides the
     * next week's dispatching: a pause, fewer dispatches, or as usual. What it uses, its own losses and deliveries, is
     * what a network learns from its couriers and buyers. Scheduled only for a group with a response.
     */
    void reviewLosses() {
        LossResponse response = spec.lossResponse();
        int lost = 0;
        int ended = 0;
        for (int k = 0; k < endedByWeek.length; k++) {
            lost += lostByWeek[k];
            ended += endedByWeek[k];
        }
        week++;
        lostByWeek[week % lostByWeek.length] = 0;
        endedByWeek[week % endedByWeek.length] = 0;
        long next = model.hour() + 1;
        if (next >= model.scenario().durationHours()) return; // no week left to change
        if (next < pausedUntil) {
            // A pause runs its course before the group looks again.
            model.emit(new ModelEvent.DispatchChanged(model.hour(), index, 0));
            return;
        }
        double share = ended >= response.minShipments() ? (double) lost / ended : 0;
        dispatchShare = 1;
        if (response.pauseAboveShare() != null && share >= response.pauseAboveShare()) {
            pausedUntil = next + response.pauseWeeks() * 168L;
            model.emit(new ModelEvent.DispatchChanged(model.hour(), index, 0));
        } else if (response.slowAboveShare() != null && share >= response.slowAboveShare()) {
            dispatchShare = response.slowFactor();
            model.emit(new ModelEvent.DispatchChanged(model.hour(), index, dispatchShare));
        }
    }

    /** A season began or ended: update before the next courier moves (the field itself sees which cells changed). */
    void invalidateField() {
        fieldStale = true;
    }

    /** A controlled delivery succeeded: the network sends less until {@code untilHour}. */
    void disrupt(long untilHour) {
        disruptedUntil = Math.max(disruptedUntil, untilHour);
    }

    /** A courier of this group was seized at {@code cell}: remember it, if the group adapts. */
    void recordLoss(int cell) {
        if (memory == null || spec.lossRiskIncrement() == 0) return;
        World world = model.world();
        int r = world.cellsWithin(spec.memoryRadiusKm());
        int cx = cell % world.width();
        int cy = cell / world.width();
        for (int y = Math.max(0, cy - r); y <= Math.min(world.height() - 1, cy + r); y++) {
            for (int x = Math.max(0, cx - r); x <= Math.min(world.width() - 1, cx + r); x++) {
                int d = Math.max(Math.abs(x - cx), Math.abs(y - cy));
                int c = y * world.width() + x;
                double amount = spec.lossRiskIncrement() * (1.0 - d / (r + 1.0));
                assert world.routeNode(c) || !world.passable(c) : "risk remembered off the route nodes, at cell " + c;
                memory.add(c, amount);
                if (faded != null) faded.add(c, amount);
                changes.raised(c);
            }
        }
        fieldStale = true;
    }

    /**
     * Weekly: memories of losses fade with the group's half-life (only the cells remembered are visited). With a
     * route revision factor f above 1, the memory the routes follow fades only once the true one has faded by more
     * than f since the last revision: until then every remembered risk the routes see lies between the true risk and
     * f times it (a loss adds the same amount to both), so a route costs at most f times the least cost.
     */
    void forget() {
        if (memory == null || memory.isEmpty()) return;
        if (faded == null) {
            memory.fade(weeklyRetention, 1e-6, changes);
            fieldStale = true;
            return;
        }
        faded.fade(weeklyRetention, 1e-6, unread);
        unrevisedFading *= weeklyRetention;
        if (unrevisedFading * spec.routeRevisionFactor() < 1) {
            memory.lowerTo(faded, changes);
            unrevisedFading = 1;
            fieldStale = true;
        }
    }

    boolean countsPersons() {
        return spec.commodity().countedInPersons();
    }

    void emitDispatched(long hour, int courier, double quantity, boolean tipped) {
        model.emit(new ModelEvent.Dispatched(hour, index, courier, quantity, countsPersons(), spec.commodity().ordinal(), tipped));
    }
}
