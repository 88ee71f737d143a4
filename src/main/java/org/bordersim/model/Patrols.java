package org.bordersim.model;

import org.bordersim.metrics.ModelEvent;
import org.bordersim.scenario.Scenario;
import org.bordersim.world.World;

/**
 * Detection by officers out in the field: patrols on the green border (each patrolling officer
 * within range has one chance an hour to detect a courier, or failing that may sight it), and the
 * factors every field officer's detection shares: night (with or without night vision), winter,
 * and a dash camera.
 */
final class Patrols {
    private final BorderModel model;
    private final Scenario scenario;
    private final World world;
    private final PatrolPresence presence;
    private final int maxDetectionRange;

    Patrols(BorderModel model, PatrolPresence presence, int maxDetectionRange) {
        this.model = model;
        this.scenario = model.scenario();
        this.world = model.world();
        this.presence = presence;
        this.maxDetectionRange = maxDetectionRange;
    }

    PatrolPresence presence() {
        return presence;
    }

    /** Winter multiplies field detection by the season's effectiveness. */
    double seasonalFactor() {
        return model.winter() ? scenario.seasons().patrolEffectiveness() : 1.0;
    }

    /** Night (20:00 to 06:00) dims officers without night vision; winter dims everyone; dash cameras help. */
    double fieldFactor(Officer o) {
        var e = scenario.equipmentEffects();
        int hourOfDay = (int) (model.hour() % 24);
        double f = seasonalFactor();
        if (hourOfDay >= 20 || hourOfDay < 6) f *= o.nightVision ? e.nightVisionEffectiveness() : e.nightPatrolEffectiveness();
        if (o.dashCam) f *= 1 + e.dashCamDetection();
        return f;
    }

    /** Exposure of a courier on {@code cell}: terrain visibility x (1 - concealment). */
    double exposure(Courier c, int cell) {
        return world.visibility(cell) * (1.0 - c.group.spec.concealment());
    }

    /**
     * Every patrolling officer within range has one chance per hour to detect the courier:
     * sensitivity x skill x terrain visibility x (1 - concealment) x field factors.
     */
    boolean detected(Courier c) {
        // Officers patrol border cells: farther out than any can see, none is looked for (most of a long trip).
        if (world.cellsFromBorder(c.cell) > maxDetectionRange || model.underSurveillance(c)) return false;
        int r = maxDetectionRange;
        int w = world.width();
        int cx = c.cell % w;
        int cy = c.cell / w;
        long hour = model.hour();
        double exposure = exposure(c, c.cell);
        for (int y = Math.max(0, cy - r); y <= Math.min(world.height() - 1, cy + r); y++) {
            for (int x = Math.max(0, cx - r); x <= Math.min(w - 1, cx + r); x++) {
                for (int id = presence.first(y * w + x); id >= 0; id = presence.next(id)) {
                    Officer o = presence.officer(id);
                    var patrol = o.office.spec.patrol();
                    if (Math.max(Math.abs(x - cx), Math.abs(y - cy)) > o.office.detectionRange) continue;
                    if (o.lastCourier == c.id && o.lastCourierHour == hour) continue;
                    o.lastCourier = c.id;
                    o.lastCourierHour = hour;
                    if (c.chance(Math.min(1.0, patrol.sensitivity() * o.skill * exposure * fieldFactor(o)))) {
                        model.seizures().seize(c, ModelEvent.SeizureSite.PATROL, o.office.index, false);
                        return true;
                    }
                    sight(c, o.office.index);
                }
            }
        }
        return false;
    }

    /** A courier seen but not stopped: once per courier, a sighting tells the BLO about its group and where it was. */
    private void sight(Courier c, int blo) {
        double p = scenario.intelligence().sightingProbability();
        if (p == 0 || c.sighted || !c.chance(p)) return;
        c.sighted = true;
        model.emit(new ModelEvent.Sighted(model.hour(), c.group.index, c.id, blo));
        model.interdiction().learn(blo, c.group.index, c.cell, c);
    }
}
