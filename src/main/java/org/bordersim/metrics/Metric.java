package org.bordersim.metrics;

import java.util.Locale;

/** Every per-replication output, in the column order of {@code runs.csv}. */
public enum Metric {
    SHIPMENTS_SENT("shipments", "Shipments dispatched by all groups."),
    SHIPMENTS_DELIVERED("shipments", "Shipments that reached their destination."),
    SHIPMENTS_SEIZED("shipments", "Shipments seized (at crossings or by patrols)."),
    SHIPMENTS_IN_TRANSIT("shipments", "Shipments still on the way when the run ended."),
    KG_SENT("kg", "Drugs, precursors, wildlife and timber dispatched."),
    KG_DELIVERED("kg", "Quantity that got through."),
    KG_SEIZED("kg", "Quantity seized."),
    KG_SEIZED_AT_CROSSINGS("kg", "Quantity seized by inspection at official crossings."),
    KG_SEIZED_ON_PATROL("kg", "Quantity seized by green-border patrols."),
    KG_IN_TRANSIT("kg", "Quantity still on the way when the run ended."),
    PERSONS_SENT("persons", "Trafficked persons moved."),
    PERSONS_DELIVERED("persons", "Trafficked persons who were not intercepted."),
    PERSONS_RESCUED("persons", "Trafficked persons intercepted."),
    PERSONS_IN_TRANSIT("persons", "Trafficked persons still on the way when the run ended."),
    SEIZURES_AT_CROSSINGS("events", "Seizures by inspection at official crossings."),
    SEIZURES_ON_PATROL("events", "Seizures by patrols."),
    INTERDICTION_RATE("share", "Seized / (seized + delivered) shipments: the share of finished shipments that were stopped."),
    KG_INTERDICTION_RATE("share", "Seized / (seized + delivered) kg."),
    MEAN_TRANSIT_HOURS("hours", "Mean dispatch-to-delivery time of delivered shipments."),
    CROSSINGS("crossings", "Border crossings by couriers (a courier crossing two borders counts twice)."),
    OFFICIAL_CROSSING_SHARE("share", "Share of crossings made at official crossing points (the rest use the green border)."),
    CROSSING_ENTROPY("bits", "Shannon entropy of crossing locations: 0 when all use one place, higher when spread."),
    DISPLACEMENT_INDEX("share", "Total-variation distance between crossing locations in the first and the last quarter of the run (0 = same places, 1 = completely moved)."),
    OFFICER_MEAN_SKILL("skill 0..1", "Mean skill of officers in post, averaged over days."),
    OFFICER_MEAN_TENURE_DAYS("days", "Mean tenure of officers in post, averaged over days."),
    OFFICERS_LEFT("officers", "Officers who left (turnover and rotation)."),
    VACANT_POST_DAYS("post-days", "Days posts stood empty, summed over posts."),
    OFFICER_DAYS_IN_TRAINING("officer-days", "Days officers spent on courses instead of duty."),
    TRAINING_COURSES("courses", "New-arrival courses given."),
    LEGITIMATE_ARRIVALS("vehicles or persons", "Legitimate traffic at staffed crossing posts."),
    INSPECTION_SHARE("share", "Share of arrivals at staffed posts that were inspected (capacity permitting)."),
    COST_STAFF("currency", "Salaries of filled posts."),
    COST_TRAINING("currency", "New-arrival courses."),
    COST_OFFICES("currency", "Running costs of the BLOs."),
    TOTAL_COST("currency", "All costs of the run."),
    COST_PER_KG_SEIZED("currency per kg", "Total cost / kg seized (empty when nothing was seized).");

    private final String unit;
    private final String description;

    Metric(String unit, String description) {
        this.unit = unit;
        this.description = description;
    }

    /** Column name, e.g. {@code kg_seized}. */
    public String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The metric whose {@link #column()} is {@code column}, or null. */
    public static Metric byColumn(String column) {
        for (Metric m : values()) if (m.column().equals(column)) return m;
        return null;
    }

    public String unit() {
        return unit;
    }

    public String description() {
        return description;
    }
}
