package org.bordersim.model;

import org.bordersim.metrics.ModelEvent;

/**
 * A seizure and what follows from it: the event that counts it, the group's memory of the loss
 * (so its later couriers avoid the place), and the intelligence it gives the seizing BLO and
 * whoever that BLO shares with (an alert about the group and where it was seen).
 */
final class Seizures {
    private final BorderModel model;

    Seizures(BorderModel model) {
        this.model = model;
    }

    /** Seizes the courier where it is now, with every consequence. */
    void seize(Courier c, ModelEvent.SeizureSite site, int blo, boolean targeted) {
        record(c, site, blo, targeted);
        c.group.recordLoss(c.cell);
        model.interdiction().learn(blo, c.group.index, c.cell, c);
    }

    /**
     * Counts the seizure and ends the journey, without teaching anyone anything: the end of a
     * controlled delivery, where the network is dismantled rather than warned.
     */
    void record(Courier c, ModelEvent.SeizureSite site, int blo, boolean targeted) {
        long hour = model.hour();
        model.emit(new ModelEvent.Seized(hour, c.group.index, c.id, c.quantity, c.group.countsPersons(),
                c.group.spec.commodity().ordinal(), site, blo, targeted, c.cell));
        model.takeOffRoad(c, true);
    }
}
