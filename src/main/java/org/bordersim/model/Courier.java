package org.bordersim.model;

import org.bordersim.world.CostField;
import org.bordersim.world.World;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.engine.Stoppable;

/**
 * One shipment on its way. Each hour it gains an hour of travel and spends it stepping along its
 * group's shared least-cost field, one cell at a time; entering a cell costs that cell's travel
 * time. Wherever it is during the hour it may be seen by patrols; entering a crossing post it may
 * be inspected. It ends delivered (at a destination cell) or seized.
 */
final class Courier implements Steppable {
    private static final long serialVersionUID = 1L;

    final int id;
    final TraffickingGroup group;
    final double quantity;
    final long dispatchHour;
    int cell;
    /**
     * The route node the courier walks to: read from the field at every node (every cell without a route lattice);
     * between the nodes of a lattice the courier keeps walking straight to it.
     */
    private int target = -1;
    /** The step toward {@code target}, as a difference of cell indices (one direction all along a run). */
    private int stride;
    private double hoursInHand;
    private Stoppable schedule;
    /**
     * The courier's own luck: the state of a SplitMix64 stream seeded at dispatch from its
     * group's stream. Every screening it meets draws from it, so the same shipment in two
     * scenarios run with the same seed faces its n-th screening with the same uniform number.
     */
    private long luck;
    /** Tip received by each BLO: when (infinite: never) and what became of it; null when not tipped. */
    double[] intelAt;
    byte[] intelState;
    int intelLearner = -1;
    /** Where the route named in a tip steps across the border (planned at dispatch), or -1 if the tip names none. */
    int plannedFrom = -1;
    int plannedTo = -1;
    /**
     * A controlled delivery: from {@code surveillanceFrom} (infinite: never) the shipment is under
     * surveillance and screened no more; {@code surveillancePartner} is the BLO across the border
     * that follows it with the learner.
     */
    double surveillanceFrom = Double.POSITIVE_INFINITY;
    int surveillancePartner = -1;
    /**
     * A leaked tip warned the group from this hour (infinite: never): it changes the courier's vehicle and timing, so
     * intelligence aimed at this courier no longer finds it (docs/ODD.md §7.11). {@code leakedBy[b]}: BLO b leaked
     * it; null until a leak.
     */
    double warnedFrom = Double.POSITIVE_INFINITY;
    boolean[] leakedBy;
    /** Delivered or seized: scheduled intelligence about it no longer acts. */
    boolean ended;
    /** Seen by a patrol without being stopped (counted once). */
    boolean sighted;
    boolean warnedAt(long hour) {
        return hour >= warnedFrom;
    }

    /** Borders crossed so far. */
    int crossings;

    Courier(int id, TraffickingGroup group, int origin, double quantity, long dispatchHour, long luckSeed) {
        this.id = id;
        this.group = group;
        this.cell = origin;
        this.quantity = quantity;
        this.dispatchHour = dispatchHour;
        this.luck = luckSeed;
    }

    /** True with probability p, from the courier's own stream. */
    boolean chance(double p) {
        return uniform() < p;
    }

    /** Uniformly one of 0..n-1, from the courier's own stream. */
    int pick(int n) {
        return (int) (uniform() * n);
    }

    private double uniform() {
        luck += SplitMix64.GOLDEN_GAMMA;
        return SplitMix64.uniform(luck);
    }

    void scheduledAs(Stoppable stoppable) {
        this.schedule = stoppable;
    }

    @Override
    public void step(SimState state) {
        BorderModel model = (BorderModel) state;
        World world = model.world();
        CostField field = group.field();
        hoursInHand += 1.0;
        if (model.detectedByPatrol(this)) return;
        while (true) {
            if (world.routeNode(cell)) {
                target = field.next(cell);
                if (target < 0) {
                    // No way on now (a pass closed for the winter cuts every route): wait where it is, banking no time.
                    hoursInHand = 0;
                    return;
                }
                stride = world.stepToward(cell, target) - cell;
            }
            if (target == cell) {
                model.arrived(this);
                return;
            }
            int next = cell + stride;
            assert isStep(world, cell, next) : "courier " + id + " would step from cell " + cell + " to " + next;
            double need = CostField.stepHours(world, cell, next, model.season());
            if (need == Double.POSITIVE_INFINITY) {
                // A closed cell ahead (a pass in winter, a crossing closed), reached within a lattice run: wait until it opens.
                hoursInHand = 0;
                return;
            }
            if (need > hoursInHand) return;
            hoursInHand -= need;
            int from = cell;
            cell = next;
            // Only a border cell has a neighbour in another country (its distance from the border, read last step, tells).
            if (world.cellsFromBorder(from) == 0 && world.country(from) != world.country(cell) && model.crossed(this, from, cell)) {
                return;
            }
            if (model.caughtAtCheckpoint(this) || model.detectedByPatrol(this)) return;
        }
    }

    /** Where the courier's route goes on from: its cell if a route node, else the node it walks to. */
    int routeCell(World world) {
        return world.routeNode(cell) ? cell : target;
    }

    /** A legal move: to one of the 8 neighbouring cells, and a passable one. Checked with -ea (tests). */
    static boolean isStep(World world, int from, int to) {
        int dx = Math.abs(from % world.width() - to % world.width());
        int dy = Math.abs(from / world.width() - to / world.width());
        return world.passable(to) && dx <= 1 && dy <= 1 && dx + dy > 0;
    }

    void stop() {
        schedule.stop();
    }
}
