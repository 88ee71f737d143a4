package org.bordersim.metrics;

import java.util.Locale;

/**
 * What one replication counted for each BLO as an actor, wherever its officers were (one row of {@code blos.csv}):
 * the seizures its officers made by every means, what they took, the couriers its patrols saw and let pass, and the
 * teams it sent. Summed over BLOs, seizures equal the run's {@code shipments_seized}: every seizure has exactly one
 * seizing BLO (for a controlled delivery, the BLO that followed the shipment to its destination).
 */
public enum BloTotals {
    SEIZURES,
    KG_SEIZED,
    PERSONS_RESCUED,
    /** At the scenario's prices (persons are not priced). */
    VALUE_SEIZED,
    SIGHTINGS,
    TEAMS_SENT;

    public String column() {
        return name().toLowerCase(Locale.ROOT);
    }
}
