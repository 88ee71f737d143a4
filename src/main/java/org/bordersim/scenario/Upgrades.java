package org.bordersim.scenario;

/** Paid upgrades of a post's conditions: each brings that condition to 1, at a yearly cost. */
public record Upgrades(boolean water, boolean power, boolean communications) {
    /** The conditions after the upgrades. */
    public Conditions applyTo(Conditions c) {
        return new Conditions(water ? 1 : c.water(), power ? 1 : c.power(), communications ? 1 : c.communications());
    }

    /** Yearly cost of the upgrades bought, at the scenario's unit costs. */
    public double yearlyCost(Costs costs) {
        return (water ? costs.waterUpgradeYear() : 0) + (power ? costs.powerUpgradeYear() : 0)
                + (communications ? costs.communicationsUpgradeYear() : 0);
    }
}
