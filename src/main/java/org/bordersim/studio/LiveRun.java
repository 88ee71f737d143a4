package org.bordersim.studio;

import java.util.LinkedHashMap;
import java.util.Map;
import org.bordersim.experiment.PreparedScenario;
import org.bordersim.metrics.RunningTotals;
import org.bordersim.model.BorderModel;
import org.bordersim.scenario.Commodity;

/**
 * One replication watched as it runs: the model advanced a few hours at a time at the page's
 * request, and what the page shows counted from the model's events as they come (seizures where
 * they happen, what was seized and got through, what was spent, how long legitimate traffic waited),
 * with where couriers, patrols and interdiction teams are. The model itself is the one every run
 * uses; this only listens and reads.
 */
final class LiveRun {
    /** Most seizure places kept for the map (the latest). */
    static final int SEIZURES_SHOWN = 500;

    private final BorderModel model;
    private final RunningTotals totals;
    private final String currency;
    private boolean ended;
    private long hoursRun;

    LiveRun(PreparedScenario prepared) {
        this.totals = new RunningTotals(prepared.scenario().prices().perKgByCommodity(), SEIZURES_SHOWN);
        this.currency = prepared.scenario().costs().currency();
        this.model = new BorderModel(prepared.scenario().seed(), prepared.scenario(), prepared.world(), totals);
        model.start();
    }

    /** Advances up to {@code hours} hours and says where things stand. */
    synchronized Map<String, Object> step(int hours) {
        if (!ended) {
            int ran = model.advance(hours);
            hoursRun += ran;
            ended = ran < hours;
        }
        return snapshot();
    }

    synchronized Map<String, Object> snapshot() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("hour", hoursRun);
        out.put("day", hoursRun / 24);
        out.put("ended", ended);
        out.put("couriers", model.courierCells());
        out.put("patrols", model.patrolCells());
        out.put("teams", model.teamCells());
        out.put("seizures", totals.latestSeizureCells());
        Map<String, Object> kpi = new LinkedHashMap<>();
        Map<String, Double> byCommodity = new LinkedHashMap<>();
        for (Commodity c : Commodity.values()) {
            if (totals.seizedKg(c.ordinal()) > 0) byCommodity.put(c.jsonName(), totals.seizedKg(c.ordinal()));
        }
        kpi.put("seizedKg", byCommodity);
        kpi.put("personsRescued", totals.personsRescued());
        kpi.put("valueSeized", totals.valueSeized());
        kpi.put("interdictionRate", orNull(totals.interdictionRate()));
        kpi.put("costToDate", totals.spent());
        kpi.put("currency", currency);
        kpi.put("tradeDelayMinutes", orNull(totals.tradeDelayMinutes()));
        out.put("kpi", kpi);
        return out;
    }

    private static Double orNull(double v) {
        return Double.isNaN(v) ? null : v;
    }
}
