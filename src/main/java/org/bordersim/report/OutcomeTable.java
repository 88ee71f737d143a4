package org.bordersim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bordersim.metrics.Metric;
import org.bordersim.metrics.Numbers;
import org.bordersim.metrics.RunResult;
import org.bordersim.scenario.Commodity;
import org.bordersim.scenario.GroupSpec;
import org.bordersim.scenario.Scenario;
import org.bordersim.stats.Summary;

/**
 * The headline outcomes of a scenario and the short table printed after a run. Kilograms of
 * different commodities are never added up in the headline: it shows what was seized of each
 * commodity the scenario's groups move (kg, or persons), then the value-weighted total at the
 * scenario's prices, and what a unit of value seized cost.
 */
public final class OutcomeTable {
    /** Fewer replications than this give a warning: their intervals are too wide to lean on. */
    public static final int FEW_REPLICATIONS = 5;

    private OutcomeTable() {
    }

    /** The headline metrics for this scenario (or the union over several being compared). */
    public static List<Metric> headline(List<Scenario> scenarios) {
        List<Metric> out = new ArrayList<>(List.of(Metric.SHIPMENTS_SENT));
        for (Commodity c : Commodity.values()) {
            boolean moved = scenarios.stream().flatMap(s -> s.groups().stream()).map(GroupSpec::commodity).anyMatch(c::equals);
            if (moved) out.add(Metric.seized(c.ordinal()));
        }
        out.addAll(List.of(Metric.VALUE_SEIZED, Metric.INTERDICTION_RATE, Metric.OFFICIAL_CROSSING_SHARE, Metric.TOTAL_COST,
                Metric.COST_PER_VALUE_SEIZED));
        return out;
    }

    public static List<Metric> headline(Scenario scenario) {
        return headline(List.of(scenario));
    }

    /** Mean and 95% CI over replications, the interval cut to the values the metric can take. */
    static Summary summarise(List<RunResult> runs, Metric m) {
        return Summary.of95(runs.stream().mapToDouble(r -> r.get(m)).toArray()).within(m.minimum(), m.maximum());
    }

    /** The unit as people read it: "currency" is the scenario's currency. */
    public static String unit(Metric m, Scenario scenario) {
        return m.unit().replace("currency", scenario.costs().currency());
    }

    /**
     * The outcome's name as people read it, for reports ("Opiates seized", "Intelligence wasted: late"); files keep
     * the snake_case column.
     */
    public static String label(Metric m) {
        String special = LABELS.get(m);
        if (special != null) return special;
        String words = m.column();
        for (String verb : new String[] {"sent_", "seized_", "delivered_"}) {
            if (words.startsWith(verb) && !words.startsWith("seized_by")) {
                words = words.substring(verb.length()) + " " + verb.substring(0, verb.length() - 1);
            }
        }
        words = words.replace('_', ' ').replace("intel ", "intelligence ").replace("kg ", "quantity ")
                .replace("cross border", "cross-border");
        if (words.startsWith("cost ") && !words.startsWith("cost per")) words = "cost: " + words.substring(5);
        for (String reason : new String[] {"late", "mispredicted", "no officer free"}) {
            if (words.equals("intelligence " + reason)) words = "intelligence wasted: " + reason;
        }
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** The same name in the middle of a sentence ("value seized"). */
    public static String labelInSentence(Metric m) {
        String label = label(m);
        return Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }

    private static final java.util.Map<Metric, String> LABELS = java.util.Map.ofEntries(
            java.util.Map.entry(Metric.KG_INTERDICTION_RATE, "Interdiction rate by quantity"),
            java.util.Map.entry(Metric.INTERDICTION_RATE, "Interdiction rate"),
            java.util.Map.entry(Metric.TRADE_DELAY_P95_MINUTES, "Trade delay, 95th percentile (minutes)"),
            java.util.Map.entry(Metric.TRADE_DELAY_MEAN_MINUTES, "Trade delay, mean (minutes)"),
            java.util.Map.entry(Metric.INSPECTION_WAIT_MEAN_MINUTES, "Wait of inspected arrivals, mean (minutes)"),
            java.util.Map.entry(Metric.OFFICER_HOURS_CHECKPOINT, "Officer-hours at checkpoints"),
            java.util.Map.entry(Metric.OFFICER_HOURS_PATROL, "Officer-hours on patrol"),
            java.util.Map.entry(Metric.OFFICER_HOURS_TEAMS, "Officer-hours on interdiction teams"),
            java.util.Map.entry(Metric.OFFICER_HOURS_JOINT_OPERATIONS, "Officer-hours in joint operations"),
            java.util.Map.entry(Metric.COST_PER_VALUE_SEIZED, "Cost per unit of value seized"),
            java.util.Map.entry(Metric.CROSSINGS, "Border crossings"),
            java.util.Map.entry(Metric.COST_PER_KG_SEIZED, "Cost per kg seized"),
            java.util.Map.entry(Metric.OFFICIAL_CROSSING_SHARE, "Share of crossings at official crossing points"));

    /** A warning when there are too few replications for the intervals to mean much, or null. */
    static String fewReplicationsWarning(int replications) {
        if (replications >= FEW_REPLICATIONS) return null;
        return "warning: only " + replications + " replication" + (replications == 1 ? "" : "s")
                + "; confidence intervals need at least " + FEW_REPLICATIONS + " to be worth reading (--reps)";
    }

    public static String text(Scenario scenario, List<RunResult> runs) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-26s %12s   %-27s %4s  %s%n", "outcome", "mean", "95% CI", "n", "unit"));
        for (Metric m : headline(scenario)) {
            Summary s = summarise(runs, m);
            String ci = Double.isNaN(s.ciLow()) ? "-" : "[" + Numbers.readable(s.ciLow()) + ", " + Numbers.readable(s.ciHigh()) + "]";
            sb.append(String.format(Locale.ROOT, "%-26s %12s   %-27s %4d  %s%n", m.column(), Numbers.readable(s.mean()), ci, s.n(),
                    unit(m, scenario)));
        }
        String warning = fewReplicationsWarning(runs.size());
        if (warning != null) sb.append(warning).append('\n');
        return sb.toString();
    }
}
