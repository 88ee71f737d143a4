package org.bordersim.metrics;

import java.util.Locale;

/** What one replication counted for each trafficking group (one row of {@code groups.csv}; quantities in kg, or persons). */
public enum GroupTotals {
    SHIPMENTS_SENT, SHIPMENTS_SEIZED, SHIPMENTS_DELIVERED, QUANTITY_SENT, QUANTITY_SEIZED, QUANTITY_DELIVERED;

    public String column() {
        return name().toLowerCase(Locale.ROOT);
    }
}
