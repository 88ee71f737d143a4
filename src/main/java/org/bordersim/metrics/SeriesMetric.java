package org.bordersim.metrics;

import java.util.Locale;

/** Every weekly series, in the column order of {@code series.csv}. */
public enum SeriesMetric {
    SHIPMENTS_SENT("shipments"),
    SHIPMENTS_SEIZED("shipments"),
    SHIPMENTS_DELIVERED("shipments"),
    KG_SENT("kg"),
    KG_SEIZED("kg"),
    KG_DELIVERED("kg"),
    CROSSINGS_OFFICIAL("crossings"),
    CROSSINGS_GREEN("crossings"),
    OFFICER_MEAN_SKILL("skill 0..1, mean over the week's days"),
    VACANT_POSTS("posts, mean over the week's days"),
    INSPECTION_SHARE("share of arrivals inspected"),
    CROSS_BORDER_TRUST("trust 0..1 at the week's end, mean over cross-border links (empty when none share)");

    private final String unit;

    SeriesMetric(String unit) {
        this.unit = unit;
    }

    public String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String unit() {
        return unit;
    }
}
