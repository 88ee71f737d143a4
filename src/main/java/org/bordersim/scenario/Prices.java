package org.bordersim.scenario;

/** Value of one kg of each commodity, in the scenario's currency; persons are never valued. */
public record Prices(double opiates, double hashish, double methamphetamine, double precursors, double wildlife,
                     double timber) {
    /** Value of one kg (0 for persons, who are counted, not valued). */
    public double perKg(Commodity c) {
        return switch (c) {
            case OPIATES -> opiates;
            case HASHISH -> hashish;
            case METHAMPHETAMINE -> methamphetamine;
            case PRECURSORS -> precursors;
            case PERSONS -> 0;
            case WILDLIFE -> wildlife;
            case TIMBER -> timber;
        };
    }

    /** Value of one kg by commodity ordinal. */
    public double[] perKgByCommodity() {
        Commodity[] all = Commodity.values();
        double[] v = new double[all.length];
        for (Commodity c : all) v[c.ordinal()] = perKg(c);
        return v;
    }
}
