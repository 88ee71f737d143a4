package org.bordersim.metrics;

import java.util.Locale;

/** Every per-replication output, in the column order of {@code runs.csv}. */
public enum Metric {
    SHIPMENTS_SENT("shipments", "Shipments dispatched by all groups."),
    SHIPMENTS_DELIVERED("shipments", "Shipments that reached their destination."),
    SHIPMENTS_SEIZED("shipments", "Shipments seized (anywhere: crossing inspection, patrol, interdiction team, joint operation, controlled delivery)."),
    SHIPMENTS_IN_TRANSIT("shipments", "Shipments still on the way when the run ended."),
    KG_SENT("kg", "Drugs, precursors, wildlife and timber dispatched."),
    KG_DELIVERED("kg", "Quantity that got through."),
    KG_SEIZED("kg", "Quantity seized."),
    KG_SEIZED_AT_CROSSINGS("kg", "Quantity seized by inspection at official crossings."),
    KG_SEIZED_ON_PATROL("kg", "Quantity seized by green-border patrols."),
    KG_SEIZED_BY_TEAMS("kg", "Quantity seized by interdiction teams sent on intelligence to a predicted crossing."),
    KG_SEIZED_IN_CONTROLLED_DELIVERIES("kg", "Quantity seized at its destination at the end of a successful controlled delivery."),
    KG_IN_TRANSIT("kg", "Quantity still on the way when the run ended."),
    PERSONS_SENT("persons", "Trafficked persons moved."),
    PERSONS_DELIVERED("persons", "Trafficked persons who were not intercepted."),
    PERSONS_RESCUED("persons", "Trafficked persons intercepted."),
    PERSONS_IN_TRANSIT("persons", "Trafficked persons still on the way when the run ended."),
    KG_SEIZED_IN_JOINT_OPERATIONS("kg", "Quantity seized by joint cross-border operations in staging areas."),
    SEIZURES_AT_CROSSINGS("events", "Seizures by inspection at posts: official crossings and inland checkpoints (docs/ODD.md 7.5)."),
    SEIZURES_ON_PATROL("events", "Seizures by patrols."),
    SEIZURES_BY_TEAMS("events", "Seizures by interdiction teams sent on intelligence."),
    SEIZURES_IN_JOINT_OPERATIONS("events", "Seizures by joint cross-border operations."),
    SEIZURES_IN_CONTROLLED_DELIVERIES("events", "Seizures at the destination at the end of a successful controlled delivery."),
    SEIZURES_TARGETED("events", "Seizures by an action aimed at the courier by intelligence that arrived in time: targeted inspection, an interdiction team, or a controlled delivery."),
    TEAMS_SENT("teams", "Interdiction teams sent to a predicted crossing on intelligence (a tip, or an alert about a group)."),
    JOINT_OPERATIONS("operations", "Joint cross-border operations held."),
    JOINT_OPERATIONS_CALLED_OFF("operations", "Joint operations planned but called off because a side had too few officers free on shift."),
    TIPS("shipments", "Shipments known in advance (tipped) at dispatch."),
    SIGHTINGS("couriers", "Couriers seen by a patrol without being stopped (each counted once); each becomes an alert about its group."),
    INTEL_SHARED("messages", "Intelligence messages that reached another BLO (tips and seizure alerts, each receiving BLO counted once)."),
    INTEL_USED_IN_TIME("messages", "Tip messages that led to a targeted inspection at the post or to a team that met the courier."),
    INTEL_WASTED("messages", "Messages wasted: late, mispredicted, with no officer free (the three columns that follow) or voided by a leak (intel_voided); distrusted and leaked ones are counted apart."),
    INTEL_LATE("messages", "Tip messages that arrived after the courier had passed that BLO or finished its journey."),
    INTEL_MISPREDICTED("messages", "Tip messages whose team waited where the courier did not come, or that pointed away from where the courier crossed that BLO's sector."),
    INTEL_NO_OFFICER_FREE("messages", "Tips and alerts a BLO would have sent a team on but had too few officers free on shift."),
    INTEL_UNUSED("messages", "Tip messages that arrived in time, pointed elsewhere, and whose courier never came that BLO's way."),
    INTEL_DISTRUSTED("messages", "Messages the receiving BLO did not act on (trust)."),
    INTEL_LEAKED("messages", "Tip messages the receiving BLO of another country passed on to the traffickers (intelligence.leaks); each warns its courier."),
    INTEL_VOIDED("messages", "Tip messages that would have been acted on after a leak had warned the courier (counted in intel_wasted)."),
    LEAKS_FOUND_OUT("leaks", "Leaks the learning BLO found out about at the end of the shipment's journey; each lowers the pair's trust."),
    CROSS_BORDER_TRUST("trust 0..1", "Mean trust over the links between BLOs of different countries that share, at the end of the run (empty when none share)."),
    CONTROLLED_DELIVERIES("shipments", "Shipments that reached their destination under surveillance (controlled deliveries), succeeded or not."),
    CONTROLLED_DELIVERIES_SUCCEEDED("shipments", "Controlled deliveries that ended in a seizure at the destination (and disrupted their group); the others were lost to the market."),
    KG_IN_CONTROLLED_DELIVERIES("kg", "Quantity that reached its destination under surveillance, succeeded or not."),
    INTERDICTION_RATE("share", "Seized / (seized + delivered) shipments: the share of finished shipments that were stopped."),
    KG_INTERDICTION_RATE("share", "Seized / (seized + delivered) kg."),
    MEAN_TRANSIT_HOURS("hours", "Mean dispatch-to-delivery time of delivered shipments."),
    GROUP_WEEKS_PAUSED("group-weeks", "Weeks trafficking groups sent nothing because of their losses, summed over groups (docs/ODD.md 7.7)."),
    GROUP_WEEKS_SLOWED("group-weeks", "Weeks trafficking groups sent fewer shipments because of their losses, summed over groups."),
    CROSSINGS("crossings", "Border crossings by couriers (a courier crossing two borders counts twice)."),
    OFFICIAL_CROSSING_SHARE("share", "Share of crossings made at official crossing points (the rest use the green border)."),
    CROSSING_ENTROPY("bits", "Shannon entropy of crossing locations: 0 when all use one place, higher when spread."),
    DISPLACEMENT_INDEX("share", "Total-variation distance between crossing locations in the first and the last quarter of the run, less the distance sampling noise alone would give (about 0 when nothing changes; may be slightly negative)."),
    DISPLACEMENT_NOISE("share", "The distance sampling noise alone would give between two quarters with these counts (subtracted in displacement_index)."),
    OFFICER_MEAN_SKILL("skill 0..1", "Mean skill of officers in post, averaged over days."),
    OFFICER_MEAN_TENURE_DAYS("days", "Mean tenure of officers in post, averaged over days."),
    OFFICERS_LEFT("officers", "Officers who left the service (turnover)."),
    OFFICERS_ROTATED("officers", "Officers reassigned away from their post to another post of the service (rotation)."),
    COMPLETED_TENURE_DAYS("days", "Mean tenure of the officers who left, at leaving (empty when nobody left)."),
    VACANT_POST_DAYS("post-days", "Days posts stood empty, summed over posts."),
    OFFICER_DAYS_IN_TRAINING("officer-days", "Days officers spent on courses instead of duty."),
    TRAINING_COURSES("courses", "Courses given to new arrivals and to officers already in post."),
    OFFICER_HOURS_CHECKPOINT("officer-hours", "Officer-hours of inspection at crossing posts."),
    OFFICER_HOURS_PATROL("officer-hours", "Officer-hours of green-border patrol."),
    OFFICER_HOURS_TEAMS("officer-hours", "Officer-hours on interdiction teams sent on intelligence (off regular duty)."),
    OFFICER_HOURS_JOINT_OPERATIONS("officer-hours", "Officer-hours on joint operations (off regular duty)."),
    LEGITIMATE_ARRIVALS("vehicles or persons", "Legitimate traffic at crossing posts of BLOs."),
    INSPECTION_SHARE("share", "Share of legitimate arrivals that were inspected (compare with the posts' target share)."),
    POST_LOAD("share", "Load of the inspection posts: arrivals chosen for inspection / (officer-hours on checkpoint duty x inspections per officer-hour), all posts together; above 1 the queue cannot keep up."),
    POST_WAIT_PROBABILITY("probability", "Share of the arrivals chosen for inspection who had to wait (or were waved through because the queue was full)."),
    WAVED_THROUGH("vehicles or persons", "Legitimate arrivals chosen for inspection but waved through because the queue was longer than the post allows."),
    TRADE_DELAY_MEAN_MINUTES("minutes", "Mean queueing delay of legitimate traffic (all arrivals; those not inspected wait 0)."),
    TRADE_DELAY_P95_MINUTES("minutes", "95th percentile of the queueing delay of legitimate traffic (to the minute)."),
    INSPECTION_WAIT_MEAN_MINUTES("minutes", "Mean wait in the inspection queue of the arrivals inspected (Erlang C for an M/M/c post)."),
    REFRESHER_COURSES("courses", "Refresher courses given."),
    COST_STAFF("currency", "Salaries of filled posts, less the officer time booked to interdiction teams and joint operations."),
    COST_TRAINING("currency", "Courses: new arrivals, officers already in post, refreshers."),
    COST_OFFICES("currency", "Running costs of the BLOs."),
    COST_EQUIPMENT("currency", "Scanners, dash cameras, night-vision devices and radios."),
    COST_UPGRADES("currency", "Upgrades of posts' water, power and communications."),
    COST_INTELLIGENCE("currency", "Running the intelligence-sharing system."),
    COST_INTERDICTION_TEAMS("currency", "Officer time on interdiction teams, at the on-duty hourly wage."),
    COST_JOINT_OPERATIONS("currency", "Joint cross-border operations: their cash cost plus the officers' time at the on-duty hourly wage."),
    COST_CONTROLLED_DELIVERIES("currency", "Controlled deliveries: the surveillance of each, success or not (costs.controlledDelivery)."),
    TOTAL_COST("currency", "All costs of the run (the sum of the costs by lever; salaries counted once)."),
    COST_PER_KG_SEIZED("currency per kg", "Total cost / kg seized, all commodities together (empty when nothing was seized); see cost_per_value_seized."),
    VALUE_SENT("currency", "Value of the goods dispatched, at the scenario's prices per kg (persons are not valued)."),
    VALUE_SEIZED("currency", "Value of the goods seized, at the scenario's prices per kg."),
    VALUE_DELIVERED("currency", "Value of the goods that got through, at the scenario's prices per kg."),
    COST_PER_VALUE_SEIZED("currency per currency", "Total cost / value seized: what enforcement spends per unit of value taken off the market (empty when nothing was seized)."),
    SENT_OPIATES("kg", "Opiates dispatched."),
    SEIZED_OPIATES("kg", "Opiates seized."),
    DELIVERED_OPIATES("kg", "Opiates that got through."),
    SENT_HASHISH("kg", "Hashish dispatched."),
    SEIZED_HASHISH("kg", "Hashish seized."),
    DELIVERED_HASHISH("kg", "Hashish that got through."),
    SENT_METHAMPHETAMINE("kg", "Methamphetamine dispatched."),
    SEIZED_METHAMPHETAMINE("kg", "Methamphetamine seized."),
    DELIVERED_METHAMPHETAMINE("kg", "Methamphetamine that got through."),
    SENT_PRECURSORS("kg", "Precursor chemicals dispatched."),
    SEIZED_PRECURSORS("kg", "Precursor chemicals seized."),
    DELIVERED_PRECURSORS("kg", "Precursor chemicals that got through."),
    SENT_PERSONS("persons", "Trafficked persons moved (same as persons_sent)."),
    SEIZED_PERSONS("persons", "Trafficked persons rescued (same as persons_rescued)."),
    DELIVERED_PERSONS("persons", "Trafficked persons not intercepted (same as persons_delivered)."),
    SENT_WILDLIFE("kg", "Wildlife products dispatched."),
    SEIZED_WILDLIFE("kg", "Wildlife products seized."),
    DELIVERED_WILDLIFE("kg", "Wildlife products that got through."),
    SENT_TIMBER("kg", "Timber dispatched."),
    SEIZED_TIMBER("kg", "Timber seized."),
    DELIVERED_TIMBER("kg", "Timber that got through.");

