package org.bordersim.model;

import org.bordersim.metrics.ModelEvent;
import org.bordersim.scenario.ControlledDeliveries;

/**
 * Controlled deliveries (seed 002). A tipped shipment that a BLO of another country also knows,
 * and believes, may be let through under surveillance from the moment that BLO learns of it. At
 * the destination it succeeds with probability successProbability x (the lower communications
 * of the two BLOs): the shipment is seized there with its receivers (site: controlled delivery),
 * trust on the link rises and the group is disrupted. Otherwise it is lost to the market: a
 * delivery, and trust on the link falls. Before surveillance begins it can be seized like any
 * other shipment; under surveillance it is screened no more.
 */
final class ControlledDelivery {
    private final BorderModel model;
    private final ControlledDeliveries spec;
    private final BorderLiaisonOffice[] blos;
    private final IntelligenceNetwork network;

    ControlledDelivery(BorderModel model, BorderLiaisonOffice[] blos, IntelligenceNetwork network) {
        this.model = model;
        this.spec = model.scenario().controlledDeliveries();
        this.blos = blos;
        this.network = network;
    }

    /** At the tip: with the controlled-delivery share, surveillance from when the first believing foreign BLO knows. */
    void consider(Courier c, int learner) {
        if (spec.share() == 0) return;
        int partner = -1;
        for (int b = 0; b < blos.length; b++) {
            if (c.intelState[b] != IntelligenceNetwork.PENDING || blos[b].site.country() == blos[learner].site.country()) continue;
            if (partner < 0 || c.intelAt[b] < c.intelAt[partner]) partner = b;
        }
        if (partner < 0 || !c.chance(spec.share())) return;
        c.surveillanceFrom = c.intelAt[partner];
        c.surveillancePartner = partner;
    }

    /** The courier reached its destination: delivered, or the end of a controlled delivery. */
    void arrived(Courier c) {
        long hour = model.hour();
        if (!model.underSurveillance(c)) {
            deliver(c, false);
            return;
        }
        pay();
        int learner = c.intelLearner;
        int partner = c.surveillancePartner;
        double comms = Math.min(blos[learner].communications, blos[partner].communications);
        // A leak warned the group: the receivers stay away, so the surveillance ends in nothing (the draw is taken all
        // the same, so a leak never shifts the courier's later draws).
        boolean success = c.chance(spec.successProbability() * comms) && !c.warnedAt(hour);
        if (success) {
            c.group.disrupt(hour + spec.disruptionDays() * 24L);
            network.adjustTrust(learner, partner, spec.trustGainOnSuccess(), ModelEvent.TrustCause.CONTROLLED_DELIVERY_SUCCEEDED);
            model.seizures().record(c, ModelEvent.SeizureSite.CONTROLLED_DELIVERY, partner, true);
        } else {
            network.adjustTrust(learner, partner, -spec.trustLossOnFailure(), ModelEvent.TrustCause.CONTROLLED_DELIVERY_FAILED);
            deliver(c, true);
        }
    }

    /** The surveillance of one controlled delivery, booked when it ends (at its destination, or at the run's end). */
    void pay() {
        if (model.scenario().costs().controlledDelivery() > 0) {
            model.emit(new ModelEvent.Spent(model.hour(), ModelEvent.CostItem.CONTROLLED_DELIVERIES, model.scenario().costs().controlledDelivery()));
        }
    }

    private void deliver(Courier c, boolean failedControlled) {
        long hour = model.hour();
        model.emit(new ModelEvent.Delivered(hour, c.group.index, c.id, c.quantity, c.group.countsPersons(),
                c.group.spec.commodity().ordinal(), hour - c.dispatchHour, failedControlled));
        model.takeOffRoad(c, false);
    }
}
