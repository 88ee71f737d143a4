package org.bordersim.studio;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bordersim.experiment.PreparedScenario;
import org.bordersim.metrics.ModelEvent;
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
    private final double[] pricePerKg;
    private final String currency;
    private final double[] seizedKg = new double[Commodity.values().length];
    private final List<Integer> seizures = new ArrayList<>();
    private double valueSeized;
    private double personsRescued;
    private long shipmentsSeized;
    private long shipmentsDelivered;
    private double spent;
    private double arrivals;
    private double waitHours;
    private boolean ended;
    private long hoursRun;

    LiveRun(PreparedScenario prepared) {
        this.pricePerKg = prepared.scenario().prices().perKgByCommodity();
        this.currency = prepared.scenario().costs().currency();
        this.model = new BorderModel(prepared.scenario().seed(), prepared.scenario(), prepared.world(), this::hear);
        model.start();
    }

    private void hear(ModelEvent e) {
        if (e instanceof ModelEvent.Seized s) {
            shipmentsSeized++;
            if (s.persons()) personsRescued += s.quantity();
            else {
                seizedKg[s.commodity()] += s.quantity();
                valueSeized += s.quantity() * pricePerKg[s.commodity()];
            }
            seizures.add(s.cell());
            if (seizures.size() > SEIZURES_SHOWN) seizures.remove(0);
        } else if (e instanceof ModelEvent.Delivered) {
            shipmentsDelivered++;
        } else if (e instanceof ModelEvent.Spent sp) {
            spent += sp.amount();
        } else if (e instanceof ModelEvent.CheckpointDay d) {
            arrivals += d.arrivals();
            waitHours += d.waitHours();
        }
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
        out.put("seizures", seizures.stream().mapToInt(Integer::intValue).toArray());
        Map<String, Object> kpi = new LinkedHashMap<>();
        Map<String, Double> byCommodity = new LinkedHashMap<>();
        for (Commodity c : Commodity.values()) if (seizedKg[c.ordinal()] > 0) byCommodity.put(c.name().toLowerCase(java.util.Locale.ROOT), seizedKg[c.ordinal()]);
        kpi.put("seizedKg", byCommodity);
        kpi.put("personsRescued", personsRescued);
        kpi.put("valueSeized", valueSeized);
        long finished = shipmentsSeized + shipmentsDelivered;
        kpi.put("interdictionRate", finished == 0 ? null : shipmentsSeized / (double) finished);
        kpi.put("costToDate", spent);
        // The trade delay as runs.csv defines it: the wait of inspected arrivals spread over all legitimate arrivals.
        kpi.put("tradeDelayMinutes", arrivals == 0 ? null : 60 * waitHours / arrivals);
        kpi.put("currency", currency);
        out.put("kpi", kpi);
        return out;
    }
}