    /** The costs by lever, whose sum is the total cost. */
    public static final Metric[] COSTS_BY_LEVER = {COST_STAFF, COST_TRAINING, COST_OFFICES, COST_EQUIPMENT, COST_UPGRADES,
        COST_INTELLIGENCE, COST_INTERDICTION_TEAMS, COST_JOINT_OPERATIONS, COST_CONTROLLED_DELIVERIES};

    /** Commodities in the order of the scenario's commodity enum; the per-commodity metrics follow it. */
    public static final int COMMODITIES = 7;

    /** sent, seized or delivered of commodity {@code c} (the scenario commodity's ordinal). */
    public static Metric sent(int c) {
        return values()[SENT_OPIATES.ordinal() + 3 * c];
    }

    public static Metric seized(int c) {
        return values()[SENT_OPIATES.ordinal() + 3 * c + 1];
    }

    public static Metric delivered(int c) {
        return values()[SENT_OPIATES.ordinal() + 3 * c + 2];
    }

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

    /** Columns beside the metrics, one per crossing place (crossings there) and one per BLO (its seizures). */
    public static final String PLACE_PREFIX = "crossings_";
    public static final String BLO_PREFIX = "blo_seizures_";

    /** The metric whose {@link #column()} is {@code column}, or null. */
    public static Metric byColumn(String column) {
        for (Metric m : values()) if (m.column().equals(column)) return m;
        return null;
    }

    public String unit() {
        return unit;
    }

    /** The least value the metric can take: 0, except for the chance-corrected displacement index. */
    public double minimum() {
        return this == DISPLACEMENT_INDEX ? -1 : 0;
    }

    /** The greatest value: 1 for shares, probabilities and trust, unbounded otherwise. */
    public double maximum() {
        return unit.equals("share") || unit.equals("probability") || unit.startsWith("trust") || unit.startsWith("skill")
                ? 1 : Double.POSITIVE_INFINITY;
    }

    public String description() {
        return description;
    }
}
