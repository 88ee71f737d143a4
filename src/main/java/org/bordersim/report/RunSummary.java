package org.bordersim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bordersim.metrics.BloTotals;
import org.bordersim.metrics.Metric;
import org.bordersim.metrics.Numbers;
import org.bordersim.metrics.RunResult;
import org.bordersim.scenario.Commodity;
import org.bordersim.scenario.Scenario;
import org.bordersim.stats.Summary;
import org.bordersim.world.World;

/**
 * What a run found, in a few sentences a planner reads before any table: how much was sent and stopped, what was
 * seized of each commodity and its value, what enforcement cost, where couriers crossed and which BLO seized most.
 * Every number is a mean per replication with its 95% interval where it has one, the same numbers the tables show.
 */
public final class RunSummary {
    private RunSummary() {
    }

    public static String inWords(Scenario s, World world, List<RunResult> runs) {
        String currency = s.costs().currency();
        List<String> out = new ArrayList<>();
        out.add("Over " + runs.size() + " replication" + (runs.size() == 1 ? "" : "s") + " of " + s.durationDays() + " days, "
                + s.groups().size() + " trafficking group" + (s.groups().size() == 1 ? "" : "s") + " sent about "
                + amount(runs, Metric.SHIPMENTS_SENT, "") + " shipments per replication.");
        Summary rate = OutcomeTable.summarise(runs, Metric.INTERDICTION_RATE);
        if (!Double.isNaN(rate.mean())) {
            out.add(percent(rate.mean()) + interval(rate, true) + " of the shipments that finished their journey were stopped.");
        }
        List<String> seized = new ArrayList<>();
        for (Commodity c : Commodity.values()) {
            if (s.groups().stream().noneMatch(g -> g.commodity() == c)) continue;
            Metric m = Metric.seized(c.ordinal());
            seized.add(amount(runs, m, c.countedInPersons() ? " persons rescued" : " kg of " + c.jsonName()));
        }
        if (!seized.isEmpty()) out.add("Seized per replication: about " + list(seized) + ".");
        Summary cost = OutcomeTable.summarise(runs, Metric.TOTAL_COST);
        Summary perValue = OutcomeTable.summarise(runs, Metric.COST_PER_VALUE_SEIZED);
        out.add("The value seized, at the scenario's prices, was about " + amount(runs, Metric.VALUE_SEIZED, " " + currency)
                + "; enforcement cost about " + Numbers.readable(cost.mean()) + " " + currency
                + (Double.isNaN(perValue.mean()) ? "" : ", or " + Numbers.readable(perValue.mean()) + " " + currency
                + " per " + currency + " of value seized") + ".");
        String where = whereCrossed(world, runs);
        if (where != null) out.add(where);
        String who = whoSeized(s, runs);
        if (who != null) out.add(who);
        return String.join(" ", out);
    }

    private static String whereCrossed(World world, List<RunResult> runs) {
        // Crossings pooled over replications, as the report's table of places shares them out.
        double[] byPlace = new double[world.locationNames().size()];
        double total = 0;
        for (RunResult r : runs) {
            for (int l = 0; l < byPlace.length; l++) {
                byPlace[l] += r.crossingsByLocation()[l];
                total += r.crossingsByLocation()[l];
            }
        }
        if (total == 0) return null;
        int busiest = 0;
        for (int l = 1; l < byPlace.length; l++) if (byPlace[l] > byPlace[busiest]) busiest = l;
        Summary official = OutcomeTable.summarise(runs, Metric.OFFICIAL_CROSSING_SHARE);
        return percent(official.mean()) + " of border crossings were at official crossing points; the busiest place was "
                + world.locationNames().get(busiest) + (world.isCrossingPointLocation(busiest) ? " (a crossing point)" : " (green border)")
                + ", with " + percent(byPlace[busiest] / total) + " of all crossings.";
    }

    private static String whoSeized(Scenario s, List<RunResult> runs) {
        int blos = s.blos().size();
        double[] seizures = new double[blos];
        double total = 0;
        for (RunResult r : runs) {
            for (int b = 0; b < blos; b++) {
                seizures[b] += r.blos()[b][BloTotals.SEIZURES.ordinal()];
                total += r.blos()[b][BloTotals.SEIZURES.ordinal()];
            }
        }
        if (total == 0 || blos < 2) return null;
        int most = 0;
        for (int b = 1; b < blos; b++) if (seizures[b] > seizures[most]) most = b;
        return "BLO " + s.blos().get(most).name() + " made the most seizures (" + percent(seizures[most] / total) + " of them).";
    }

    /** "487 [474, 501]" and the unit, or the mean alone when it has no interval. */
    private static String amount(List<RunResult> runs, Metric m, String unit) {
        Summary sm = OutcomeTable.summarise(runs, m);
        return Numbers.readable(sm.mean()) + unit + interval(sm, false);
    }

    private static String interval(Summary sm, boolean percent) {
        if (Double.isNaN(sm.ciLow())) return "";
        return percent ? " [" + percent(sm.ciLow()) + ", " + percent(sm.ciHigh()) + "]"
                : " [" + Numbers.readable(sm.ciLow()) + ", " + Numbers.readable(sm.ciHigh()) + "]";
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }

    private static String list(List<String> items) {
        if (items.size() == 1) return items.get(0);
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
