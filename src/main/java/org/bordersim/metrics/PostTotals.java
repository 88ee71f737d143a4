package org.bordersim.metrics;

import java.util.Locale;

/** What one replication counted at each BLO's inspection post (one row of {@code posts.csv} before the ratios). */
public enum PostTotals {
    /** Legitimate arrivals (vehicles or persons). */
    ARRIVALS,
    /** Arrivals chosen for inspection (the target share of arrivals while officers are on checkpoint duty). */
    CHOSEN,
    /** Arrivals inspected. */
    INSPECTED,
    /** Chosen arrivals waved through because the queue was over its limit. */
    WAVED_THROUGH,
    /** Inspected arrivals who had to wait for an officer. */
    WAITED,
    /** Hours the inspected arrivals waited in the queue, summed. */
    WAIT_HOURS,
    /** Officer-hours on checkpoint duty. */
    OFFICER_HOURS,
    /** Inspections the officers on duty could have made: officer-hours x inspections per officer-hour. */
    CAPACITY;

    public String column() {
        return name().toLowerCase(Locale.ROOT);
    }
}
