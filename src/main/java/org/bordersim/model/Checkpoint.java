package org.bordersim.model;

import ec.util.MersenneTwisterFast;
import sim.util.distribution.Poisson;
import org.bordersim.scenario.CheckpointSpec;

/**
 * Inspection at one BLO's crossing post. Each hour legitimate traffic arrives (Poisson); the
 * officers on checkpoint duty can inspect {@code officers x inspectionsPerOfficerHour}; the post
 * inspects its target share of arrivals if capacity allows, else as many as capacity allows.
 * A courier passing the post that hour is inspected with the share achieved.
 */
final class Checkpoint {
    private final CheckpointSpec spec;
    private final Poisson arrivals;
    private final Officer[] onDuty;
    private int onDutyCount;
    private double shareThisHour;
    private long arrivalsToday;
    private double inspectedToday;

    Checkpoint(CheckpointSpec spec, int maxOfficers, MersenneTwisterFast random) {
        this.spec = spec;
        this.arrivals = spec.legitimateArrivalsPerHour() > 0 ? new Poisson(spec.legitimateArrivalsPerHour(), random) : null;
        this.onDuty = new Officer[maxOfficers];
    }

    void clearDuty() {
        onDutyCount = 0;
    }

    void assign(Officer officer) {
        onDuty[onDutyCount++] = officer;
    }

    /** Draws this hour's legitimate traffic and sets the share of arrivals that can be inspected. */
    void openHour() {
        int n = arrivals == null ? 0 : arrivals.nextInt();
        double capacity = onDutyCount * spec.inspectionsPerOfficerHour();
        double wanted = spec.targetInspectionShare() * n;
        double inspected = Math.min(wanted, capacity);
        arrivalsToday += n;
        inspectedToday += inspected;
        if (n > 0) {
            shareThisHour = inspected / n;
        } else {
            // No queue this hour: a courier is the only arrival, inspected if anyone can.
            shareThisHour = capacity >= 1 ? spec.targetInspectionShare() : capacity * spec.targetInspectionShare();
        }
    }

    /** Whether a courier with this concealment passing now is caught. */
    boolean catches(double concealment, Courier courier) {
        if (onDutyCount == 0 || !courier.chance(shareThisHour)) return false;
        Officer inspector = onDuty[courier.pick(onDutyCount)];
        return courier.chance(spec.sensitivity() * inspector.skill * (1.0 - concealment));
    }

    long takeArrivalsToday() {
        long a = arrivalsToday;
        arrivalsToday = 0;
        return a;
    }

    double takeInspectedToday() {
        double i = inspectedToday;
        inspectedToday = 0;
        return i;
    }
}
