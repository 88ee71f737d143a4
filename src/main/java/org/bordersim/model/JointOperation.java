package org.bordersim.model;

import ec.util.MersenneTwisterFast;
import org.bordersim.metrics.ModelEvent;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.util.distribution.Poisson;

/**
 * Joint cross-border operations of one counterpart pair: each week a Poisson number of
 * operations, each starting at a uniform hour of the week and searching the staging area on
 * the near side of their crossing for {@code durationHours} hours.
 */
final class JointOperation implements Steppable {
    private static final long serialVersionUID = 1L;

    private final BorderModel model;
    private final BorderLiaisonOffice a;
    private final BorderLiaisonOffice b;
    private final MersenneTwisterFast random;
    private final Poisson perWeek;

    JointOperation(BorderModel model, BorderLiaisonOffice a, BorderLiaisonOffice b) {
        this.model = model;
        this.a = a;
        this.b = b;
        this.random = model.stream(BorderModel.Stream.JOINT_OPERATIONS, a.index * 4096 + b.index);
        this.perWeek = new Poisson(model.scenario().jointOperations().perWeek(), random);
    }

    /** Weekly: plans this week's operations (from the next hour on, so none is scheduled in the past). */
    @Override
    public void step(SimState state) {
        int n = perWeek.nextInt();
        long weekStart = model.hour();
        int duration = model.scenario().jointOperations().durationHours();
        for (int i = 0; i < n; i++) {
            long start = weekStart + 1 + random.nextInt(168);
            model.schedule.scheduleOnce(start, Phase.POSTS, s -> begin());
            for (int h = 0; h < duration; h++) {
                model.schedule.scheduleOnce(start + h, Phase.DISPATCH, s -> model.searchStagingArea(a, b, a.site.crossingPoint()));
            }
        }
    }

    private void begin() {
        long hour = model.hour();
        model.emit(new ModelEvent.JointOperation(hour, a.index, b.index));
        model.emit(new ModelEvent.Spent(hour, ModelEvent.CostItem.JOINT_OPERATIONS, model.scenario().costs().jointOperation()));
    }
}
