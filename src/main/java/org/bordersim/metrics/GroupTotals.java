package org.bordersim.metrics;

import java.util.Locale;

/** What one replication counted for each trafficking group (one row of {@code groups.csv}). */
public enum GroupTotals {
    SHIPMENTS_SENT("shipments"),
    SHIPMENTS_SEIZED("shipments"),
    SHIPMENTS_DELIVERED("shipments"),
    QUANTITY_SENT("kg or persons"),
    QUANTITY_SEIZED("kg or persons"),
    QUANTITY_DELIVERED("kg or persons");

    private final String unit;

    GroupTotals(String unit) {
        this.unit = unit;
    }

    public String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String unit() {
        return unit;
    }
}
