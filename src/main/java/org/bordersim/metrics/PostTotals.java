package org.bordersim.metrics;

import java.util.Locale;

/** What one replication counted at each BLO's inspection post (one row of {@code posts.csv} before the ratios). */
public enum PostTotals {
    ARRIVALS("vehicles or persons", "Legitimate arrivals."),
    CHOSEN("vehicles or persons", "Arrivals chosen for inspection (the target share of arrivals while officers are on checkpoint duty)."),
    INSPECTED("vehicles or persons", "Arrivals inspected."),
    WAVED_THROUGH("vehicles or persons", "Chosen arrivals waved through because the queue was over its limit."),
    WAITED("vehicles or persons", "Inspected arrivals who had to wait for an officer."),
    WAIT_HOURS("hours", "Hours the inspected arrivals waited in the queue, summed."),
    OFFICER_HOURS("officer-hours", "Officer-hours on checkpoint duty."),
    CAPACITY("inspections", "Inspections the officers on duty could have made: officer-hours x inspections per officer-hour.");

    private final String unit;
    private final String description;

    PostTotals(String unit, String description) {
        this.unit = unit;
        this.description = description;
    }

    public String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String unit() {
        return unit;
    }

    public String description() {
        return description;
    }
}
