package org.bordersim.model;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import org.bordersim.metrics.ModelEvent;
import org.bordersim.scenario.JointOperations;
import org.bordersim.world.World;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.util.distribution.Poisson;

/**
 * Joint cross-border operations of one counterpart pair. Each week a Poisson number of operations
 * is planned, each at a uniform hour of the week. An operation goes ahead only if both BLOs have
 * {@code officersPerSide} officers free on shift; then each side deploys that many (off regular
 * duty) for {@code durationHours}, and every hour each officer present may find each courier that
 * has not yet crossed a border and is within the staging radius of the pair's crossing, with
 * detection x skill x visibility x (1 - concealment) x night, winter and equipment, like a patrol.
 * Its cost is the operation's cash cost plus the officers' time (booked daily by the BLOs).
 */
final class JointOperation implements Steppable {
    private static final long serialVersionUID = 1L;

    private final BorderModel model;
    private final BorderLiaisonOffice a;
    private final BorderLiaisonOffice b;
    private final JointOperations spec;
    private final MersenneTwisterFast random;
    private final Poisson perWeek;
    private final int[] crossingCells;
    private final int stagingRadius;

    JointOperation(BorderModel model, BorderLiaisonOffice a, BorderLiaisonOffice b) {
        this.model = model;
        this.a = a;
        this.b = b;
        this.spec = model.scenario().jointOperations();
        this.random = model.stream(BorderModel.Stream.JOINT_OPERATIONS, a.index * 4096 + b.index);
        this.perWeek = new Poisson(spec.perWeek(), random);
        this.stagingRadius = model.world().cellsWithin(spec.stagingRadiusKm());
        this.crossingCells = model.world().crossingPoints().get(a.site.crossingPoint()).cells().stream().mapToInt(Integer::intValue).toArray();
    }

    /** Weekly: plans this week's operations (from the next hour on, so none is scheduled in the past). */
    @Override
    public void step(SimState state) {
        int n = perWeek.nextInt();
        long weekStart = model.hour();
        for (int i = 0; i < n; i++) {
            long start = weekStart + 1 + random.nextInt(168);
            model.schedule.scheduleOnce(start, Phase.DISPATCH, s -> begin());
        }
    }

    /** Both sides commit their officers from the next hour, or the operation is called off. */
    private void begin() {
        long hour = model.hour();
        long from = hour + 1;
        long until = from + spec.durationHours();
        int size = spec.officersPerSide();
        boolean held = a.canDeploy(size) && b.canDeploy(size);
        model.emit(new ModelEvent.JointOperation(hour, a.index, b.index, held));
        if (!held) return;
        Deployment da = a.deploy(Deployment.Kind.JOINT_OPERATION, size, from, until, -1);
        Deployment db = b.deploy(Deployment.Kind.JOINT_OPERATION, size, from, until, -1);
        model.emit(new ModelEvent.Spent(hour, ModelEvent.CostItem.JOINT_OPERATIONS, model.scenario().costs().jointOperation()));
        for (long h = from; h < until; h++) model.schedule.scheduleOnce(h, Phase.DISPATCH, s -> search(da, db));
    }

    /** One hour of search of the staging area by the officers of both sides present. */
    private void search(Deployment da, Deployment db) {
        World world = model.world();
        Patrols patrols = model.patrols();
        List<Courier> found = null;
        for (Courier c : model.couriersOnRoadView()) {
            if (c.crossings > 0 || model.underSurveillance(c)) continue;
            int near = Integer.MAX_VALUE;
            for (int x : crossingCells) near = Math.min(near, world.distance(x, c.cell));
            if (near > stagingRadius) continue;
            if (finds(da, c, patrols) || finds(db, c, patrols)) {
                if (found == null) found = new ArrayList<>();
                found.add(c);
            }
        }
        if (found == null) return;
        for (Courier c : found) {
            model.seizures().seize(c, ModelEvent.SeizureSite.JOINT_OPERATION, a.index, false);
            if (spec.trustGainOnSeizure() > 0) model.intelligence().adjustTrust(a.index, b.index, spec.trustGainOnSeizure(),
                    ModelEvent.TrustCause.JOINT_OPERATION_SEIZURE);
        }
    }

    private boolean finds(Deployment d, Courier c, Patrols patrols) {
        double exposure = patrols.exposure(c, c.cell);
        for (int k = 0; k < d.present; k++) {
            Officer o = d.members[k];
            if (c.chance(Math.min(1.0, spec.detection() * o.skill * exposure * patrols.fieldFactor(o)))) return true;
        }
        return false;
    }
}
